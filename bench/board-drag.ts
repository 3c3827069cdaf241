/**
 * Board benchmarks in Chromium, dragging with the real mouse (playwright's
 * page.mouse, so dnd-kit's pointer sensor does the work it does for a person):
 *
 * - board.drag_frame_p95_ms: while a card glides across the Map in 60 pointer
 *   moves, the page records every requestAnimationFrame; the figure is the p95
 *   of the time between frames (goal ≤ 16.7 ms, one frame at 60 Hz).
 * - board.drop_render_p95_ms: from the pointerup that drops the card until
 *   the card is in its target cell's DOM, seen by a MutationObserver in the
 *   page (goal ≤ 16 ms). The page shows the move ahead of the host's answer.
 * - board.bare_dndkit_drag_frame_p95_ms: the drag-frame figure on a bare
 *   React + @dnd-kit page (bench/bare-dndkit) with the same grid and 400
 *   cards, built with vite into a temp folder and served on loopback: what
 *   the library costs on its own, for comparison. No goal.
 *
 * Which board: the Map shows one team at a time, and the large fixture gives
 * each of its 8 teams 50 cards, so its Map holds 50 cards. The headline
 * figures therefore use the fixture reshaped so Team 1 holds all 400
 * touchpoints (a board with 400 cards, as the issue asks); the same figures
 * for the untouched fixture (50 cards on the Map) come out as
 * board.team50_drag_frame_p95_ms and board.team50_drop_render_p95_ms. With
 * "All teams" chosen on the untouched fixture, the Map shows all 8 teams'
 * 400 cards, each tagged with its team: board.all_teams_drop_render_p95_ms.
 *
 * Headless Chromium paces frames at 60 Hz, so the frame gaps are multiples
 * of 16.67 ms: a p95 of 16.67 ms means fewer than 1 frame in 20 was missed
 * (a missed frame shows as a 33.3 ms gap), not that none was. The share of
 * missed frames is reported beside it (board.drag_missed_frames_pct, and
 * board.bare_dndkit_missed_frames_pct for the bare page). Both pages are
 * served cross-origin isolated (the app's own server always sends the
 * headers for it; the bare page's preview server is told to), which gives
 * performance.now() its fine resolution: without it Chromium rounds to 0.1
 * ms with jitter, and an on-time 16.67 ms frame reads as 16.6 or 16.8.
 * With 20 drops per board, the drop p95 by nearest rank is the second
 * slowest drop (with 10 it was the slowest, which on a busy 2-core machine
 * measured the machine's worst moment more than the board).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import type { Workshop } from '../shared/model';
import { launchBrowser } from '../test/e2e/support/browser';
import type { Benchmark, Figure } from './benchmark';
import { openLargeHost } from './large-store';
import { percentile, round } from './stats';

const WARMUP = 1;
const DRAGS = 20;
const STEPS = 60;
const VIEWPORT = { width: 1280, height: 720 };

/**
 * A page's board: one row of cells that are on screen, left to right, and
 * the class that marks the cell under the pointer. A card travels between
 * the leftmost cell that holds one and the row's last cell.
 */
interface Board {
  readonly page: Page;
  readonly row: readonly string[];
  readonly overClass: string;
}

interface DragSamples {
  readonly frames: number[];
  readonly drops: number[];
}

/**
 * Starts recording animation frames in the page. Kept as text: tsx would wrap
 * the recursive frame callback in a naming helper that the page lacks.
 */
const START_FRAMES = `(() => {
  const state = { times: [], running: true };
  window.jrFrames = state;
  requestAnimationFrame(function tick(time) {
    state.times.push(time);
    if (state.running) requestAnimationFrame(tick);
  });
})()`;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

/** Stops recording and returns the time between consecutive frames. */
async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const state = (window as unknown as { jrFrames: { times: number[]; running: boolean } }).jrFrames;
    state.running = false;
    return state.times.slice(1).map((time, i) => time - (state.times[i] ?? time));
  });
}

/** Watches `cellTestId` for the card `cardId`, timing from the next pointerup. */
async function armDropTimer(page: Page, cellTestId: string, cardId: string): Promise<void> {
  await page.evaluate(
    ([cellId, id]) => {
      const cell = document.querySelector(`[data-testid="${CSS.escape(cellId)}"]`);
      if (!cell) throw new Error(`No cell ${cellId} on the page.`);
      let start = 0;
      window.addEventListener(
        'pointerup',
        () => {
          start = performance.now();
        },
        { capture: true, once: true },
      );
      (window as unknown as { jrDrop: Promise<number> }).jrDrop = new Promise<number>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('The dropped card did not appear within 5 s.')), 5000);
        const observer = new MutationObserver(() => {
          if (start > 0 && cell.querySelector(`[data-card-id="${CSS.escape(id)}"]`)) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - start);
          }
        });
        observer.observe(cell, { subtree: true, childList: true });
      });
    },
    [cellTestId, cardId] as const,
  );
}

/** Nudges the pointer by a pixel, as releaseOver in the e2e support does, until the target shows it is under it. */
async function waitUntilOver(page: Page, selector: string, overClass: string, at: { x: number; y: number }): Promise<void> {
  const deadline = Date.now() + 5000;
  let nudge = 1;
  while ((await page.locator(`${selector}.${overClass}`).count()) === 0) {
    if (Date.now() > deadline) throw new Error(`The drag never showed ${selector} as the drop target.`);
    nudge = -nudge;
    await page.mouse.move(at.x + nudge, at.y, { steps: 1 });
    await page.waitForTimeout(25);
  }
}

async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen.`);
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 16) };
}

/** Drags one card back and forth between two cells; returns frame gaps during the glides and drop times. */
async function measureDrags(board: Board): Promise<DragSamples> {
  const { page, overClass } = board;
  const samples: DragSamples = { frames: [], drops: [] };
  if (!(await page.evaluate(() => crossOriginIsolated))) {
    throw new Error('The page is not cross-origin isolated, so its timer is too coarse to time frames.');
  }
  const cellSelector = (id: string) => `[data-testid="${id}"]`;
  let first: string | undefined;
  for (const cell of board.row.slice(0, -1)) {
    if ((await page.locator(`${cellSelector(cell)} [data-testid="card"]`).count()) > 0) {
      first = cell;
      break;
    }
  }
  const last = board.row[board.row.length - 1];
  if (!first || !last) throw new Error('No card on the board row to drag.');
  const cardId = await page.locator(`${cellSelector(first)} [data-testid="card"]`).first().getAttribute('data-card-id');
  if (!cardId) throw new Error(`No card in ${first}.`);
  let [from, to] = [first, last];
  for (let i = 0; i < WARMUP + DRAGS; i++) {
    // With every team shown, cells are tall: a card that landed low in one may be below the window.
    await page.locator(`[data-card-id="${cardId}"]`).scrollIntoViewIfNeeded();
    const start = await centre(page, `[data-card-id="${cardId}"]`);
    const end = await centre(page, cellSelector(to));
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 12, start.y + 12, { steps: 3 });
    await startFrames(page);
    await page.mouse.move(end.x, end.y, { steps: STEPS });
    await waitUntilOver(page, cellSelector(to), overClass, end);
    const frames = await stopFrames(page);
    await armDropTimer(page, to, cardId);
    await page.mouse.up();
    const drop = await page.evaluate(() => (window as unknown as { jrDrop: Promise<number> }).jrDrop);
    if (i >= WARMUP) {
      samples.frames.push(...frames);
      samples.drops.push(drop);
    }
    [from, to] = [to, from];
  }
  return samples;
}

/** The large fixture's Web row as far as a 1280 px window shows it. */
const APP_ROW = ['Discover', 'Research', 'Choose', 'Buy', 'Receive', 'Use', 'Get help'].map((stage) => `cell-${stage}-Web`);
const BARE_ROW = Array.from({ length: 7 }, (_, stage) => `cell-0-${stage}`);

/** Team 1 gets every touchpoint, so its Map holds all 400 cards. */
function oneTeamHoldsAll(workshop: Workshop): Workshop {
  const first = workshop.teams[0];
  if (!first) throw new Error('The large fixture has no teams.');
  return { ...workshop, touchpoints: workshop.touchpoints.map((touchpoint) => ({ ...touchpoint, teamId: first.id })) };
}

/** The app's Map for the large fixture, reshaped by `transform`; `allTeams` shows every team's cards at once. */
async function measureApp(
  browser: Browser,
  transform?: (workshop: Workshop) => Workshop,
  allTeams = false,
): Promise<DragSamples> {
  const { host, workshop, dispose } = await openLargeHost(transform);
  const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0 });
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(`${server.url}#/workshop/${encodeURIComponent(workshop.id)}`);
    await page.getByRole('tab', { name: /Map/ }).click();
    await page.getByTestId('cell-Discover-Web').waitFor();
    if (allTeams) {
      await page.getByRole('button', { name: 'All teams' }).click();
      await page.getByRole('list', { name: 'Teams on the board' }).waitFor();
    }
    return await measureDrags({ page, row: APP_ROW, overClass: 'board-cell-over' });
  } finally {
    await page.close();
    await server.close();
    await dispose();
  }
}

/** The bare @dnd-kit page, built for production into a temp folder and served on loopback. */
async function measureBare(browser: Browser): Promise<DragSamples> {
  const outDir = mkdtempSync(join(tmpdir(), 'jr-bare-dndkit-'));
  const root = join(import.meta.dirname, 'bare-dndkit');
  try {
    await build({ configFile: false, root, base: './', logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } } });
    const server = await preview({
      configFile: false,
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false, headers: CROSS_ORIGIN_ISOLATED },
    });
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('The bare dnd-kit page has no address.');
      await page.goto(url);
      await page.getByTestId('cell-0-0').waitFor();
      return await measureDrags({ page, row: BARE_ROW, overClass: 'cell-over' });
    } finally {
      await page.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The same timer resolution as the app's pages (see the top of this file). */
const CROSS_ORIGIN_ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const p95 = (samples: readonly number[]) => round(percentile(samples, 95));

/** Share of frame gaps longer than one and a half frames at 60 Hz: frames the page did not draw in time. */
function missedPct(gaps: readonly number[]): number {
  const missed = gaps.filter((gap) => gap > 25).length;
  return round((100 * missed) / Math.max(1, gaps.length), 1);
}

export const boardDragBenchmark: Benchmark = {
  name: 'board drag',
  async run() {
    const browser = await launchBrowser();
    try {
      const all = await measureApp(browser, oneTeamHoldsAll);
      const team = await measureApp(browser);
      const allTeams = await measureApp(browser, undefined, true);
      const bare = await measureBare(browser);
      const figures: Figure[] = [
        { name: 'board.drag_frame_p95_ms', value: p95(all.frames), unit: 'ms', goal: 16.7 },
        { name: 'board.drop_render_p95_ms', value: p95(all.drops), unit: 'ms', goal: 16 },
        { name: 'board.drag_missed_frames_pct', value: missedPct(all.frames), unit: '%' },
        { name: 'board.bare_dndkit_drag_frame_p95_ms', value: p95(bare.frames), unit: 'ms' },
        { name: 'board.bare_dndkit_missed_frames_pct', value: missedPct(bare.frames), unit: '%' },
        { name: 'board.team50_drag_frame_p95_ms', value: p95(team.frames), unit: 'ms', goal: 16.7 },
        { name: 'board.team50_drop_render_p95_ms', value: p95(team.drops), unit: 'ms', goal: 16 },
        { name: 'board.all_teams_drop_render_p95_ms', value: p95(allTeams.drops), unit: 'ms', goal: 16 },
      ];
      return figures;
    } finally {
      await browser.close();
    }
  },
};
