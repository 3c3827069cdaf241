// A card dragged with a finger on a touch screen (hold, slide, lift) or with a pen: one move saved, nothing else changed.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { boardForTests, movedCards } from './support/board-session';
import { buildWorkshop } from './support/seed-workshop';
import { penDrag, penTap } from './support/pen-drag';
import { touchDrag, touchSwipe, touchTap } from './support/touch-drag';

const workshop: Workshop = buildWorkshop('Touch board', (w) => {
  const team = w.teams[0]?.id ?? '';
  const stage = (name: string) => w.stages.find((s) => s.name === name)?.id ?? '';
  const web = w.channels.find((c) => c.name === 'Web')?.id ?? '';
  return [
    { type: 'touchpoint/add', teamId: team, stageId: stage('Buy'), channelId: web, title: 'Checkout page' },
    { type: 'touchpoint/add', teamId: team, stageId: stage('Buy'), channelId: web, title: 'Basket' },
  ];
});

const session = boardForTests(workshop, { hasTouch: true });

const cell = (stage: string, channel: string) => session.page.getByTestId(`cell-${stage}-${channel}`);
const card = (title: string) => session.page.getByRole('button', { name: new RegExp(`^${title}`) });

describe('the board on a touch screen', () => {
  it('leaves the cards alone when a finger only swipes across them', async () => {
    const before = session.saved();
    await touchSwipe(session.page, card('Basket'), 0, 150);
    await card('Basket').waitFor();
    // A swipe is not a pick-up: no drag begins, so nothing is highlighted and nothing is sent.
    expect(await session.page.locator('.board-cell-over').count()).toBe(0);
    expect(movedCards(before, session.saved())).toEqual([]);
  });

  it('opens a card for editing with a tap', async () => {
    await touchTap(session.page, card('Basket'));
    const editor = session.page.getByTestId('card-editor');
    await editor.waitFor();
    await session.page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
  });

  it('moves a held card into another cell, saving exactly one move', async () => {
    const before = session.saved();
    await touchDrag(session.page, card('Checkout page'), cell('Use', 'Store'));
    await expect.poll(() => cell('Use', 'Store').getByTestId('card').count()).toBe(1);
    await expect.poll(() => movedCards(before, session.saved())).toEqual(['Checkout page: Buy/Web → Use/Store']);
    // Lifting the finger ends the drag; it is not also a tap that opens the card.
    expect(await session.page.getByTestId('card-editor').count()).toBe(0);

    // One Undo takes the whole drag back: it was a single command.
    await session.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => movedCards(before, session.saved())).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('moves a card with a pen, and a pen tap opens a card', async () => {
    // The page must really see a pen, not a mouse: the test would prove nothing otherwise.
    await session.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { pointerTypes: string[] }).pointerTypes = seen;
      window.addEventListener('pointerdown', (event) => seen.push(event.pointerType), { capture: true });
    });
    const before = session.saved();
    await penDrag(session.page, card('Basket'), cell('Receive', 'App'));
    await expect.poll(() => cell('Receive', 'App').getByTestId('card').count()).toBe(1);
    await expect.poll(() => movedCards(before, session.saved())).toEqual(['Basket: Buy/Web → Receive/App']);
    expect(await session.page.getByTestId('card-editor').count()).toBe(0);

    await penTap(session.page, card('Basket'));
    const editor = session.page.getByTestId('card-editor');
    await editor.waitFor();
    await session.page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await session.page.evaluate(() => (window as unknown as { pointerTypes: string[] }).pointerTypes)).toEqual(['pen', 'pen']);
    expect(session.pageErrors).toEqual([]);
  });
});
