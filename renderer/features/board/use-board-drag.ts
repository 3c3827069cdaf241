/**
 * Drag and drop on the board: the sensors (mouse and pen, touch with a
 * press-and-hold, keyboard), where a drag would land, and the one command a
 * drop sends. Escape, or a drop outside the board, changes nothing.
 */
import {
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type MeasuringConfiguration,
} from '@dnd-kit/core';
import { useEffect, useMemo, useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { CommandOf } from '../../../shared/commands';
import type { Id, Touchpoint } from '../../../shared/model';
import { makeAnnouncements, SCREEN_READER_INSTRUCTIONS } from './board-announcements';
import { DRAG_HELP_ID, isSamePlace, itemOf, placeName, type BoardItem, type BoardSlice, type CellMap, type DropPlace } from './board-layout';
import type { GridDrag } from './BoardGrid';
import { DropTracker } from './drop-tracker';

/**
 * Measure the board's drop area when a drag starts, never between drags:
 * measuring on every change of the board would slow each drop down. Which
 * cell is under the pointer is asked of the page at each move (DropTracker),
 * so a drop that moved the grid cannot mislead the next drag.
 */
const MEASURING: MeasuringConfiguration = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

const KEYBOARD_CODES = { start: ['Space', 'Enter'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/**
 * The board scrolls itself while a dragged card is held within a tenth of its
 * width (or height) of an edge. dnd-kit's default, a fifth, scrolled the
 * board under a card being aimed at a cell that was already on screen.
 */
const AUTO_SCROLL = { threshold: { x: 0.1, y: 0.1 } };

/** Mouse and pen: a 5 px move starts the drag, so a click still opens the card. */
const MOUSE = { activationConstraint: { distance: 5 } };
/** Touch: hold for a moment to pick a card up, so a swipe still scrolls the board. */
const TOUCH = { activationConstraint: { delay: 200, tolerance: 5 } };

export interface BoardDragOptions {
  readonly workshop: BoardSlice;
  /** The cards shown on the board. */
  readonly cells: CellMap;
  /** The team a card from the palette joins. */
  readonly teamId: Id;
  /** A card on the board by id, where the board shows it. */
  readonly findCard: (touchpointId: Id) => Touchpoint | undefined;
  /**
   * Sends a command; resolves with the refusal sentence, or null when done.
   * A move shows at once: the page's store applies it ahead of the host.
   */
  readonly send: (command: ClientCommand) => Promise<string | null>;
  readonly toast: (message: string, tone: 'error') => void;
}

function samePlace(a: DropPlace | null, b: DropPlace | null): boolean {
  return a === b || (a !== null && b !== null && a.stageId === b.stageId && a.channelId === b.channelId && a.index === b.index);
}

export function useBoardDrag({ workshop, cells, teamId, findCard, send, toast }: BoardDragOptions) {
  const [tracker] = useState(() => new DropTracker());
  const [active, setActive] = useState<BoardItem | null>(null);
  const [target, setTarget] = useState<GridDrag['target']>(null);

  useEffect(() => {
    tracker.setLayout({
      stageIds: workshop.stages.map((s) => s.id),
      channelIds: workshop.channels.map((c) => c.id),
      cells,
      teamId,
    });
  }, [tracker, workshop.stages, workshop.channels, cells, teamId]);

  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, { coordinateGetter: tracker.coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
  );
  const announcements = useMemo(() => makeAnnouncements(workshop, tracker), [workshop, tracker]);

  /** Shows where the drag would land; the grid redraws only when that changes. */
  function follow(): void {
    const place = tracker.place();
    const { teamId: draggedTeam, cardId } = tracker.dragged();
    setTarget((shown) => (samePlace(shown, place) ? shown : place && { ...place, teamId: draggedTeam, draggedId: cardId }));
  }

  function reset(): void {
    tracker.stop();
    setActive(null);
    setTarget(null);
  }

  function onDragStart(event: DragStartEvent): void {
    const item = itemOf(event.active.data.current);
    if (!item) return;
    tracker.start(item);
    setActive(item);
    // A pressed card takes the focus; a focused element that leaves the page on the drop makes the
    // browser restyle the whole board there and then. A pointer drag does not need the focus.
    const focused = document.activeElement;
    if (!(event.activatorEvent instanceof KeyboardEvent) && focused instanceof HTMLElement && focused.dataset['cardId']) {
      focused.blur();
    }
  }

  const titleOf = (id: Id) => findCard(id)?.title ?? 'The card';

  function onDragEnd(event: DragEndEvent): void {
    const item = itemOf(event.active.data.current);
    const place = event.over ? tracker.place() : null;
    const lastShown = target;
    const byKeyboard = event.activatorEvent instanceof KeyboardEvent;
    reset();
    if (!item) return;
    // The cell the person last aimed at has gone: someone removed its stage or channel during the
    // drag. The grid has closed up under the pointer, so wherever it is now was not their choice.
    const stageGone = lastShown !== null && !workshop.stages.some((s) => s.id === lastShown.stageId);
    const channelGone = lastShown !== null && !workshop.channels.some((c) => c.id === lastShown.channelId);
    if (stageGone || channelGone) {
      const kept = item.type === 'card' ? ` '${titleOf(item.touchpointId)}' stays in ${placeName(workshop, item.stageId, item.channelId)}.` : '';
      toast(`That ${stageGone ? 'stage' : 'channel'} was removed while you were dragging, so nothing moved.${kept}`, 'error');
      return;
    }
    if (!place) return;
    if (item.type === 'palette') {
      const cell = () =>
        document.querySelector<HTMLElement>(`[data-stage-id="${CSS.escape(place.stageId)}"][data-channel-id="${CSS.escape(place.channelId)}"]`);
      const cardsThere = () => [...(cell()?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])];
      const before = new Set(cardsThere().map((card) => card.dataset['cardId']));
      void send({ type: 'touchpoint/add', teamId, title: item.kind, ...place }).then((refusal) => {
        // The new card is where the person's attention is: the focus goes there, not back to the palette.
        if (refusal === null) requestAnimationFrame(() => cardsThere().find((card) => !before.has(card.dataset['cardId']))?.focus());
      });
      return;
    }
    const card = findCard(item.touchpointId);
    if (!card || isSamePlace(cells, card, place)) return;
    const moveCard: CommandOf<'touchpoint/move'> = { type: 'touchpoint/move', touchpointId: card.id, ...place };
    void send(moveCard).then((refusal) => {
      // A card that moved to another cell is a new element there: give it the keyboard focus back.
      if (refusal === null && byKeyboard) {
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(card.id)}"]`)?.focus());
      }
    });
  }

  const drag: GridDrag | null = useMemo(() => {
    if (!active) return null;
    const card = active.type === 'card' ? { id: active.touchpointId, stageId: active.stageId, channelId: active.channelId } : null;
    return { card, target };
  }, [active, target]);

  return {
    active,
    drag,
    context: {
      id: DRAG_HELP_ID,
      sensors,
      measuring: MEASURING,
      autoScroll: AUTO_SCROLL,
      collisionDetection: tracker.collisionDetection,
      accessibility: { announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS },
      onDragStart,
      onDragOver: follow,
      onDragMove: follow,
      onDragEnd,
      onDragCancel: reset,
    },
  };
}
