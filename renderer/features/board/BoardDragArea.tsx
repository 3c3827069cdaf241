/**
 * The board as dnd-kit sees it: one drop target and one draggable around
 * the whole grid. The draggable is lent to the card that was pressed: a
 * press (mouse, touch, pen or key) bubbles up from the card, the area points
 * the draggable's node at that card and says which card it carries, then
 * dnd-kit's sensor takes over as usual.
 *
 * Why not a hook per card or per cell: dnd-kit's hooks read its context, so
 * each of them redraws when a drag starts, changes target or ends — 400
 * cards' worth of work on every drop.
 *
 * Why two parts: the hooks must sit inside <DndContext>, but the grid must
 * not. Each time dnd-kit's context changes (every pointer move of a drag,
 * and the drop), React searches everything inside the context for readers
 * of it, card by card. So the hooks live in BoardDragBinding, a part with no
 * children inside <DndContext>, and the grid's wrapper, BoardDragArea, sits
 * outside it and passes the presses to the binding.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useLayoutEffect, useState, type ReactNode, type RefCallback, type SyntheticEvent } from 'react';
import type { Touchpoint } from '../../../shared/model';
import { BOARD_DRAGGABLE_ID, BOARD_DROPPABLE_ID, cardItem, CardCarrier } from './board-layout';

type Handler = (event: SyntheticEvent) => void;

/** The React events that start a drag with the board's sensors (mouse and pen, touch, keyboard). */
const PRESS_EVENTS = ['onMouseDown', 'onTouchStart', 'onKeyDown'] as const;
type PressEvent = (typeof PRESS_EVENTS)[number];

/**
 * What passes between the binding and the area: the binding's handlers, read
 * at each press (so the area never redraws for them), and the area's element,
 * the board's drop target. Either part may be mounted first.
 */
export class DragPresses {
  private handlers: Partial<Record<string, Handler>> = {};
  private area: HTMLElement | null = null;
  private setDropNode: ((element: HTMLElement | null) => void) | null = null;

  /** The area's ref. */
  readonly attachArea = (element: HTMLElement | null): void => {
    this.area = element;
    this.setDropNode?.(element);
  };

  /** The binding's handlers for the next presses. */
  lend(handlers: Partial<Record<string, Handler>>): void {
    this.handlers = handlers;
  }

  /** The binding's drop target setter. */
  attachDropTarget(setDropNode: (element: HTMLElement | null) => void): void {
    this.setDropNode = setDropNode;
    setDropNode(this.area);
  }

  /** What the area puts on its element: one fixed handler per press event, passing it on. */
  readonly props: Readonly<Record<PressEvent, Handler>> = Object.fromEntries(
    PRESS_EVENTS.map((name) => [name, (event: SyntheticEvent) => this.handlers[name]?.(event)]),
  ) as Record<PressEvent, Handler>;
}

/** The card a press landed on: for keys the focused card itself, for pointers anything inside a card. */
function pressedCard(event: SyntheticEvent): HTMLElement | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  if (event.type === 'keydown') return target instanceof HTMLElement && target.dataset['cardId'] ? target : null;
  return target.closest<HTMLElement>('[data-card-id]');
}

export interface BoardDragBindingProps {
  /** Finds a card on the board by id (where the board shows it). */
  readonly findCard: (touchpointId: string) => Touchpoint | undefined;
  readonly presses: DragPresses;
}

/** Inside <DndContext>: the board's draggable and drop target, and what a press on a card does. */
export function BoardDragBinding({ findCard, presses }: BoardDragBindingProps) {
  const [carrier] = useState(() => new CardCarrier());
  const { listeners, setNodeRef: setDragNode } = useDraggable({ id: BOARD_DRAGGABLE_ID, data: carrier });
  const { setNodeRef: setDropNode } = useDroppable({ id: BOARD_DROPPABLE_ID });

  useLayoutEffect(() => {
    presses.attachDropTarget(setDropNode);
  }, [setDropNode, presses]);

  useLayoutEffect(() => {
    const lent: Partial<Record<string, Handler>> = {};
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
    presses.lend(lent);
  }, [listeners, findCard, carrier, setDragNode, presses]);

  return null;
}

export interface BoardDragAreaProps {
  /** DragPresses.attachArea */
  readonly areaRef: RefCallback<HTMLDivElement>;
  /** DragPresses.props */
  readonly pressHandlers: Readonly<Record<PressEvent, Handler>>;
  readonly children: ReactNode;
}

/** Outside <DndContext>: the element around the grid that hears the presses. */
export function BoardDragArea({ areaRef, pressHandlers, children }: BoardDragAreaProps) {
  return (
    <div ref={areaRef} className="board-drag-area" {...pressHandlers}>
      {children}
    </div>
  );
}
