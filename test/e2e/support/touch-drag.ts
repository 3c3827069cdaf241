/**
 * A drag with a finger, through Chromium's own touch input (CDP
 * Input.dispatchTouchEvent), so the page gets real touchstart/touchmove/
 * touchend events as on a tablet. The page's context needs `hasTouch: true`.
 * The finger holds still for a moment first: the board picks a card up on a
 * press-and-hold, so a quick swipe still scrolls.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { along, pressPoint, withCdp, type Point } from './cdp-input';

const HOLD_MS = 350;

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
}

/** Presses `from`, holds, slides to `to` and lifts once `to` shows it is the drop target (when it is a cell). */
export async function touchDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await withCdp(page, async (cdp) => {
    const start = await pressPoint(from);
    const end = await pressPoint(to);
    await touch(cdp, 'touchStart', start);
    await page.waitForTimeout(HOLD_MS);
    const steps = 12;
    for (let i = 1; i <= steps; i++) await touch(cdp, 'touchMove', along(start, end, i, steps));
    if ((await to.getAttribute('data-testid'))?.startsWith('cell-')) {
      await to.locator('xpath=self::*[contains(concat(" ", @class, " "), " board-cell-over ")]').waitFor({ timeout: 5000 });
    }
    await touch(cdp, 'touchEnd');
  });
}

/** A quick swipe with no hold, as a person scrolls the board. */
export async function touchSwipe(page: Page, from: Locator, dx: number, dy: number): Promise<void> {
  await withCdp(page, async (cdp) => {
    const start = await pressPoint(from);
    const end = { x: start.x + dx, y: start.y + dy };
    await touch(cdp, 'touchStart', start);
    for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', along(start, end, i, 6));
    await touch(cdp, 'touchEnd');
  });
}

/** A short tap with a finger. */
export async function touchTap(page: Page, target: Locator): Promise<void> {
  await withCdp(page, async (cdp) => {
    await touch(cdp, 'touchStart', await pressPoint(target));
    await touch(cdp, 'touchEnd');
  });
}
