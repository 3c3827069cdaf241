/**
 * What a screen reader hears while a card is dragged, in plain words that
 * name the stage and channel ("Picked up card 'Checkout page'. Over Buy,
 * Web.") instead of list positions.
 */
import type { Announcements, Active, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Workshop } from '../../../shared/model';
import { isBoardItem, placeName, type BoardItem } from './board-layout';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move a card, press Space to pick it up. Use the arrow keys: up and down move it within a cell and on to ' +
    'the next channel, left and right move it to the neighbouring stage. Press Space again to drop it, or Escape ' +
    'to cancel. Press Enter to edit the card.',
};

function itemOf(entry: Active | Over | null): BoardItem | null {
  const data: unknown = entry?.data.current;
  return isBoardItem(data) ? data : null;
}

export function makeAnnouncements(workshop: Workshop): Announcements {
  const titleOf = (id: string): string => workshop.touchpoints.find((t) => t.id === id)?.title ?? 'a card';

  function name(item: BoardItem | null): string {
    if (item?.type === 'card') return `'${titleOf(item.touchpointId)}'`;
    if (item?.type === 'palette') return `the new '${item.kind}' card`;
    return 'the card';
  }

  function where(active: BoardItem | null, over: BoardItem | null): string {
    if (!over || over.type === 'palette') return 'Not over the board.';
    const place = placeName(workshop, over.stageId, over.channelId);
    if (over.type === 'cell') return `Over ${place}.`;
    if (active?.type === 'card' && active.touchpointId === over.touchpointId) return `Over ${place}, where it started.`;
    return `Over ${place}, in the place of '${titleOf(over.touchpointId)}'.`;
  }

  // dnd-kit reports the first "over" right after the pick-up, and its live region keeps only the
  // latest message: fold the two into one sentence so the pick-up is not lost.
  let pickedUp: { text: string; at: number } | null = null;

  return {
    onDragStart({ active }) {
      const text = `Picked up ${itemOf(active)?.type === 'card' ? 'card ' : ''}${name(itemOf(active))}.`;
      pickedUp = { text, at: Date.now() };
      return text;
    },
    onDragOver({ active, over }) {
      const start = pickedUp && Date.now() - pickedUp.at < 500 ? pickedUp.text : null;
      pickedUp = null;
      const activeItem = itemOf(active);
      const overItem = itemOf(over);
      if (start && overItem?.type === 'card' && activeItem?.type === 'card' && overItem.touchpointId === activeItem.touchpointId) {
        return `${start} Over ${placeName(workshop, overItem.stageId, overItem.channelId)}.`;
      }
      const text = where(activeItem, overItem);
      return start ? `${start} ${text}` : text;
    },
    onDragEnd({ active, over }) {
      const item = itemOf(active);
      const target = itemOf(over);
      if (!target || target.type === 'palette') return `Dropped ${name(item)} outside the board. Nothing changed.`;
      const place = placeName(workshop, target.stageId, target.channelId);
      if (item?.type === 'palette') return `Added a '${item.kind}' card in ${place}.`;
      return `Dropped ${name(item)} in ${place}.`;
    },
    onDragCancel({ active }) {
      const item = itemOf(active);
      if (item?.type === 'card') {
        return `Cancelled. ${name(item)} stays in ${placeName(workshop, item.stageId, item.channelId)}.`;
      }
      return 'Cancelled. No card was added.';
    },
  };
}
