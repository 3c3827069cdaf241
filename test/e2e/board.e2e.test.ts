// The journey board in a real browser: palette and card drags with the mouse and the keyboard, one move per drop, editing, undo.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mouseDrag } from './support/pointer-drag';
import { outputDir } from './support/serve';
import { startSession, type AppSession } from './support/session';
import { pickUpWithKeyboard } from './support/keyboard-drag';

let opened: AppSession;
let page: Page;

beforeAll(async () => {
  opened = await startSession();
  page = opened.page;
  await page.getByTestId('new-workshop-title').fill('Board test');
  await page.getByTestId('create-workshop').click();
  await page.getByTestId('workshop-title').waitFor();
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByTestId('cell-Buy-Web').waitFor();
});

afterAll(async () => {
  await opened.close();
});

const cell = (stage: string, channel: string) => page.getByTestId(`cell-${stage}-${channel}`);
const titles = async (stage: string, channel: string) =>
  (await cell(stage, channel).getByTestId('card').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).map(
    (label) => (label ?? '').split(',')[0],
  );
const announced = () => page.locator('[id^="DndLiveRegion"]').innerText();

/** A real mouse drag: press, move past the 5px threshold, wander over other cells, release. */
const drag = (from: Locator, to: Locator, via: Locator[] = []) => mouseDrag(page, from, to, { via });

describe('the journey board', () => {
  it('makes a card from the palette where it is dropped', async () => {
    await drag(page.getByTestId('palette-Web page'), cell('Buy', 'Web'));
    await expect.poll(() => titles('Buy', 'Web')).toEqual(['Web page']);
  });

  it('moves a card with one command per drop, however far the pointer wandered', async () => {
    await drag(cell('Buy', 'Web').getByTestId('card'), cell('Use', 'Store'), [cell('Choose', 'App'), cell('Get help', 'Phone')]);
    await expect.poll(() => titles('Use', 'Store')).toEqual(['Web page']);
    // One Undo is enough to bring it back: the drag sent a single touchpoint/move.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles('Buy', 'Web')).toEqual(['Web page']);
    expect(await titles('Use', 'Store')).toEqual([]);
  });

  it('adds a card by hand and reorders inside a cell', async () => {
    await page.getByRole('button', { name: 'Add a touchpoint in Buy, Web' }).click();
    const input = page.getByRole('combobox', { name: 'Title of the new touchpoint in Buy, Web' });
    // The title box (a combobox) suggests the kinds usual on the web first; any title may still be typed.
    const suggestions = await input.evaluate((el) =>
      Array.from((el as HTMLInputElement).list?.options ?? [], (option) => option.value),
    );
    expect(suggestions.slice(0, 2)).toEqual(['Web page', 'Search results']);
    expect(suggestions).toContain('Store visit');
    await input.fill('Checkout page');
    await page.screenshot({ path: join(outputDir('screens'), 'board-add-by-hand.png') });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => titles('Buy', 'Web')).toEqual(['Web page', 'Checkout page']);
    const cards = cell('Buy', 'Web').getByTestId('card');
    await drag(cards.nth(1), cards.nth(0));
    await expect.poll(() => titles('Buy', 'Web')).toEqual(['Checkout page', 'Web page']);
  });

  it('moves a card from the keyboard, saying where it is in words', async () => {
    await cell('Buy', 'Web').getByRole('button', { name: /^Checkout page/ }).focus();
    await pickUpWithKeyboard(page);
    await expect.poll(announced).toBe("Picked up card 'Checkout page'. Over Buy, Web.");
    await page.keyboard.press('ArrowRight');
    await expect.poll(announced).toBe('Over Receive, Web.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).toBe('Over Receive, App.');
    // The lifted card glides to its new place (a short transition) before the picture.
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outputDir('screens'), 'board-keyboard-drag.png') });
    await page.keyboard.press('Space');
    await expect.poll(() => titles('Receive', 'App')).toEqual(['Checkout page']);
    expect(await announced()).toBe("Dropped 'Checkout page' in Receive, App.");

    // Escape puts a picked-up card back where it was.
    await cell('Receive', 'App').getByTestId('card').focus();
    await pickUpWithKeyboard(page);
    await expect.poll(announced).toBe("Picked up card 'Checkout page'. Over Receive, App.");
    await page.keyboard.press('ArrowLeft');
    await expect.poll(announced).toBe('Over Buy, App.');
    await page.keyboard.press('Escape');
    await expect.poll(announced).toBe("Cancelled. 'Checkout page' stays in Receive, App.");
    expect(await titles('Receive', 'App')).toEqual(['Checkout page']);
  });

  it('edits a card with Enter, and Ctrl+Z takes the edit back', async () => {
    await cell('Receive', 'App').getByTestId('card').focus();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('card-editor');
    await editor.waitFor();
    await page.getByTestId('card-title').fill('');
    await page.getByTestId('card-save').click();
    expect(await editor.getByText('A name cannot be empty.').isVisible()).toBe(true);
    await page.getByTestId('card-title').fill('Order confirmation screen');
    await editor.getByText('Moment of truth').click();
    await editor.getByLabel('Very unhappy').check();
    await page.screenshot({ path: join(outputDir('screens'), 'board-card-editor.png') });
    await page.getByTestId('card-save').click();
    await editor.waitFor({ state: 'detached' });
    const card = cell('Receive', 'App').getByTestId('card');
    await expect.poll(() => card.getAttribute('aria-label')).toBe(
      'Order confirmation screen, −2, feeling: very unhappy, moment of truth',
    );

    await page.locator('body').click({ position: { x: 640, y: 700 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => card.getAttribute('aria-label')).toBe('Checkout page, 0, feeling: neutral');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => card.getAttribute('aria-label')).toBe(
      'Order confirmation screen, −2, feeling: very unhappy, moment of truth',
    );
    await page.screenshot({ path: join(outputDir('screens'), 'board.png') });
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
