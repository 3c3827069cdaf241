// Framing a workshop in a real browser: details save on Enter, stages come and go with their cards (and come back with Undo), refusals show.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPhaseTab } from './support/phase-tab';
import { outputDir } from './support/serve';
import { startSession, type AppSession } from './support/session';

let opened: AppSession;
let page: Page;

beforeAll(async () => {
  opened = await startSession();
  page = opened.page;
  await page.getByTestId('open-sample').click();
  await page.getByTestId('workshop-title').waitFor();
  await page.getByRole('tab', { name: 'Frame' }).click();
  await page.getByTestId('frame-stage-list').waitFor();
});

afterAll(async () => {
  await opened.close();
});

const stageNames = () => page.getByTestId('frame-stage-list').locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

describe('the Frame screen', () => {
  it('saves the title on Enter and refuses an empty one where it was typed', async () => {
    const title = page.getByTestId('frame-title');
    await title.fill('');
    await title.press('Enter');
    await expect.poll(() => page.getByText('A name cannot be empty.').isVisible()).toBe(true);
    await title.fill('Broadband switching');
    await title.press('Enter');
    await expect.poll(() => page.getByTestId('workshop-title').innerText()).toBe('Broadband switching');
    expect(await page.title()).toBe('Broadband switching — Journey Room');
  });

  it('says how many touchpoints go with a stage, removes them, and Undo brings them back', async () => {
    const before = await stageNames();
    await page.getByRole('button', { name: 'Remove stage Installation' }).click();
    const dialog = page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toMatch(/\d+ touchpoints placed in it .* Undo brings them all back/);
    await page.screenshot({ path: join(outputDir('screens'), 'frame-remove-stage.png') });
    await dialog.getByRole('button', { name: 'Remove stage' }).click();
    await expect.poll(stageNames).toEqual(before.filter((name) => name !== 'Installation'));

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stageNames).toEqual(before);
    await openPhaseTab(page, 'Map');
    await page.getByTestId('team-switcher').selectOption({ label: 'Network & Field' });
    expect(await page.getByTestId('cell-Installation-Home visit').getByTestId('card').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Frame' }).click();
  });

  it('moves a stage later and adds a channel', async () => {
    await page.getByRole('button', { name: 'Move Discover later' }).click();
    await expect.poll(async () => (await stageNames()).slice(0, 2)).toEqual(['Choose a plan', 'Discover']);
    await page.getByPlaceholder('New channel').fill('Letter');
    await page.getByRole('button', { name: 'Add channel' }).click();
    await expect
      .poll(() => page.getByTestId('frame-channel-list').locator('input').last().inputValue())
      .toBe('Letter');
  });

  it('shows why a team with cards cannot be removed', async () => {
    await page.getByRole('button', { name: 'Remove team Sales & Onboarding' }).click();
    await expect.poll(() => page.getByTestId('frame-team-list').getByRole('alert').innerText()).toMatch(/still has/);
  });

  it('switches to the four pillars and shows what each means', async () => {
    await page.getByTestId('framework-four-pillars').check();
    await expect.poll(() => page.getByTestId('framework-four-pillars').isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'Rate' }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Empathy' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('columnheader', { name: 'Expectations' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Frame' }).click();
    await page.screenshot({ path: join(outputDir('screens'), 'frame.png'), fullPage: true });
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
