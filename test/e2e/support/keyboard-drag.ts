/**
 * Picking something up with the keyboard, as dnd-kit's keyboard sensor needs
 * it: the sensor starts listening for the arrow keys in a setTimeout made
 * during the Space press, so an arrow pressed at once can be lost (or scroll
 * the page instead). A timeout made after the press runs after the sensor's.
 */
import type { Page } from 'playwright-core';

/** Presses Space on the focused item and waits until the arrow keys will move it. */
export async function pickUpWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Space');
  await page.evaluate(() => new Promise((done) => setTimeout(done)));
}
