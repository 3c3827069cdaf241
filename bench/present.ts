/**
 * present.min_text_px — the smallest text on the projector's page, over all
 * of its states, at 1280×720 in Chromium (goal ≥ 24 px): the activity in
 * four phases (timers running and paused), the join code with the room
 * open, both "waiting for the reveal" states, the heatmap, the weakest
 * pillars and the vote results after their reveals, and the plan; each
 * with high contrast off and on. Large fixture: 8 stages, 6 pillars, 8
 * teams, 150 fixes, 40 voters, 30 actions.
 * present.axe_serious — axe-core's serious and critical findings (each
 * element counted) on those same states (goal 0).
 *
 * Each state's screenshot goes to test-output/screens/projector-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import type { ClientCommand } from '../shared/commands';
import { launchBrowser } from '../test/e2e/support/browser';
import { outputDir } from '../test/e2e/support/serve';
import { outsideWindow, seriousAxeFindings, smallestText } from '../test/e2e/support/wall-measure';
import type { Benchmark } from './benchmark';
import { openLargeHost } from './large-store';
import { BENCH_ROOM_ADDRESS, connectPage, openRoom } from './ws-page';

interface WallState {
  readonly name: string;
  readonly commands: readonly ClientCommand[];
  /** The projector's view once the state is on the wall (the page's data-view). */
  readonly view: string;
  /** Text the wall shows once this state has arrived. */
  readonly shows?: string;
  readonly openRoom?: boolean;
}

const STATES: readonly WallState[] = [
  { name: 'activity-map', commands: [{ type: 'phase/set', phase: 'map' }, { type: 'timer/start', seconds: 45 * 60 }], view: 'activity', shows: 'cards placed' },
  { name: 'activity-rate', commands: [{ type: 'phase/set', phase: 'rate' }, { type: 'timer/start', seconds: 30 * 60 }], view: 'activity', shows: 'rated every one' },
  { name: 'activity-vote-paused', commands: [{ type: 'phase/set', phase: 'vote' }, { type: 'timer/start', seconds: 15 * 60 }, { type: 'timer/pause' }], view: 'activity', shows: 'Paused' },
  { name: 'activity-plan', commands: [{ type: 'phase/set', phase: 'plan' }], view: 'activity', shows: 'an owner' },
  { name: 'join', commands: [{ type: 'phase/set', phase: 'map' }, { type: 'timer/start', seconds: 10 * 60 }, { type: 'projector/show', view: 'join' }], view: 'join', shows: 'Room code', openRoom: true },
  { name: 'waiting-heatmap', commands: [{ type: 'projector/show', view: 'heatmap' }], view: 'waiting', shows: 'heatmap comes after' },
  { name: 'waiting-votes', commands: [{ type: 'projector/show', view: 'votes' }], view: 'waiting', shows: 'results come after' },
  { name: 'heatmap', commands: [{ type: 'rating/reveal', revealed: true }, { type: 'projector/show', view: 'heatmap' }], view: 'heatmap' },
  { name: 'weakest', commands: [{ type: 'projector/show', view: 'weakest' }], view: 'weakest' },
  { name: 'votes', commands: [{ type: 'vote/reveal', revealed: true }, { type: 'projector/show', view: 'votes' }], view: 'votes' },
  { name: 'plan', commands: [{ type: 'projector/show', view: 'plan' }], view: 'plan' },
];

export interface WallReading {
  readonly state: string;
  readonly minTextPx: number;
  readonly smallest: string;
  readonly axe: number;
  readonly outside: readonly string[];
}

async function setContrast(page: Page, on: boolean): Promise<void> {
  const toggle = page.getByTestId('projector-contrast');
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await page.locator(on ? '.wall.wall-contrast' : '.wall:not(.wall-contrast)').waitFor();
}

/** Every state, measured; the readings per state for whoever wants to look closer. */
export async function readWall(log: (reading: WallReading) => void = () => undefined): Promise<readonly WallReading[]> {
  const { host, workshop, dispose } = await openLargeHost();
  const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0, roomAddresses: [BENCH_ROOM_ADDRESS], roomPort: 0 });
  const browser = await launchBrowser();
  const line = await connectPage(server.url);
  let n = 0;
  const dispatch = async (command: ClientCommand) => {
    n += 1;
    await line.send('workshop/dispatch', { workshopId: workshop.id, command, mutation: { clientId: 'bench-projector', n } });
  };
  const readings: WallReading[] = [];
  try {
    // The app's page refuses scripts it did not ship; axe is injected, so this context lets it in.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}#/present/${encodeURIComponent(workshop.id)}`);
    await page.getByTestId('projector-view').waitFor();
    const screens = outputDir('screens');
    for (const state of STATES) {
      if (state.openRoom) await openRoom(server, workshop.id);
      for (const command of state.commands) await dispatch(command);
      await page.locator(`[data-testid="projector-view"][data-view="${state.view}"]`).waitFor();
      if (state.shows) await page.getByText(state.shows, { exact: false }).first().waitFor();
      for (const contrast of [false, true]) {
        await setContrast(page, contrast);
        const name = `${state.name}${contrast ? '-contrast' : ''}`;
        const smallest = await smallestText(page);
        const findings = await seriousAxeFindings(page);
        const outside = await outsideWindow(page);
        await page.screenshot({ path: join(screens, `projector-${name}.png`) });
        const reading = { state: name, minTextPx: smallest.px, smallest: smallest.text, axe: findings.reduce((sum, f) => sum + f.targets.length, 0), outside };
        if (findings.length > 0) console.error(`projector ${name}: ${findings.map((f) => `${f.id} (${f.impact}) at ${f.targets.join(', ')}`).join('; ')}`);
        readings.push(reading);
        log(reading);
      }
    }
    await context.close();
    return readings;
  } finally {
    line.socket.close();
    await browser.close();
    await server.close();
    await dispose();
  }
}

export const presentBenchmark: Benchmark = {
  name: 'the projector view',
  async run() {
    const readings = await readWall();
    return [
      { name: 'present.min_text_px', value: Math.min(...readings.map((r) => r.minTextPx)), unit: 'px', goal: 24, goalKind: 'at-least' },
      { name: 'present.axe_serious', value: readings.reduce((sum, r) => sum + r.axe, 0), unit: 'findings', goal: 0 },
    ];
  },
};
