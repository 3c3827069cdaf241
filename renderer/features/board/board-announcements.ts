/**
 * What a screen reader hears while a card is dragged, in plain words that
 * name the stage and channel ("Picked up card 'Checkout page'. Over Buy,
 * Web.") instead of list positions; moving inside a cell by keyboard says
 * which card it would go before.
 */
import type { Announcements, Active, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Id } from '../../../shared/model';
import { itemOf, placeName, type BoardItem, type BoardSlice, type DropPlace } from './board-layout';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move a card, press Space to pick it up. Use the arrow keys: up and down move it within a cell and on to ' +
    'the next channel, left and right move it to the neighbouring stage. Press Space again to drop it, or Escape ' +
    'to cancel. Press Enter to edit the card. With a touch screen, hold a card for a moment, then drag it.',
};

/** Where the drag would land now (the drop tracker). */
export interface DropSource {
  place(): DropPlace | null;
  dragged(): { readonly teamId: Id; readonly cardId: Id | null };
  byKeyboard(): boolean;
}

function carried(active: Active | null): BoardItem | null {
  return itemOf(active?.data.current);
}

export function makeAnnouncements(workshop: BoardSlice, source: DropSource): Announcements {
  const titleOf = (id: string): string => workshop.touchpoints.find((t) => t.id === id)?.title ?? 'a card';

  function name(item: BoardItem | null): string {
    if (item?.type === 'card') return `'${titleOf(item.touchpointId)}'`;
    if (item?.type === 'palette') return `the new '${item.kind}' card`;
    return 'the card';
  }

  function over(place: DropPlace | null): string {
    return place ? `Over ${placeName(workshop, place.stageId, place.channelId)}.` : 'Not over the board.';
  }

  /** A place inside the cell, by the card it would go before. */
  function inCell(place: DropPlace): string {
    const { teamId, cardId } = source.dragged();
    const others = workshop.touchpoints.filter(
      (t) => t.teamId === teamId && t.stageId === place.stageId && t.channelId === place.channelId && t.id !== cardId,
    );
    const next = others[place.index];
    const where = placeName(workshop, place.stageId, place.channelId);
    return next ? `Before '${next.title}' in ${where}.` : `At the end of ${where}.`;
  }

  // The place last said, so a move inside the same cell by pointer stays quiet.
  let said: DropPlace | null = null;
  // dnd-kit reports the first "over" right after the pick-up, and its live region keeps only the
  // latest message: fold the two into one sentence so the pick-up is not lost.
  let pickedUp: { text: string; at: number } | null = null;

  function onMove(): string | undefined {
    const place = source.place();
    const start = pickedUp && Date.now() - pickedUp.at < 500 ? pickedUp.text : null;
    pickedUp = null;
    const sameCell = place && said && place.stageId === said.stageId && place.channelId === said.channelId;
    const before = said;
    said = place;
    if (start) return `${start} ${over(place)}`;
    if (place === null) return before === null ? undefined : over(null);
    if (!sameCell) return over(place);
    if (source.byKeyboard() && before && before.index !== place.index) return inCell(place);
    return undefined;
  }

  return {
    onDragStart({ active }) {
      const item = carried(active);
      const text = `Picked up ${item?.type === 'card' ? 'card ' : ''}${name(item)}.`;
      pickedUp = { text, at: Date.now() };
      said = null;
      return text;
    },
    onDragOver: onMove,
    onDragMove: onMove,
    onDragEnd({ active, over: target }) {
      const item = carried(active);
      const place = said;
      said = null;
      if (!target || !place) return `Dropped ${name(item)} outside the board. Nothing changed.`;
      const where = placeName(workshop, place.stageId, place.channelId);
      if (item?.type === 'palette') return `Added a '${item.kind}' card in ${where}.`;
      return `Dropped ${name(item)} in ${where}.`;
    },
    onDragCancel({ active }) {
      const item = carried(active);
      said = null;
      if (item?.type === 'card') {
        return `Cancelled. ${name(item)} stays in ${placeName(workshop, item.stageId, item.channelId)}.`;
      }
      return 'Cancelled. No card was added.';
    },
  };
}
