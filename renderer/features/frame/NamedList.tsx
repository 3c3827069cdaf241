/**
 * Editing an ordered list of names — the journey's stages or its channels:
 * add, rename in place, move up and down, remove. Removing says how many
 * touchpoints go with it and that Undo brings them back.
 */
import { useState, type FormEvent } from 'react';
import { Button, CloseIcon, CommitField, ConfirmDialog, DownIcon, nameProblem, TextField, UpIcon } from '../../ui';

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

  return (
    <section className="frame-section" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`}>
        {props.title} <span className="frame-count">({items.length})</span>
      </h2>
      <ol className="named-list" data-testid={listId}>
        {items.map((item, index) => (
          <li key={item.id} className="named-row">
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
          </li>
        ))}
      </ol>
      <form className="named-add" onSubmit={(event) => void add(event)} noValidate>
        <TextField
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
