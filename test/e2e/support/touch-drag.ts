/**
 * A drag with a finger, through Chromium's own touch input (CDP
 * Input.dispatchTouchEvent), so the page gets real touchstart/touchmove/
 * touchend events as on a tablet. The page's context needs `hasTouch: true`.
 * The finger holds still for a moment first: the board picks a card up on a
 * press-and-hold, so a quick swipe still scrolls.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';

const HOLD_MS = 350;

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('The touch target is not on screen.');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 16) };
}

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
}

/** Presses `from`, holds, slides to `to` and lifts once `to` shows it is the drop target (when it is a cell). */
export async function touchDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = await centreOf(from);
    const end = await centreOf(to);
    await touch(cdp, 'touchStart', start);
    await page.waitForTimeout(HOLD_MS);
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await touch(cdp, 'touchMove', { x: start.x + ((end.x - start.x) * i) / steps, y: start.y + ((end.y - start.y) * i) / steps });
    }
    if ((await to.getAttribute('data-testid'))?.startsWith('cell-')) {
      await to.locator('xpath=self::*[contains(concat(" ", @class, " "), " board-cell-over ")]').waitFor({ timeout: 5000 });
    }
    await touch(cdp, 'touchEnd');
  } finally {
    await cdp.detach();
  }
}

/** A quick swipe with no hold, as a person scrolls the board. */
export async function touchSwipe(page: Page, from: Locator, dx: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = await centreOf(from);
    await touch(cdp, 'touchStart', start);
    for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', { x: start.x + (dx * i) / 6, y: start.y + (dy * i) / 6 });
    await touch(cdp, 'touchEnd');
  } finally {
    await cdp.detach();
  }
}

/** A short tap with a finger. */
export async function touchTap(page: Page, target: Locator): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const at = await centreOf(target);
    await touch(cdp, 'touchStart', at);
    await touch(cdp, 'touchEnd');
  } finally {
    await cdp.detach();
  }
}
