/**
 * Editing an ordered list of names — the journey's stages or its channels:
 * add, rename in place, reorder (drag the handle with the mouse, pick it up
 * with Space and move it with the arrow keys, or the up and down buttons),
 * remove. Each drop is one move command. Removing says how many touchpoints
 * go with it and that Undo brings them back.
 */
import { closestCenter, DndContext, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button, CloseIcon, CommitField, ConfirmDialog, DownIcon, nameProblem, TextField, UpIcon } from '../../ui';
import { useListSortSensors } from '../../ui/list-sort-sensors';
import { cancelledSentence, overSentence, pickedUpSentence } from './named-list-reorder';

export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

export interface NamedListProps {
  /** "stage" or "channel", for every label and message. */
  readonly noun: string;
  readonly title: string;
  readonly items: readonly NamedItem[];
  /** Touchpoints placed in each item, across all teams. */
  readonly touchpointCount: (id: string) => number;
  /** Words for moving towards the start and the end ("earlier"/"later", "up"/"down"). */
  readonly moveWords: readonly [string, string];
  readonly onAdd: (name: string) => Promise<string | null>;
  readonly onRename: (id: string, name: string) => Promise<string | null>;
  readonly onMove: (id: string, toIndex: number) => Promise<string | null>;
  readonly onRemove: (id: string) => Promise<string | null>;
}

function touchpoints(n: number): string {
  return n === 1 ? '1 touchpoint' : `${n} touchpoints`;
}

function GripIcon() {
  return (
    <svg width="16" height="18" viewBox="0 0 16 18" aria-hidden="true" focusable="false" fill="currentColor">
      {[3, 9, 15].map((y) => (
        <g key={y}>
          <circle cx="5" cy={y} r="1.6" />
          <circle cx="11" cy={y} r="1.6" />
        </g>
      ))}
    </svg>
  );
}

/** One row that can be dragged by its handle; the name field stays a normal text field. */
function SortableRow({ id, name, noun, children }: { id: string; name: string; noun: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      className={`named-row${isDragging ? ' named-row-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="named-row"
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="named-handle"
        {...attributes}
        {...listeners}
        aria-roledescription={`sortable ${noun}`}
        aria-label={`Reorder ${name}`}
        title="Drag, or press Space and use the arrow keys, to reorder"
        data-testid={`reorder-${name}`}
      >
        <GripIcon />
      </button>
      {children}
    </li>
  );
}

export function NamedList(props: NamedListProps) {
  const { noun, items, moveWords } = props;
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<NamedItem | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);
  const listId = `frame-${noun}-list`;

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = nameProblem(newName);
    if (problem) {
      setAddError(problem);
      return;
    }
    const refusal = await props.onAdd(newName.trim());
    if (refusal) setAddError(refusal);
    else setNewName('');
  }

  async function move(item: NamedItem, toIndex: number): Promise<void> {
    const refusal = await props.onMove(item.id, toIndex);
    setRowError(refusal ? { id: item.id, message: refusal } : null);
  }

  const removingCount = removing ? props.touchpointCount(removing.id) : 0;

  const sensors = useListSortSensors();
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const names = useMemo(() => items.map((item) => item.name), [items]);
  const indexOf = (id: string | number) => ids.indexOf(String(id));
  // Whether the carried item has left its place yet: right after pick-up it is "over" itself, and the pick-up sentence should stand.
  const hasLeft = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      hasLeft.current = false;
      return pickedUpSentence(names, indexOf(active.id), noun);
    },
    onDragOver: ({ active, over }) => {
      if (!over) return undefined;
      const from = indexOf(active.id);
      const to = indexOf(over.id);
      if (from === to && !hasLeft.current) return undefined;
      hasLeft.current = true;
      return overSentence(names, from, to);
    },
    // The move itself is announced once the host has taken it (see onMove), so nothing is said twice.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => cancelledSentence(names, indexOf(active.id)),
  };

  function onDragEnd({ active, over }: DragEndEvent): void {
    if (!over) return;
    const from = indexOf(active.id);
    const to = indexOf(over.id);
    const item = items[from];
    // One drop, one move command; a drop where it started sends nothing.
    if (item && to >= 0 && from !== to) void move(item, to);
  }

  return (
    <section className="frame-section" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`}>
        {props.title} <span className="frame-count">({items.length})</span>
      </h2>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable: `To reorder a ${noun}, press Space to pick it up, the up and down arrow keys to move it, and Space again to drop it. Escape cancels.`,
          },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="named-list" data-testid={listId}>
            {items.map((item, index) => (
              <SortableRow key={item.id} id={item.id} name={item.name} noun={noun}>
                <span className="named-index" aria-hidden="true">
                  {index + 1}
                </span>
                <CommitField
                  label={`Name of ${noun} ${index + 1}`}
                  hideLabel
                  value={item.name}
                  validate={nameProblem}
                  onCommit={(name) => props.onRename(item.id, name.trim())}
                  className="named-name"
                />
                <span className="named-buttons">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Move ${item.name} ${moveWords[0]}`}
                    title={`Move ${moveWords[0]}`}
                    disabled={index === 0}
                    onClick={() => void move(item, index - 1)}
                  >
                    <UpIcon />
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Move ${item.name} ${moveWords[1]}`}
                    title={`Move ${moveWords[1]}`}
                    disabled={index === items.length - 1}
                    onClick={() => void move(item, index + 1)}
                  >
                    <DownIcon />
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="danger-text"
                    aria-label={`Remove ${noun} ${item.name}`}
                    title={`Remove this ${noun}`}
                    onClick={() => setRemoving(item)}
                  >
                    <CloseIcon />
                  </Button>
                </span>
                {rowError?.id === item.id ? (
                  <span className="field-error named-error" role="alert">
                    {rowError.message}
                  </span>
                ) : null}
              </SortableRow>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <form className="named-add" onSubmit={(event) => void add(event)} noValidate>
        <TextField
          // "new-stage" is where the Frame's skip link leads (common/skip-targets.ts).
          id={`new-${noun}`}
          label={`New ${noun}`}
          hideLabel
          placeholder={`New ${noun}`}
          value={newName}
          error={addError}
          onChange={(event) => {
            setNewName(event.target.value);
            setAddError(null);
          }}
        />
        <Button type="submit">Add {noun}</Button>
      </form>
      {removing ? (
        <ConfirmDialog
          title={`Remove the ${noun} '${removing.name}'?`}
          message={
            <p>
              {removingCount === 0
                ? `No touchpoints are placed in it. Undo brings the ${noun} back.`
                : removingCount === 1
                  ? `1 touchpoint placed in it will be removed with it, together with its ratings. Undo brings them back.`
                  : `${touchpoints(removingCount)} placed in it (from every team) will be removed with it, together with their ratings. Undo brings them all back.`}
            </p>
          }
          confirmLabel={`Remove ${noun}`}
          danger
          onConfirm={async () => {
            const refusal = await props.onRemove(removing.id);
            setRowError(refusal ? { id: removing.id, message: refusal } : null);
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
