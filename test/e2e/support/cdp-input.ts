/**
 * What the touch and pen helpers share: input sent through Chromium's own
 * input pipeline (a CDP session of the page's), aimed at the middle of an
 * element near its top, where a card's title is.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a finger or pen presses `locator`: its middle across, at most 16 px down. */
export async function pressPoint(locator: Locator): Promise<Point> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element to press is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 16) };
}

/** Runs `send` with a CDP session of the page, detached afterwards whatever happens. */
export async function withCdp(page: Page, send: (cdp: CDPSession) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await send(cdp);
  } finally {
    await cdp.detach();
  }
}

/** The point `i` steps of `steps` along the straight line from `from` to `to`. */
export function along(from: Point, to: Point, i: number, steps: number): Point {
  return { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
}
