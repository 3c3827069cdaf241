/**
 * The board as dnd-kit sees it: one drop target and one draggable around
 * the whole grid. The draggable is lent to the card that was pressed: a
 * press (mouse, touch, pen or key) bubbles up from the card, the area points
 * the draggable's node at that card and says which card it carries, then
 * dnd-kit's sensor takes over as usual.
 *
 * Why not a hook per card or per cell: dnd-kit's hooks read its context, so
 * each of them redraws when a drag starts, changes target or ends — 400
 * cards' worth of work on every drop. Here only this area redraws; the grid
 * inside is passed in as `children` and is left alone.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Touchpoint } from '../../../shared/model';
import { BOARD_DRAGGABLE_ID, BOARD_DROPPABLE_ID, cardItem, CardCarrier } from './board-layout';

type Handler = (event: SyntheticEvent) => void;

/** The card a press landed on: for keys the focused card itself, for pointers anything inside a card. */
function pressedCard(event: SyntheticEvent): HTMLElement | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  if (event.type === 'keydown') return target instanceof HTMLElement && target.dataset['cardId'] ? target : null;
  return target.closest<HTMLElement>('[data-card-id]');
}

export interface BoardDragAreaProps {
  /** Finds a card on the board by id (the shown workshop's). */
  readonly findCard: (touchpointId: string) => Touchpoint | undefined;
  readonly children: ReactNode;
}

export function BoardDragArea({ findCard, children }: BoardDragAreaProps) {
  const [carrier] = useState(() => new CardCarrier());
  const { listeners, setNodeRef: setDragNode } = useDraggable({ id: BOARD_DRAGGABLE_ID, data: carrier });
  const { setNodeRef: setDropNode } = useDroppable({ id: BOARD_DROPPABLE_ID });

  const handlers = useMemo(() => {
    const lent: Record<string, Handler> = {};
    for (const [name, listener] of Object.entries(listeners ?? {})) {
      lent[name] = (event) => {
        const element = pressedCard(event);
        const card = element ? findCard(element.dataset['cardId'] ?? '') : undefined;
        if (!element || !card) return;
        carrier.carry(cardItem(card));
        setDragNode(element);
        listener(event);
      };
    }
    return lent;
  }, [listeners, findCard, carrier, setDragNode]);

  return (
    <div ref={setDropNode} className="board-drag-area" {...handlers}>
      {children}
    </div>
  );
}
