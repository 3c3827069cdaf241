// Drops that must not lose anything: Escape cancels, Ctrl+Z / Ctrl+Shift+Z undo and redo a move, a stage removed
// by someone else mid-drag, and a stage removed with its cards.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { boardForTests, movedCards } from './support/board-session';
import { mouseDrag } from './support/pointer-drag';
import { buildWorkshop } from './support/seed-workshop';

const workshop: Workshop = buildWorkshop('Careful drops', (w) => {
  const teamId = w.teams[0]?.id ?? '';
  const at = (title: string, stage: string, channel: string): ClientCommand => ({
    type: 'touchpoint/add',
    teamId,
    stageId: w.stages.find((s) => s.name === stage)?.id ?? '',
    channelId: w.channels.find((c) => c.name === channel)?.id ?? '',
    title,
  });
  return [
    at('Checkout page', 'Buy', 'Web'),
    at('Basket', 'Buy', 'Web'),
    at('Delivery e-mail', 'Receive', 'E-mail'),
    at('Courier call', 'Receive', 'Phone'),
  ];
});

const session = boardForTests(workshop);

const page = () => session.page;
const cellOn = (p: Page, stage: string, channel: string) => p.getByTestId(`cell-${stage}-${channel}`);
const cell = (stage: string, channel: string) => cellOn(page(), stage, channel);
const titles = (stage: string, channel: string) =>
  cell(stage, channel)
    .getByTestId('card')
    .evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? '').split(',')[0]));
const announced = () => page().locator('[id^="DndLiveRegion"]').innerText();
const toasts = () => page().locator('.toast-message').allInnerTexts();

/** Presses a card and glides it over a cell, without letting go. */
async function holdOver(p: Page, title: string, stage: string, channel: string): Promise<{ x: number; y: number }> {
  const from = await p.getByRole('button', { name: new RegExp(`^${title}`) }).boundingBox();
  const to = await cellOn(p, stage, channel).boundingBox();
  if (!from || !to) throw new Error('Card or cell not on screen.');
  await p.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await p.mouse.down();
  await p.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 3 });
  const at = { x: to.x + to.width / 2, y: to.y + 16 };
  await p.mouse.move(at.x, at.y, { steps: 10 });
  await cellOn(p, stage, channel).and(p.locator('.board-cell-over')).waitFor();
  return at;
}

describe('drops that change only what was meant', () => {
  it('cancels a drag with Escape: the card stays and nothing is saved', async () => {
    const before = session.saved();
    await holdOver(page(), 'Checkout page', 'Use', 'App');
    await page().keyboard.press('Escape');
    await expect.poll(announced).toBe("Cancelled. 'Checkout page' stays in Buy, Web.");
    await page().mouse.up();
    expect(await titles('Buy', 'Web')).toEqual(['Checkout page', 'Basket']);
    expect(await titles('Use', 'App')).toEqual([]);
    expect(session.saved()).toEqual(before);
  });

  it('takes a move back with Ctrl+Z and does it again with Ctrl+Shift+Z', async () => {
    const before = session.saved();
    await mouseDrag(page(), page().getByRole('button', { name: /^Basket/ }), cell('Use', 'App'));
    await expect.poll(() => movedCards(before, session.saved())).toEqual(['Basket: Buy/Web → Use/App']);
    // As a person would: press the keys once the page shows there is something to undo.
    await expect.poll(() => page().getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    await page().keyboard.press('Control+z');
    await expect.poll(() => titles('Buy', 'Web')).toEqual(['Checkout page', 'Basket']);
    await expect.poll(() => movedCards(before, session.saved())).toEqual([]);
    await expect.poll(() => page().getByRole('button', { name: 'Redo' }).isEnabled()).toBe(true);
    await page().keyboard.press('Control+Shift+z');
    await expect.poll(() => titles('Use', 'App')).toEqual(['Basket']);
    await expect.poll(() => movedCards(before, session.saved())).toEqual(['Basket: Buy/Web → Use/App']);
  });

  it('refuses a drop on a stage someone else removed during the drag, and keeps the card', async () => {
    const other = await session.openBoard();
    await other.page.getByRole('tab', { name: /Frame/ }).click();
    const before = session.saved();

    const at = await holdOver(page(), 'Checkout page', 'Use', 'Phone');
    // Meanwhile, on the other laptop: remove the stage "Use" (it holds Basket, in App).
    await other.page.getByRole('button', { name: 'Remove stage Use' }).click();
    await other.page.getByRole('button', { name: 'Remove stage', exact: true }).click();
    await expect.poll(() => page().getByTestId('cell-Use-Phone').count()).toBe(0);
    await page().mouse.move(at.x, at.y);
    await page().mouse.up();

    await expect.poll(toasts).toContain(
      "That stage was removed while you were dragging, so nothing moved. 'Checkout page' stays in Buy, Web.",
    );
    expect(await titles('Buy', 'Web')).toEqual(['Checkout page']);
    // Only the other person's removal was saved: Basket went with its stage, Checkout page did not move.
    expect(movedCards(before, session.saved())).toEqual(['Basket: gone']);
    await other.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles('Use', 'App')).toEqual(['Basket']);
    await other.context.close();
  });

  it('says how many cards go with a removed stage, and Undo brings them back', async () => {
    const before = session.saved();
    await page().getByRole('tab', { name: /Frame/ }).click();
    await page().getByRole('button', { name: 'Remove stage Receive' }).click();
    const dialog = page().getByTestId('confirm-dialog');
    await expect.poll(() => dialog.innerText()).toContain(
      '2 touchpoints placed in it (from every team) will be removed with it, together with their ratings. Undo brings them all back.',
    );
    await dialog.getByRole('button', { name: 'Remove stage' }).click();
    await expect.poll(() => movedCards(before, session.saved()).sort()).toEqual(['Courier call: gone', 'Delivery e-mail: gone']);

    await page().getByRole('button', { name: 'Undo' }).click();
    await page().getByRole('tab', { name: /Map/ }).click();
    await expect.poll(() => titles('Receive', 'E-mail')).toEqual(['Delivery e-mail']);
    expect(await titles('Receive', 'Phone')).toEqual(['Courier call']);
    expect(movedCards(before, session.saved())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
