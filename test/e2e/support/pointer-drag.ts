/**
 * A drag with the real mouse, the way a person does it: press, move past
 * dnd-kit's 5 px activation distance, glide to the target, and let go once
 * the target shows it is the one under the pointer. Synthetic drag events
 * would skip the pointer sensor the app uses.
 */
import type { Locator, Page } from 'playwright-core';

/** The class a board cell wears while a drag is over it. */
const OVER_CLASS = 'board-cell-over';

/**
 * Drags `from` onto `to`, passing over each of `via` on the way. Over a cell
 * it lets go once the cell is highlighted; over a card (a reorder inside a
 * cell) there is no highlight to wait for.
 */
export async function mouseDrag(
  page: Page,
  from: Locator,
  to: Locator,
  options: { readonly via?: readonly Locator[]; readonly timeoutMs?: number } = {},
): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  await to.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('The drag source or target is not on screen.');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
  for (const stop of options.via ?? []) {
    const box = await stop.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
  }
  // Aim near the top of the target: a cell's middle may be covered by the "+" or by other cards.
  const x = b.x + b.width / 2;
  const y = b.y + Math.min(b.height / 2, 16);
  await page.mouse.move(x, y, { steps: 10 });
  if ((await to.getAttribute('data-testid'))?.startsWith('cell-')) await releaseOver(page, to, x, y, options.timeoutMs);
  else await page.mouse.up();
}

/**
 * Lets go of the mouse once `to` shows it is the drop target, as a person
 * waits for the highlight; nudges the pointer by a pixel meanwhile so the
 * targets are judged again. Fails if the highlight never appears.
 */
async function releaseOver(page: Page, to: Locator, x: number, y: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let nudge = 1;
  while (!(await hasClass(to, OVER_CLASS))) {
    if (Date.now() > deadline) {
      await page.mouse.up();
      throw new Error(`The drag never showed ${await to.getAttribute('data-testid')} as the drop target.`);
    }
    nudge = -nudge;
    await page.mouse.move(x + nudge, y, { steps: 1 });
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
}

async function hasClass(element: Locator, name: string): Promise<boolean> {
  return ((await element.getAttribute('class')) ?? '').split(/\s+/).includes(name);
}
