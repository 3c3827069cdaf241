// Restore points in a real browser against the real server: History… says there are none yet; after some
// changes and a stage removed with its cards, it lists the point kept before the removal by name; going back to
// it (after a confirmation saying what happens) brings the stage and its cards back, on screen and on disk, and
// Ctrl+Z takes the going back away again. A team's page offers no History at all. Times are written as the
// workshop writes them, not as the browser would.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { openTeamPage } from './support/room';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { buildWorkshop, dataDirWith } from './support/seed-workshop';
import { startSeededSession } from './support/seeded-session';
import { outputDir } from './support/serve';
import { openApp } from './support/browser';
import { startSession, type AppSession } from './support/session';

const CARDS = ['Basket page', 'Card payment', 'Order call'];

/** A blank journey with three cards in "Buy", one per channel. */
function checkout(): Workshop {
  return buildWorkshop('Checkout journey', (w) => {
    const buy = w.stages.find((s) => s.name === 'Buy')?.id ?? '';
    const team = w.teams[0]?.id ?? '';
    return CARDS.map((title, i) => ({ type: 'touchpoint/add', teamId: team, stageId: buy, channelId: w.channels[i]?.id ?? '', title }));
  });
}

let session: AppSession;
let page: Page;
const workshop = checkout();

const screenshot = (name: string) => page.screenshot({ path: join(outputDir('screens'), name) });
const stageNames = () =>
  page.getByTestId('frame-stage-list').locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const saved = () => readSavedWorkshop(session.app.dataDir);
const savedStage = (name: string) => saved().stages.find((s) => s.name === name);

/** The restore points the host has written to the disk so far (they are kept in the background). */
function pointKindsOnDisk(): string[] {
  const index = join(session.app.dataDir, 'restore-points', workshop.id, 'index.json');
  if (!existsSync(index)) return [];
  const read = JSON.parse(readFileSync(index, 'utf8')) as { points: { kind: string }[] };
  return read.points.map((p) => p.kind);
}

beforeAll(async () => {
  session = await startSeededSession(workshop);
  page = session.page;
  await page.getByRole('tab', { name: 'Frame' }).click();
  await page.getByTestId('frame-stage-list').waitFor();
});

afterAll(async () => {
  await session.close();
});

describe('History… on the facilitator’s page', () => {
  it('says plainly that there are no restore points yet, and Escape closes it where it was opened', async () => {
    await page.getByTestId('open-history').click();
    const dialog = page.getByTestId('history-dialog');
    await expect.poll(() => dialog.innerText()).toContain('No restore points yet');
    expect(await dialog.innerText()).toContain(
      'Journey Room keeps one every five minutes while people work, and before any step that takes a lot away.',
    );
    expect(await page.getByRole('dialog', { name: 'History' }).count()).toBe(1);
    await screenshot('history-empty.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await activeTestId()).toBe('open-history');
  });

  it('lists the point kept before a stage was removed with its cards, and goes back to it', async () => {
    // Some work: the first change also keeps an automatic point.
    await page.getByTestId('frame-title').fill('Checkout journey, spring');
    await page.getByTestId('frame-title').press('Enter');
    await page.getByPlaceholder('New stage').fill('Compare');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect.poll(stageNames).toContain('Compare');
    await page.getByRole('button', { name: 'Remove stage Buy' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Remove stage' }).click();
    await expect.poll(stageNames).not.toContain('Buy');
    await waitUntilSaved(page);
    await expect.poll(pointKindsOnDisk).toContain('before-step');

    await page.getByTestId('open-history').click();
    const points = page.getByTestId('history-point');
    await points.first().waitFor();
    const newest = await points.first().innerText();
    expect(newest).toMatch(/^Today /);
    expect(newest).toContain('Before removing the stage “Buy” and its 3 cards');
    expect(newest).toContain('Since then: 3 cards removed, a stage removed');
    expect(await points.last().innerText()).toContain('Automatic');
    await screenshot('history-points.png');

    await points.first().getByRole('button', { name: 'Go back to this' }).click();
    const confirm = page.getByTestId('confirm-dialog');
    const question = await confirm.innerText();
    expect(question).toMatch(/The workshop goes back to how it was at \S.*\. You can undo this, and a restore point of now is kept first\./);
    expect(question).toContain('What changed since then is taken away: 3 cards removed, a stage removed.');
    await screenshot('history-confirm.png');
    await confirm.getByRole('button', { name: 'Go back', exact: true }).click();

    await expect.poll(() => page.getByTestId('history-dialog').count()).toBe(0);
    await expect.poll(() => page.getByTestId('toast').allInnerTexts()).toContainEqual(expect.stringMatching(/^Went back to .+\. Undo brings back what was there\.$/));
    await expect.poll(stageNames).toContain('Buy');
    await waitUntilSaved(page);
    const buy = savedStage('Buy');
    expect(buy).toBeDefined();
    expect(saved().touchpoints.filter((t) => t.stageId === buy?.id).map((t) => t.title).sort()).toEqual([...CARDS].sort());
    // The stage added before the removal was in the point too.
    expect(savedStage('Compare')).toBeDefined();
  });

  it('Ctrl+Z takes the going back away again', async () => {
    // Focus went back to History… when the dialog closed: not a field, so the shortcut is the app's.
    expect(await activeTestId()).toBe('open-history');
    await page.keyboard.press('Control+z');
    await expect.poll(stageNames).not.toContain('Buy');
    await expect.poll(stageNames).toContain('Compare');
    await waitUntilSaved(page);
    expect(savedStage('Buy')).toBeUndefined();
    expect(saved().touchpoints).toHaveLength(0);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('a team’s page', () => {
  it('offers no History: restore points are the facilitator’s', async () => {
    const teamId = workshop.teams[0]?.id ?? '';
    const team = await openTeamPage(session.browser, session.app, workshop.id, teamId, 'Noor');
    try {
      expect(await team.page.getByRole('button', { name: 'Undo' }).count()).toBe(1);
      expect(await team.page.getByTestId('open-history').count()).toBe(0);
      expect(await team.page.getByRole('button', { name: /History/ }).count()).toBe(0);
      expect(team.pageErrors).toEqual([]);
    } finally {
      await team.context.close();
    }
  });
});

interface SeededPoint {
  readonly at: string;
  readonly kind: 'auto' | 'before-step';
  readonly label: string;
}

/** A data folder holding the workshop and these restore points, as the host keeps them (restore-points/<id>/index.json and a copy each). */
function dataDirWithPoints(seeded: Workshop, seededPoints: readonly SeededPoint[]): string {
  const dataDir = dataDirWith(seeded);
  const folder = join(dataDir, 'restore-points', seeded.id);
  mkdirSync(folder, { recursive: true });
  const points = seededPoints.map((point, i) => {
    const id = `p${String(i)}`;
    writeFileSync(join(folder, `${id}.json`), JSON.stringify(seeded));
    return { id, ...point, bytes: 1000 };
  });
  writeFileSync(join(folder, 'index.json'), JSON.stringify({ version: 1, points }));
  return dataDir;
}

describe('a long history', () => {
  it('scrolls inside the dialog at 1280×720, with Close always in sight', async () => {
    // Twelve points a few minutes apart.
    const long = buildWorkshop('Long history', () => []);
    const dataDir = dataDirWithPoints(
      long,
      Array.from({ length: 12 }, (_, i) => {
        const at = new Date(Date.now() - (i + 1) * 4 * 60_000).toISOString();
        const kind = i % 4 === 1 ? 'before-step' : 'auto';
        const label = kind === 'auto' ? '' : `Before removing the stage “Stage ${String(i)}” and its ${String(i + 2)} cards`;
        return { at, kind, label };
      }),
    );

    const other = await startSession(dataDir);
    try {
      await other.page.getByRole('button', { name: 'Open Long history' }).click();
      await other.page.getByTestId('open-history').click();
      await other.page.getByTestId('history-point').first().waitFor();
      expect(await other.page.getByTestId('history-point').count()).toBe(12);
      const list = other.page.locator('.history-list');
      expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      const close = await other.page.getByTestId('history-dialog').getByRole('button', { name: 'Close' }).boundingBox();
      expect((close?.y ?? 999) + (close?.height ?? 0)).toBeLessThanOrEqual(720);
      await other.page.screenshot({ path: join(outputDir('screens'), 'history-long.png') });
    } finally {
      await other.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the time of a restore point', () => {
  it('is written the way the workshop writes times, not the way the browser would', async () => {
    // A British workshop (day first, a 24-hour clock) opened in an American browser.
    const british = { ...buildWorkshop('British history', () => []), locale: 'en-GB' };
    const dataDir = dataDirWithPoints(british, [
      { at: new Date(Date.now() - 60_000).toISOString(), kind: 'auto', label: '' },
      { at: '2025-03-05T15:07:00.000Z', kind: 'auto', label: '' },
    ]);
    const other = await startSession(dataDir);
    const american = await openApp(other.browser, other.app.url, undefined, { locale: 'en-US', timezoneId: 'UTC' });
    try {
      const { page } = american;
      // The browser is American indeed: its own way would be "Mar 5, 2025, 3:07 PM".
      expect(await page.evaluate(() => new Intl.DateTimeFormat().resolvedOptions().locale)).toBe('en-US');
      await page.getByRole('button', { name: 'Open British history' }).click();
      await page.getByTestId('open-history').click();
      const times = page.getByTestId('history-point').locator('time');
      await times.first().waitFor();
      // A minute ago: "Today 07:31" (or "Yesterday 23:59" just after midnight), never "7:31 AM".
      expect(await times.first().innerText()).toMatch(/^(Today|Yesterday) \d{2}:\d{2}$/);
      expect(await times.last().innerText()).toBe('Wed, 5 Mar 2025, 15:07');
      await page.getByTestId('history-point').last().getByRole('button', { name: 'Go back to this' }).click();
      expect(await page.getByTestId('confirm-dialog').innerText()).toContain('goes back to how it was on Wed, 5 Mar 2025 at 15:07.');
      await page.screenshot({ path: join(outputDir('screens'), 'history-workshop-locale.png') });
      expect(american.pageErrors).toEqual([]);
    } finally {
      await american.context.close();
      await other.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
