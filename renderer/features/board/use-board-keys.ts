/**
 * Moving around the board with the arrow keys: the board is one stop for
 * the Tab key (the card, or a cell's "+", reached last), and the arrows go
 * from there — up and down through a cell's cards and on to the channel
 * above or below, left and right to the neighbouring stage, Home and End to
 * the first and last stage of the row. While a card is held (Space), the
 * arrows are dnd-kit's and move the card instead.
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Channel, Id, Stage } from '../../../shared/model';
import { cardsIn, type CellMap } from './board-layout';

/** A cell's "+" as a place the arrows reach: `data-cell-add` holds this. */
export function addKey(stageId: Id, channelId: Id): string {
  return `add:${stageId}:${channelId}`;
}

/** What the arrows move between: the cards, and each cell's "+". */
const ITEM = '[data-card-id], [data-cell-add]';

function keyOf(element: Element): string | null {
  if (!(element instanceof HTMLElement) || !element.matches(ITEM)) return null;
  return element.dataset['cardId'] ?? element.dataset['cellAdd'] ?? null;
}

/**
 * The one place on the board the Tab key stops at: the one the person last
 * reached, while it is still on the board; otherwise the first card, row by
 * row; on an empty board the first cell's "+".
 */
export function boardTabStop(stages: readonly Stage[], channels: readonly Channel[], cells: CellMap, wanted: string | null): string | null {
  let first: string | null = null;
  for (const channel of channels) {
    for (const stage of stages) {
      if (wanted !== null && wanted === addKey(stage.id, channel.id)) return wanted;
      for (const card of cardsIn(cells, stage.id, channel.id)) {
        if (card.id === wanted) return wanted;
        first ??= card.id;
      }
    }
  }
  if (first !== null) return first;
  const [stage] = stages;
  const [channel] = channels;
  return stage && channel ? addKey(stage.id, channel.id) : null;
}

/** Where an arrow key goes from this card or "+", or null when it goes nowhere (the board's edge). */
function nextItem(from: HTMLElement, key: string): HTMLElement | null {
  const cell = from.closest('[role="cell"]');
  const row = cell?.parentElement;
  const grid = row?.parentElement;
  if (!cell || !row || !grid) return null;
  const cellsOf = (r: Element) => [...r.querySelectorAll(':scope > [role="cell"]')];
  const itemsOf = (c: Element | undefined) => (c ? [...c.querySelectorAll<HTMLElement>(ITEM)] : []);
  const rows = [...grid.querySelectorAll(':scope > [role="row"]')].filter((r) => cellsOf(r).length > 0);
  const rowIndex = rows.indexOf(row);
  const cellAt = (r: number, c: number) => {
    const there = rows[r];
    return there ? cellsOf(there)[c] : undefined;
  };
  const column = cellsOf(row).indexOf(cell);
  const items = itemsOf(cell);
  const index = items.indexOf(from);
  const across = (c: Element | undefined) => {
    const there = itemsOf(c);
    return there[Math.min(index, there.length - 1)] ?? null;
  };
  switch (key) {
    case 'ArrowUp':
      return items[index - 1] ?? itemsOf(cellAt(rowIndex - 1, column)).at(-1) ?? null;
    case 'ArrowDown':
      return items[index + 1] ?? itemsOf(cellAt(rowIndex + 1, column))[0] ?? null;
    case 'ArrowLeft':
      return across(cellAt(rowIndex, column - 1));
    case 'ArrowRight':
      return across(cellAt(rowIndex, column + 1));
    case 'Home':
      return across(cellAt(rowIndex, 0));
    case 'End':
      return across(cellsOf(row).at(-1));
    default:
      return null;
  }
}

export interface BoardKeys {
  /** The card id or addKey() that the Tab key stops at. */
  readonly tabStop: string | null;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** `dragging`: a card or a new one from the palette is held; the arrows then belong to the drag. */
export function useBoardKeys(stages: readonly Stage[], channels: readonly Channel[], cells: CellMap, dragging: boolean): BoardKeys {
  const [reached, setReached] = useState<string | null>(null);
  return {
    tabStop: boardTabStop(stages, channels, cells, reached),
    onFocus: (event) => {
      const key = keyOf(event.target);
      if (key !== null && key !== reached) setReached(key);
    },
    onKeyDown: (event) => {
      if (dragging || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (!(event.target instanceof HTMLElement) || keyOf(event.target) === null) return;
      // The held card itself (aria-pressed) while dnd-kit's keyboard drag starts.
      if (event.target.getAttribute('aria-pressed') === 'true') return;
      const next = nextItem(event.target, event.key);
      if (!next) {
        // At the board's edge the arrows do nothing, rather than scroll the page from under the focus.
        if (event.key.startsWith('Arrow')) event.preventDefault();
        return;
      }
      event.preventDefault();
      next.focus();
    },
  };
}
