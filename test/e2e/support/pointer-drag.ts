/**
 * A drag with the real mouse, the way a person does it: press, move past
 * dnd-kit's 5 px activation distance, glide to the target in small steps,
 * release. Synthetic drag events would skip the pointer sensor the app uses.
 */
import type { Locator, Page } from 'playwright-core';

export async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  await to.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('The drag source or target is not on screen.');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
  // Aim near the top of the cell: its middle may be covered by the "+" or by other cards.
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 16), { steps: 10 });
  await page.mouse.up();
}
