/**
 * What the drag needs to know about the board on screen: the cell under a
 * point, a cell's or a card's rectangle, and the middles of a team's cards
 * in a cell. Read from the page when asked (a few rectangles at a time), so
 * they are right after any scroll, zoom or change of layout. Tests give the
 * drop tracker a made-up board instead.
 */
import type { ClientRect } from '@dnd-kit/core';
import type { Id } from '../../../shared/model';

export interface CellRef {
  readonly stageId: Id;
  readonly channelId: Id;
}

export interface BoardDom {
  cellAt(x: number, y: number): CellRef | null;
  cellRect(cell: CellRef): ClientRect | undefined;
  cardRect(touchpointId: Id): ClientRect | undefined;
  /** Vertical middles of the team's cards in the cell, in board order, `leaveOut` left out. */
  middles(cell: CellRef, teamId: Id, leaveOut: Id | null): number[];
}

function cellElement(cell: CellRef): Element | null {
  return document.querySelector(`[data-stage-id="${CSS.escape(cell.stageId)}"][data-channel-id="${CSS.escape(cell.channelId)}"]`);
}

export const pageDom: BoardDom = {
  cellAt(x, y) {
    // The lifted card lets the pointer through (.board-drag-overlay), so the topmost element is the
    // board's: one hit test, not the whole stack elementsFromPoint would collect at every move.
    const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-stage-id][data-channel-id]');
    const stageId = cell?.dataset['stageId'];
    const channelId = cell?.dataset['channelId'];
    return stageId !== undefined && channelId !== undefined ? { stageId, channelId } : null;
  },
  cellRect(cell) {
    return cellElement(cell)?.getBoundingClientRect();
  },
  cardRect(touchpointId) {
    return document.querySelector(`[data-card-id="${CSS.escape(touchpointId)}"]`)?.getBoundingClientRect();
  },
  middles(cell, teamId, leaveOut) {
    const middles: number[] = [];
    for (const card of cellElement(cell)?.querySelectorAll<HTMLElement>('[data-card-id]') ?? []) {
      if (card.dataset['teamId'] !== teamId || card.dataset['cardId'] === leaveOut) continue;
      const rect = card.getBoundingClientRect();
      middles.push(rect.top + rect.height / 2);
    }
    return middles;
  },
};
