/**
 * The action list in priority order, reordered by dragging an action's grip
 * with the mouse, or by keyboard (Space on the grip, arrows, Space again).
 * One drop sends one action/move; the list shows the new order at once
 * because the page applies the move ahead of the host's confirmation.
 */
import { closestCenter, DndContext, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { Action, Id } from '../../../shared/model';
import { useListSortSensors } from '../../ui/list-sort-sensors';
import { dropTarget } from './plan-logic';

interface SortableActionsProps {
  readonly actions: readonly Action[];
  /** Called once per drop that changes the order. */
  readonly onMove: (action: Action, toIndex: number) => void;
  readonly renderItem: (action: Action, index: number, drag: DragParts) => ReactNode;
  /** The list element, for giving focus back after a move. */
  readonly listRef: Ref<HTMLOListElement>;
}

/** What an item needs to be dragged: its grip, its element ref and the style that slides it. */
export interface DragParts {
  readonly grip: ReactNode;
  readonly nodeRef: (node: HTMLElement | null) => void;
  readonly slideStyle: CSSProperties;
  readonly dragging: boolean;
}

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To change the order, press Space to pick the action up, the up and down arrows to move it, Space to drop it, or Escape to cancel.',
};

export function SortableActions({ actions, onMove, renderItem, listRef }: SortableActionsProps) {
  const sensors = useListSortSensors();
  const ids = useMemo(() => actions.map((a) => a.id), [actions]);
  const announcements = useMemo(() => makeAnnouncements(actions), [actions]);

  function onDragEnd(event: DragEndEvent) {
    const target = dropTarget(ids, String(event.active.id), event.over ? String(event.over.id) : null);
    const action = actions.find((a) => a.id === event.active.id);
    if (target !== null && action) onMove(action, target);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      {/* The list sits inside the context: dnd-kit's words for screen readers are not list items. */}
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="plan-action-list" ref={listRef} aria-label="Actions in priority order">
          {actions.map((action, index) => (
            <SortableRow key={action.id} action={action} index={index} renderItem={renderItem} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({
  action,
  index,
  renderItem,
}: {
  readonly action: Action;
  readonly index: number;
  readonly renderItem: SortableActionsProps['renderItem'];
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: action.id,
  });
  const grip = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="plan-grip"
      {...attributes}
      {...listeners}
      aria-roledescription="sortable action"
      aria-label={`Drag to reorder “${action.title}”, number ${index + 1}`}
      data-testid="action-grip"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  const slideStyle = { transform: CSS.Translate.toString(transform), transition };
  return renderItem(action, index, { grip, nodeRef: setNodeRef, slideStyle, dragging: isDragging });
}

function makeAnnouncements(actions: readonly Action[]): Announcements {
  const title = (id: Id | number | string) => actions.find((a) => a.id === id)?.title ?? 'the action';
  const place = (id: Id | number | string | undefined) => actions.findIndex((a) => a.id === id) + 1;
  return {
    onDragStart: ({ active }) => `Picked up “${title(active.id)}”, number ${place(active.id)} of ${actions.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `“${title(active.id)}” would become number ${place(over.id)}.` : `“${title(active.id)}” is not over the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `Dropped “${title(active.id)}” at number ${place(over.id)}.` : `Dropped “${title(active.id)}” where it was.`,
    onDragCancel: ({ active }) => `Cancelled. “${title(active.id)}” stays at number ${place(active.id)}.`,
  };
}
