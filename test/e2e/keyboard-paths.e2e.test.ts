// The keyboard's ways through a workshop, counted in Tab presses: skip links (shown when focused) reach
// the Frame's title and "New stage" and the Map's board in a couple of presses from page load instead of
// 27, 41 and 53; the board is one Tab stop whose arrow keys go from card to card and cell to cell while
// Space still picks a card up; and the focus lands somewhere useful after creating a workshop (its
// heading), after a card is dropped from the palette (the new card) and after "Make it an action" (the
// new action) instead of falling to the page. Screenshots: test-output/screens/keyboard-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Id, Workshop } from '../../shared/model';
import { pickUpWithKeyboard } from './support/keyboard-drag';
import { openPhaseTab } from './support/phase-tab';
import { readSavedWorkshop } from './support/saved-workshop';
import { buildWorkshop, extendWorkshop } from './support/seed-workshop';
import { startSeededSession } from './support/seeded-session';
import { outputDir } from './support/serve';
import { sessionForTests } from './support/session';

const eventually = expect.poll;
const TITLE = 'Moving house with Northwind Water';

/** What has the keyboard's focus: its text or name, and where it is. */
async function focused(page: Page): Promise<{ readonly name: string; readonly id: string; readonly testId: string; readonly inBoard: boolean; readonly cardId: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      id: el?.id ?? '',
      testId: el?.dataset['testid'] ?? el?.closest<HTMLElement>('[data-testid]')?.dataset['testid'] ?? '',
      inBoard: el?.closest('#board-grid') !== null && el?.closest('#board-grid') !== undefined,
      cardId: el?.dataset['cardId'] ?? '',
    };
  });
}

/** Presses Tab `times` times, counting them for the reader of the test. */
async function tab(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press('Tab');
}

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir('screens'), `keyboard-${name}.png`) });
}

describe('after creating a workshop', () => {
  const session = sessionForTests();

  it('puts the focus on the new workshop’s heading, not on the page', async () => {
    await session.page.getByTestId('new-workshop-title').fill(TITLE);
    await session.page.getByTestId('new-workshop-title').press('Enter');
    await session.page.getByTestId('workshop-title').waitFor();
    await eventually(async () => (await focused(session.page)).testId).toBe('workshop-title');
  });

  it('reaches the title in 2 Tabs from page load, through “Skip to the Frame screen”', async () => {
    await session.page.reload();
    await session.page.getByTestId('frame-title').waitFor();
    await tab(session.page);
    expect((await focused(session.page)).name).toBe('Skip to the Frame screen');
    await snap(session.page, 'skip-link');
    await session.page.keyboard.press('Enter');
    expect((await focused(session.page)).id).toBe('phase-panel');
    await tab(session.page);
    expect(await session.page.getByTestId('frame-title').evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  it('reaches “New stage” in 2 Tabs from page load', async () => {
    await session.page.reload();
    await session.page.getByTestId('frame-title').waitFor();
    await tab(session.page, 2);
    expect((await focused(session.page)).name).toBe('Skip to New stage');
    await session.page.keyboard.press('Enter');
    expect((await focused(session.page)).id).toBe('new-stage');
    await session.page.keyboard.type('Move in');
    await session.page.keyboard.press('Enter');
    await eventually(() => session.page.getByRole('textbox', { name: 'Name of stage 8' }).inputValue()).toBe('Move in');
  });
});

/**
 * Front line's cards: two in Discover × Web, one in Choose × Web, one in Discover × App. Two fixes to
 * make actions of.
 */
function boardWorkshop(): Workshop {
  const start = buildWorkshop(TITLE, (w) => [{ type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' }]);
  const team = start.teams[0]?.id ?? '';
  const stage = (name: string) => start.stages.find((s) => s.name === name)?.id ?? '';
  const channel = (name: string) => start.channels.find((c) => c.name === name)?.id ?? '';
  const card = (title: string, s: string, c: string): ClientCommand => ({ type: 'touchpoint/add', teamId: team, stageId: stage(s), channelId: channel(c), title });
  return extendWorkshop(start, () => [
    card('Price page', 'Discover', 'Web'),
    card('Plan finder', 'Discover', 'Web'),
    card('Compare tariffs', 'Choose', 'Web'),
    card('App store page', 'Discover', 'App'),
    { type: 'fix/add', teamId: team, title: 'Call back within the hour', touchpointIds: [], pillarIds: [], impact: 5, effort: 2 },
    { type: 'fix/add', teamId: team, title: 'Plain-English bills', touchpointIds: [], pillarIds: [], impact: 4, effort: 3 },
  ]);
}

describe('the board by keyboard', () => {
  const workshop = boardWorkshop();
  const idOf = (title: string): Id => workshop.touchpoints.find((t) => t.title === title)?.id ?? '';
  const session = sessionForTests(() => startSeededSession(workshop));

  beforeAll(async () => {
    await openPhaseTab(session.page, 'Map');
    await session.page.reload();
    await session.page.getByTestId('card').first().waitFor();
  });

  it('reaches the first card in 1 Tab from page load, through “Skip to the board”', async () => {
    await tab(session.page);
    expect((await focused(session.page)).name).toBe('Skip to the board');
    await snap(session.page, 'skip-to-board');
    await session.page.keyboard.press('Enter');
    expect((await focused(session.page)).cardId).toBe(idOf('Price page'));
    await snap(session.page, 'board-card-focused');
  });

  it('moves between cards and cells with the arrow keys', async () => {
    const go = async (key: string) => {
      await session.page.keyboard.press(key);
      return focused(session.page);
    };
    expect((await go('ArrowRight')).cardId).toBe(idOf('Compare tariffs'));
    expect((await go('ArrowLeft')).cardId).toBe(idOf('Price page'));
    expect((await go('ArrowDown')).cardId).toBe(idOf('Plan finder'));
    expect((await go('ArrowDown')).name).toBe('Add a touchpoint in Discover, Web');
    expect((await go('ArrowDown')).cardId).toBe(idOf('App store page'));
    expect((await go('ArrowUp')).name).toBe('Add a touchpoint in Discover, Web');
    expect((await go('ArrowUp')).cardId).toBe(idOf('Plan finder'));
    // The board's edge: nothing to the left of the first stage.
    expect((await go('ArrowLeft')).cardId).toBe(idOf('Plan finder'));
  });

  it('is one Tab stop: Tab leaves the board, Shift+Tab comes back to the card last reached', async () => {
    await tab(session.page);
    expect((await focused(session.page)).inBoard).toBe(false);
    await session.page.keyboard.press('Shift+Tab');
    expect((await focused(session.page)).cardId).toBe(idOf('Plan finder'));
  });

  it('still picks a card up with Space, the arrows then moving the card, and keeps the focus on it', async () => {
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('ArrowDown');
    expect((await focused(session.page)).cardId).toBe(idOf('App store page'));
    await pickUpWithKeyboard(session.page);
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('Space');
    await eventually(() => session.page.getByTestId('cell-Choose-App').getByTestId('card').count()).toBe(1);
    await eventually(async () => (await focused(session.page)).cardId).toBe(idOf('App store page'));
    await eventually(() => readSavedWorkshop(session.app.dataDir).touchpoints.find((t) => t.id === idOf('App store page'))?.stageId).toBe(
      workshop.stages[1]?.id,
    );
  });

  it('puts the focus on the new card after a drop from the palette', async () => {
    await session.page.getByTestId('palette-Web page').focus();
    await pickUpWithKeyboard(session.page);
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('Space');
    await eventually(async () => (await focused(session.page)).name).toMatch(/^Web page, /);
    const now = await focused(session.page);
    expect(now.inBoard).toBe(true);
    expect(workshop.touchpoints.some((t) => t.id === now.cardId)).toBe(false);
    await snap(session.page, 'palette-drop-focus');
  });

  it('puts the focus on the new action after “Make it an action”', async () => {
    await openPhaseTab(session.page, 'Plan');
    await session.page.getByRole('button', { name: '“Plain-English bills”: make it an action' }).focus();
    await session.page.keyboard.press('Enter');
    await session.page.getByTestId('action-item').waitFor();
    await eventually(() => session.page.getByTestId('action-item').evaluate((item) => item.contains(document.activeElement))).toBe(true);
    await snap(session.page, 'new-action-focus');
  });
});
