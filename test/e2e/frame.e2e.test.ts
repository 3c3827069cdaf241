// Framing a workshop in a real browser: details save on Enter, stages come and go with their cards (and come back with Undo), refusals show.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPhaseTab } from './support/phase-tab';
import { outputDir } from './support/serve';
import { sessionForTests, startSampleSession } from './support/session';

const opened = sessionForTests(startSampleSession);

beforeAll(async () => {
  await opened.page.getByRole('tab', { name: 'Frame' }).click();
  await opened.page.getByTestId('frame-stage-list').waitFor();
});

const stageNames = () => opened.page.getByTestId('frame-stage-list').locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

describe('the Frame screen', () => {
  it('saves the title on Enter and refuses an empty one where it was typed', async () => {
    const title = opened.page.getByTestId('frame-title');
    await title.fill('');
    await title.press('Enter');
    await expect.poll(() => opened.page.getByText('A name cannot be empty.').isVisible()).toBe(true);
    await title.fill('Broadband switching');
    await title.press('Enter');
    await expect.poll(() => opened.page.getByTestId('workshop-title').innerText()).toBe('Broadband switching');
    expect(await opened.page.title()).toBe('Broadband switching — Journey Room');
  });

  it('says how many touchpoints go with a stage, removes them, and Undo brings them back', async () => {
    const before = await stageNames();
    await opened.page.getByRole('button', { name: 'Remove stage Installation' }).click();
    const dialog = opened.page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toMatch(/\d+ touchpoints placed in it .* Undo brings them all back/);
    await opened.page.screenshot({ path: join(outputDir('screens'), 'frame-remove-stage.png') });
    await dialog.getByRole('button', { name: 'Remove stage' }).click();
    await expect.poll(stageNames).toEqual(before.filter((name) => name !== 'Installation'));

    await opened.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stageNames).toEqual(before);
    await openPhaseTab(opened.page, 'Map');
    await opened.page.getByTestId('team-switcher').selectOption({ label: 'Network & Field' });
    expect(await opened.page.getByTestId('cell-Installation-Home visit').getByTestId('card').count()).toBeGreaterThan(0);
    await opened.page.getByRole('tab', { name: 'Frame' }).click();
  });

  it('moves a stage later and adds a channel', async () => {
    await opened.page.getByRole('button', { name: 'Move Discover later' }).click();
    await expect.poll(async () => (await stageNames()).slice(0, 2)).toEqual(['Choose a plan', 'Discover']);
    await opened.page.getByPlaceholder('New channel').fill('Letter');
    await opened.page.getByRole('button', { name: 'Add channel' }).click();
    await expect
      .poll(() => opened.page.getByTestId('frame-channel-list').locator('input').last().inputValue())
      .toBe('Letter');
  });

  it('shows why a team with cards cannot be removed', async () => {
    await opened.page.getByRole('button', { name: 'Remove team Sales & Onboarding' }).click();
    await expect.poll(() => opened.page.getByTestId('frame-team-list').getByRole('alert').innerText()).toMatch(/still has/);
  });

  it('switches to the four pillars and shows what each means', async () => {
    await opened.page.getByTestId('framework-four-pillars').check();
    await expect.poll(() => opened.page.getByTestId('framework-four-pillars').isChecked()).toBe(true);
    await opened.page.getByRole('tab', { name: 'Rate' }).click();
    await expect.poll(() => opened.page.getByRole('columnheader', { name: 'Empathy' }).count()).toBeGreaterThan(0);
    expect(await opened.page.getByRole('columnheader', { name: 'Expectations' }).count()).toBe(0);
    await opened.page.getByRole('tab', { name: 'Frame' }).click();
    await opened.page.screenshot({ path: join(outputDir('screens'), 'frame.png'), fullPage: true });
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
