/**
 * A drag with a pen (a stylus on a tablet or a convertible laptop), through
 * Chromium's own input (CDP Input.dispatchMouseEvent with pointerType
 * "pen"), so the page gets pointer events of type "pen" and the mouse events
 * a browser makes from them, as it does for a real stylus.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { along, pressPoint, withCdp, type Point } from './cdp-input';

type PenEvent = 'mousePressed' | 'mouseMoved' | 'mouseReleased';

async function pen(cdp: CDPSession, type: PenEvent, at: Point, down: boolean): Promise<void> {
  await cdp.send('Input.dispatchMouseEvent', {
    type,
    x: at.x,
    y: at.y,
    pointerType: 'pen',
    button: type === 'mouseMoved' && !down ? 'none' : 'left',
    buttons: down ? 1 : 0,
    clickCount: type === 'mouseMoved' ? 0 : 1,
    force: down ? 0.5 : 0,
  });
}

/** Puts the pen on `from`, draws it to `to` and lifts it once `to` shows it is the drop target (when it is a cell). */
export async function penDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await withCdp(page, async (cdp) => {
    const start = await pressPoint(from);
    const end = await pressPoint(to);
    await pen(cdp, 'mouseMoved', start, false);
    await pen(cdp, 'mousePressed', start, true);
    const steps = 12;
    for (let i = 1; i <= steps; i++) await pen(cdp, 'mouseMoved', along(start, end, i, steps), true);
    let at = end;
    if ((await to.getAttribute('data-testid'))?.startsWith('cell-')) {
      const over = to.locator('xpath=self::*[contains(concat(" ", @class, " "), " board-cell-over ")]');
      // The over-state can trail the last move by a frame; a one-pixel nudge settles it, as with a mouse.
      for (let nudge = 1; (await over.count()) === 0 && nudge < 40; nudge++) {
        at = { x: end.x + (nudge % 2 === 0 ? 1 : -1), y: end.y };
        await pen(cdp, 'mouseMoved', at, true);
        await page.waitForTimeout(25);
      }
      await over.waitFor({ timeout: 5000 });
    }
    await pen(cdp, 'mouseReleased', at, false);
  });
}

/** A short tap with the pen. */
export async function penTap(page: Page, target: Locator): Promise<void> {
  await withCdp(page, async (cdp) => {
    const at = await pressPoint(target);
    await pen(cdp, 'mouseMoved', at, false);
    await pen(cdp, 'mousePressed', at, true);
    await pen(cdp, 'mouseReleased', at, false);
  });
}
