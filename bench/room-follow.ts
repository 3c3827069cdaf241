/**
 * room.follow_ms — the room following the facilitator: from the click on
 * "Next" in the facilitator's page until all 8 team pages (one per team of
 * the large fixture, each a Chromium page joined through the room) show the
 * new phase's tab and the room's note and have drawn the next frame (goal
 * ≤ 100 ms); each page draws the phase's screen just after. The room walks
 * the agenda from Map to Export twice; the first press warms up. Between
 * presses every page has drawn its screen and the room is quiet, as in a
 * real room that spends minutes in a phase. The median of the rest.
 *
 * All eight pages, the facilitator's page and the server share this
 * machine's cores, so each page's work waits on the others' — unlike a room,
 * where each device has its own.
 */
import type { Page } from 'playwright-core';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import { PHASES } from '../shared/model';
import { phaseLabel } from '../shared/present/phase-words';
import { launchBrowser } from '../test/e2e/support/browser';
import type { Benchmark } from './benchmark';
import { openLargeHost } from './large-store';
import { round } from './stats';
import { BENCH_ROOM_ADDRESS, connectPage, openRoom } from './ws-page';

const ROUNDS = 2;
const WARMUP = 1;
/** Quiet time after every page has drawn the phase's screen, before the next press. */
const SETTLE_MS = 500;

/** Starts watching for the phase's tab to be chosen; `followedAt` then resolves with the page's clock (ms since the epoch) after the frame that shows it. */
async function watchFor(page: Page, phase: string): Promise<void> {
  // As a script of its own: the bundler's helpers for named functions do not exist in the page.
  await page.evaluate(`{
    const shown = () => document.getElementById(${JSON.stringify(`phase-tab-${phase}`)})?.getAttribute('aria-selected') === 'true';
    window.followedAt = new Promise((resolve) => {
      const done = () => requestAnimationFrame(() => resolve(Date.now()));
      if (shown()) { done(); return; }
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['aria-selected'] });
    });
    // The script's value, so the page does not wait for the promise here.
    true;
  }`);
}

const followedAt = (page: Page) => page.evaluate(() => (window as unknown as { followedAt: Promise<number> }).followedAt);

export const roomFollowBenchmark: Benchmark = {
  name: 'the room following Next',
  async run() {
    const { host, workshop, dispose } = await openLargeHost((w) => ({ ...w, phase: 'map' }));
    const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0, roomAddresses: [BENCH_ROOM_ADDRESS], roomPort: 0 });
    const browser = await launchBrowser();
    const line = await connectPage(server.url);
    try {
      await openRoom(server, workshop.id);
      const joinUrls = server.room.status().room?.teamJoinUrls ?? [];
      const teams: Page[] = [];
      for (const [i, team] of joinUrls.entries()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        await page.goto(team.url);
        await page.getByTestId('join-name').fill(`Follower ${i + 1}`);
        await page.getByTestId('join-submit').click();
        await page.getByTestId('room-note').waitFor();
        teams.push(page);
      }
      const desk = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      await desk.goto(`${server.url}#/workshop/${encodeURIComponent(workshop.id)}`);
      const next = desk.getByTestId('room-next');

      const times: number[] = [];
      let n = 0;
      for (let r = 0; r < ROUNDS; r++) {
        if (r > 0) {
          await line.send('workshop/dispatch', { workshopId: workshop.id, command: { type: 'phase/set', phase: 'map' }, mutation: { clientId: 'bench-room-follow', n: r } });
          await Promise.all(teams.map((page) => page.locator('#phase-tab-map[aria-selected="true"]').waitFor()));
          await Promise.all(teams.map((page) => page.locator('#phase-panel:not([aria-busy="true"])').waitFor()));
          await desk.waitForTimeout(SETTLE_MS);
        }
        for (;;) {
          const label = (await next.count()) === 0 ? null : await next.innerText();
          if (label === null) break;
          const phase = PHASES.find((p) => `Next: ${phaseLabel(p)}` === label);
          if (!phase) throw new Error(`The Next button says "${label}", which is no phase of the agenda.`);
          await Promise.all(teams.map((page) => watchFor(page, phase)));
          const pressedAt = await next.evaluate((button: HTMLElement) => {
            const at = Date.now();
            button.click();
            return at;
          });
          const shownAt = await Promise.all(teams.map(followedAt));
          if (n++ >= WARMUP) times.push(Math.max(...shownAt) - pressedAt);
          await desk.locator(`#phase-tab-${phase}`).waitFor();
          await desk.getByTestId('room-next').or(desk.locator('.facilitation-end')).first().waitFor();
          await desk.waitForFunction((p) => document.querySelector('[data-testid="room-phase"]')?.textContent?.includes(p) ?? false, phaseLabel(phase));
          // A room spends minutes in a phase: the next press starts from pages that have drawn this phase's screen.
          await Promise.all(teams.map((page) => page.locator('#phase-panel:not([aria-busy="true"])').waitFor()));
          await desk.waitForTimeout(SETTLE_MS);
        }
      }
      times.sort((a, b) => a - b);
      return [{ name: 'room.follow_ms', value: round(times[Math.floor(times.length / 2)] ?? Number.NaN), unit: 'ms', goal: 100 }];
    } finally {
      line.socket.close();
      await browser.close();
      await server.close();
      await dispose();
    }
  },
};
