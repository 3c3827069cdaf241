// Ratings and insights in a real browser: rate by keyboard alone, silent mode until the reveal, the heatmap read back against the saved workshop,
// scores coloured from the scale's high-contrast set when the system asks for more contrast, and bad weights or pillar names refused.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { heatmap, stageScores } from '../../shared/selectors';
import { hexToRgb } from '../../shared/present/colour';
import { scoreColour, scoreLegend, type ScoreLook } from '../../shared/present/score-colours';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import { startSession, type AppSession } from './support/session';

let opened: AppSession;
let page: Page;
/** The first card of the first team on the Rate screen. */
let cardTitle = '';

beforeAll(async () => {
  opened = await startSession();
  page = opened.page;
  await page.getByTestId('open-sample').click();
  await page.getByTestId('workshop-title').waitFor();
});

afterAll(async () => {
  await opened.close();
});

async function snap(name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir('screens'), `insights-${name}.png`) });
}

async function openPhase(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

async function allSaved(): Promise<void> {
  await waitUntilSaved(page);
}

/** The workshop as the store saved it: the figures on screen must match what the selectors make of it. */
function savedWorkshop(): Workshop {
  return readSavedWorkshop(opened.app.dataDir);
}

function heatRow(title: string): Locator {
  return page.getByTestId('heatmap').locator('tbody tr', { has: page.locator('th', { hasText: title }) }).first();
}

/** The row's figures as a person reads them: scrolled to first, since rows out of sight are drawn only once they come near. */
async function cellTexts(row: Locator): Promise<string[]> {
  await row.scrollIntoViewIfNeeded();
  return row.locator('td').allInnerTexts();
}
const expected = (average: number | null) => (average === null ? '–' : average.toFixed(1));

/** The heatmap row of a card as the selectors compute it, for all teams (undefined) or one. */
function expectedRow(title: string, teamId?: string): string[] {
  const w = savedWorkshop();
  const row = heatmap(w, teamId).find((r) => r.touchpoint.title === title);
  if (!row) throw new Error(`No heatmap row for ${title}.`);
  return [...row.pillars.map((c) => expected(c.average)), expected(row.average)];
}

describe('rating and insights', () => {
  it('rates a whole row by keyboard alone, ignoring keys off the scale', async () => {
    await openPhase('Rate');
    const first = page.getByTestId('rating-cell').first();
    cardTitle = ((await first.getAttribute('aria-label')) ?? '').split(' — ')[0] ?? '';
    expect(cardTitle).not.toBe('');
    await first.focus();
    for (const key of ['1', 'ArrowRight', '1', 'ArrowRight', '2', 'ArrowRight', '1', 'ArrowRight', '0', 'ArrowRight', '1']) {
      await page.keyboard.press(key);
    }
    // 7 and 9 are off the 1–5 scale: the cell keeps its 1.
    await page.keyboard.press('7');
    await page.keyboard.press('9');
    const row = async () => (await page.getByTestId('rating-cell').allInnerTexts()).slice(0, 6);
    await expect.poll(row).toEqual(['1', '1', '2', '1', 'N/A', '1']);
    await allSaved();
    expect(await page.getByTestId('rating-silent').innerText()).toContain('Silent rating');

    // A note on the rating in focus (the last cell typed into), saved with Enter.
    await page.getByTestId('rating-note').fill('Postcode lookup fails for new builds.');
    await page.getByTestId('rating-note').press('Enter');
    await allSaved();
    await expect
      .poll(() => savedWorkshop().ratings.filter((r) => r.note !== '').map((r) => [r.pillarId, r.score, r.note]))
      .toEqual([['time-effort', 1, 'Postcode lookup fails for new builds.']]);
    await snap('rate');
  });

  it('shows only the team’s own ratings while rating is silent', async () => {
    await openPhase('Insights');
    await expect.poll(() => page.getByTestId('insights-scope').innerText()).toBe('Sales & Onboarding’s ratings');
    expect(await page.getByTestId('silent-notice').isVisible()).toBe(true);
    // The team's own scores only: 1, 1, 2, 1, N/A (no score) and 1 → average 6/5.
    await expect.poll(() => cellTexts(heatRow(cardTitle))).toEqual(['1.0', '1.0', '2.0', '1.0', '–', '1.0', '1.2']);
    expect(await page.getByText('Shown once every team’s ratings are revealed.').isVisible()).toBe(true);
    await snap('silent');
  });

  it('reveals every team’s ratings and reads the combined heatmap', async () => {
    await page.getByTestId('reveal-ratings').click();
    await expect.poll(() => page.getByTestId('insights-scope').innerText()).toBe('all teams combined');
    await allSaved();
    const combined = expectedRow(cardTitle);
    await expect.poll(() => cellTexts(heatRow(cardTitle))).toEqual(combined);
    // The other teams rated this card higher, so the room sees the card on the list to discuss.
    expect(combined).not.toEqual(['1.0', '1.0', '2.0', '1.0', '–', '1.0', '1.2']);
    expect(await page.getByTestId('disagreements').innerText()).toContain(cardTitle);
    expect(await page.getByTestId('journey-curve').isVisible()).toBe(true);
    await snap('revealed');
    await page.getByTestId('stage-matrix').scrollIntoViewIfNeeded();
    await snap('matrix');
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await snap('heatmap');

    // One team at a time, still from the same selectors.
    const w = savedWorkshop();
    const second = w.teams[1];
    if (!second) throw new Error('The sample has a second team.');
    await page.getByTestId('insights-team').selectOption({ label: `${second.name} only` });
    await expect.poll(() => cellTexts(heatRow(cardTitle))).toEqual(expectedRow(cardTitle, second.id));
    await page.getByTestId('insights-team').selectOption({ label: 'All teams combined' });

    // Undo puts silent rating back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('insights-scope').innerText()).toBe('Sales & Onboarding’s ratings');
    await page.getByTestId('reveal-ratings').click();
    await expect.poll(() => page.getByTestId('insights-scope').innerText()).toBe('all teams combined');
  });

  it('colours scores from the scale’s high-contrast set when the system asks for more contrast, and back', async () => {
    /** A colour as the browser computes it: "#b35806" → "rgb(179, 88, 6)". */
    const rgb = (hex: string) => `rgb(${hexToRgb(hex).join(', ')})`;
    const background = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    /** A cell's colours against the scale's for its score in the look. */
    async function colouredAs(cell: Locator, score: number | null, look: ScoreLook): Promise<void> {
      const { background: band, text } = scoreColour(score, look);
      const shown = await cell.innerText();
      expect(await background(cell), shown).toBe(rgb(band));
      expect(await cell.evaluate((el) => getComputedStyle(el).color), shown).toBe(rgb(text));
    }
    const heatCell = heatRow(cardTitle).locator('td').first();
    const heatAverage = heatmap(savedWorkshop()).find((r) => r.touchpoint.title === cardTitle)?.pillars[0]?.average ?? null;
    const legend = page.locator('.heat-legend-item');
    const legendBackgrounds = () => legend.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    const rateCell = page.getByTestId('rating-cell').filter({ hasText: /^[1-5]$/ }).first();

    await openPhase('Insights');
    await heatCell.scrollIntoViewIfNeeded();
    await colouredAs(heatCell, heatAverage, 'normal');
    await page.emulateMedia({ contrast: 'more' });
    await expect.poll(legendBackgrounds).toEqual(scoreLegend('high').map((b) => rgb(b.background)));
    await colouredAs(heatCell, heatAverage, 'high');
    const firstStage = stageScores(savedWorkshop())[0]?.pillars[0]?.average ?? null;
    await colouredAs(page.getByTestId('stage-matrix').locator('td.heat-cell').first(), firstStage, 'high');
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await snap('heatmap-high-contrast');

    await openPhase('Rate');
    await rateCell.waitFor();
    const rated = Number(await rateCell.innerText());
    await colouredAs(rateCell, rated, 'high');
    await snap('rate-high-contrast');

    await page.emulateMedia({ contrast: 'no-preference' });
    await expect.poll(() => background(rateCell)).toBe(rgb(scoreColour(rated, 'normal').background));
    await colouredAs(rateCell, rated, 'normal');
  });

  it('refuses weights that do not add up to 100 and a pillar name already in use', async () => {
    await openPhase('Frame');
    const editor = page.getByTestId('pillar-editor');
    await editor.scrollIntoViewIfNeeded();
    await page.getByTestId('pillar-weight-0').fill('40');
    await expect.poll(() => page.getByTestId('weight-total').innerText()).toBe(
      'Total: 126 % — the weights need to add up to 100 %.',
    );
    await page.getByTestId('save-weights').click();
    await expect.poll(() => page.getByTestId('weight-error').innerText()).toBe(
      'The weights add up to 126 %; they need to add up to 100 %.',
    );
    expect(savedWorkshop().framework.pillars.map((p) => p.weight)).toEqual([14, 14, 14, 14, 30, 14]);

    await page.getByRole('button', { name: 'Equal weights' }).click();
    await expect.poll(() => page.getByTestId('weight-total').innerText()).toBe('Total: 100 %');
    await page.getByTestId('save-weights').click();
    await allSaved();
    await expect.poll(() => savedWorkshop().framework.pillars.map((p) => p.weight)).toEqual([16.67, 16.67, 16.67, 16.67, 16.67, 16.65]);

    const name = page.getByTestId('pillar-name-1');
    await name.fill('INTEGRITY');
    await name.press('Enter');
    await expect.poll(() => editor.getByText('There is already a pillar called “INTEGRITY”.', { exact: false }).isVisible()).toBe(true);
    expect(savedWorkshop().framework.pillars.map((p) => p.name)).toContain('Resolution');
    await editor.scrollIntoViewIfNeeded();
    await snap('frame-weights');
    await name.press('Escape');
  });

  it('adds and describes the room’s own pillar, which starts at weight 0', async () => {
    await page.getByTestId('new-pillar-name').fill('Accessibility');
    await page.getByRole('button', { name: 'Add pillar' }).click();
    await expect.poll(() => page.getByTestId('pillar-name-6').inputValue()).toBe('Accessibility');
    expect(await page.getByTestId('pillar-weight-6').inputValue()).toBe('0');
    await page.getByTestId('pillar-summary-6').fill('Everyone can use it, whatever their needs.');
    await page.getByTestId('pillar-summary-6').press('Enter');
    await allSaved();
    await expect.poll(() => savedWorkshop().framework.pillars.at(-1)).toMatchObject({
      name: 'Accessibility',
      summary: 'Everyone can use it, whatever their needs.',
      weight: 0,
    });
    expect(await page.getByText('This workshop uses its own framework').isVisible()).toBe(true);
    await page.getByTestId('pillar-editor').scrollIntoViewIfNeeded();
    await snap('frame-custom');
  });

  it('counts nothing silently when a pillar is removed, and never leaves the app', async () => {
    await page.getByRole('button', { name: 'Remove Time & Effort' }).click();
    await allSaved();
    await openPhase('Insights');
    await expect.poll(() => page.getByTestId('uncounted').innerText()).toMatch(
      /^\d+ ratings are not counted because their pillar is not in this framework\./,
    );
    await snap('uncounted');
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
