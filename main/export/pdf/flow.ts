/**
 * Page breaks chosen before drawing, for the end of the plan: blocks (a
 * heading with what follows it, a label with its text) are each kept whole,
 * and when the last of them would spill onto a new page as a short tail — a
 * line or two alone on the plan's last page — the break moves earlier, so
 * the last page carries enough to be worth turning to.
 */
import type { Cursor } from './layout';
import { newPage } from './layout';

export interface Block {
  /** Points the block takes, its space after included. */
  readonly height: number;
  readonly draw: (cursor: Cursor) => void;
}

/** The indexes of the blocks that start a new page, when blocks are kept whole and each page filled in turn. */
function greedyBreaks(blocks: readonly Block[], startY: number, top: number, bottom: number): number[] {
  const breaks: number[] = [];
  let y = startY;
  blocks.forEach((block, i) => {
    if (y + block.height > bottom && y > top) {
      breaks.push(i);
      y = top;
    }
    y += block.height;
  });
  return breaks;
}

function heightFrom(blocks: readonly Block[], from: number): number {
  return blocks.slice(from).reduce((sum, b) => sum + b.height, 0);
}

/**
 * Where the breaks go: filled page by page, then the last break pulled back
 * a block at a time while the last page holds less than `minTail` points
 * and the blocks moved still fit on it. The first block never leaves the
 * page the flow starts on by this rule alone.
 */
export function planBreaks(blocks: readonly Block[], startY: number, top: number, bottom: number, minTail: number): readonly number[] {
  const breaks = greedyBreaks(blocks, startY, top, bottom);
  const last = breaks.at(-1);
  if (last === undefined) return breaks;
  const pageStart = breaks.at(-2) ?? 0;
  let at = last;
  while (heightFrom(blocks, at) < minTail && at - 1 > pageStart && heightFrom(blocks, at - 1) <= bottom - top) at -= 1;
  return [...breaks.slice(0, -1), at];
}

/** Draws the blocks in order with the breaks `planBreaks` chooses for this cursor's page. */
export function flowBlocks(cursor: Cursor, blocks: readonly Block[], minTail: number): void {
  const { contentTop, contentBottom } = cursor.frame;
  const breaks = new Set(planBreaks(blocks, cursor.y, contentTop, contentBottom, minTail));
  blocks.forEach((block, i) => {
    if (breaks.has(i)) newPage(cursor);
    block.draw(cursor);
  });
}
