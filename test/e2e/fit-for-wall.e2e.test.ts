// Fit for the wall: every phase of the large workshop as the facilitator sees it on a 1280×720 projector
// and on a laptop at 150 % zoom (853×480 CSS px, 1.5 device pixels each), with no control drawn over
// another, none cut off out of reach, and no page scrolling sideways; and Fit to screen on the 8 × 6 board,
// which shows every card readable or, when that cannot fit, an overview of chips and counts that does.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLargeWorkshop } from '../fixtures/large-workshop';
import { openApp, type OpenedPage } from './support/browser';
import { layoutProblems } from './support/layout-checks';
import { openPhaseTab } from './support/phase-tab';
import { startSeededSession } from './support/seeded-session';
import { outputDir } from './support/serve';
import type { AppSession } from './support/session';

const large = createLargeWorkshop();
const PHASES = ['Frame', 'Map', 'Rate', 'Insights', 'Fixes', 'Vote', 'Plan', 'Export'] as const;
/** The smallest card title a room can read on a wall, in CSS pixels. */
const READABLE_PX = 12;

const SCREENS = [
  { label: '1280x720', viewport: { width: 1280, height: 720 }, scale: 1 },
  // A 1280×720 laptop window at 150 % zoom: the page sees 853×480 CSS pixels.
  { label: 'zoom150', viewport: { width: 853, height: 480 }, scale: 1.5 },
] as const;

let session: AppSession;

beforeAll(async () => {
  session = await startSeededSession(large);
});

afterAll(async () => {
  await session.close();
});

const openPhase = openPhaseTab;

/** The board's cards as drawn: whether each lies inside the visible board and the window, and its title's size. */
function cardReport(page: Page) {
  return page.locator('.board-scroll').evaluate((scroll) => {
    const area = scroll.getBoundingClientRect();
    return Array.from(scroll.querySelectorAll('[data-testid="card"]')).map((card) => {
      const box = card.getBoundingClientRect();
      const title = card.querySelector('.card-title');
      const titleStyle = title ? getComputedStyle(title) : null;
      return {
        name: card.getAttribute('aria-label') ?? '',
        inside:
          box.left >= area.left - 0.5 &&
          box.right <= Math.min(area.right, window.innerWidth) + 0.5 &&
          box.top >= area.top - 0.5 &&
          box.bottom <= Math.min(area.bottom, window.innerHeight) + 0.5 &&
          box.width > 4 &&
          box.height > 4,
        titleShown: titleStyle !== null && titleStyle.display !== 'none',
        fontSize: titleStyle ? parseFloat(titleStyle.fontSize) : 0,
        titleCut: title ? title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1 : true,
      };
    });
  });
}

/** The cell counts the overview shows, added up. */
function overviewCount(page: Page): Promise<number> {
  return page.locator('.board-cell').evaluateAll((cells) =>
    cells.reduce((sum, cell) => {
      // A cell's count is drawn (from its data-count) only where it has cards.
      const drawn = getComputedStyle(cell, '::before').content !== 'none';
      const count = Number(cell.getAttribute('data-count'));
      return sum + (drawn || count === 0 ? count : NaN);
    }, 0),
  );
}

/** Fit to screen, then waits until the board no longer scrolls (the fit settles after a short pause). */
async function fitToScreen(page: Page): Promise<void> {
  await page.getByTestId('zoom-fit').click();
  await expect.poll(() => page.getByTestId('zoom-fit').getAttribute('aria-pressed')).toBe('true');
  await expect
    .poll(() => page.locator('.board-scroll').evaluate((el) => Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth)))
    .toBe(0);
}

/** Every card readable on screen, or the overview with every card a chip on screen and the counts adding up. */
async function expectWholeBoardShown(page: Page, cardsOnBoard: number): Promise<'readable' | 'overview'> {
  const cards = await cardReport(page);
  expect(cards).toHaveLength(cardsOnBoard);
  expect(cards.filter((c) => !c.inside).map((c) => c.name)).toEqual([]);
  if (await page.getByTestId('board-overview-note').isVisible()) {
    expect(await page.getByTestId('board-overview-note').innerText()).toContain('Zoom in to read');
    expect(await overviewCount(page)).toBe(cardsOnBoard);
    return 'overview';
  }
  for (const card of cards) {
    expect(card.titleShown, card.name).toBe(true);
    expect(card.fontSize, card.name).toBeGreaterThanOrEqual(READABLE_PX);
    expect(card.titleCut, card.name).toBe(false);
  }
  return 'readable';
}

describe.each(SCREENS)('at $label', ({ label, viewport, scale }) => {
  let opened: OpenedPage;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(outputDir('screens'), `fit-wall-${label}-${name}.png`) });

  beforeAll(async () => {
    opened = await openApp(session.browser, `${session.app.url}#/workshop/${encodeURIComponent(large.id)}`, viewport, { deviceScaleFactor: scale });
    page = opened.page;
    await page.getByRole('tab', { name: 'Frame', exact: true }).waitFor();
  });

  afterAll(async () => {
    await opened.context.close();
  });

  it.each(PHASES)('shows %s with every control on screen or scrollable to, none over another', async (phase) => {
    await openPhase(page, phase);
    // Each screen draws its content just after the tab changes: the check is repeated until it holds.
    await expect.poll(() => layoutProblems(page), { timeout: 5000 }).toEqual([]);
    await shot(`${PHASES.indexOf(phase) + 1}-${phase.toLowerCase()}`);
  });

  it('fits one team’s 8 × 6 board to the screen, every card on screen', async () => {
    await openPhase(page, 'Map');
    expect(await page.locator('.board-stage').count()).toBe(8);
    expect(await page.locator('.board-channel').count()).toBe(6);
    const teamCards = large.touchpoints.filter((t) => t.teamId === large.teams[0]?.id).length;
    await fitToScreen(page);
    // Up to 4 cards share a cell here: readable where they fit, an overview where they do not.
    await expectWholeBoardShown(page, teamCards);
    expect(await layoutProblems(page)).toEqual([]);
    await shot('board-fit-team');
  });

  it('shows every team’s 400 cards as an overview that fits, and the cards again at a zoom step', async () => {
    // The palette and lens fold away while fitting: back to a zoom to choose All teams.
    await page.getByTestId('zoom-reset').click();
    await page.getByRole('button', { name: 'All teams' }).click();
    await fitToScreen(page);
    expect(await expectWholeBoardShown(page, large.touchpoints.length)).toBe('overview');
    expect(await layoutProblems(page)).toEqual([]);
    await shot('board-fit-all-teams');
    await page.getByTestId('zoom-in').click();
    await expect.poll(() => page.getByTestId('board-overview-note').count()).toBe(0);
    expect(await page.locator('.board-grid .card-title').first().isVisible()).toBe(true);
    await page.getByTestId('zoom-fit').click();
    await page.getByTestId('zoom-reset').click();
    await page.getByRole('button', { name: 'Team 1', exact: true }).click();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});
