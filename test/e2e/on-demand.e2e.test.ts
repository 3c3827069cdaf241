// What a device in the room downloads (renderer/app/phase-screens.ts, on-demand.tsx): a team's page
// joined at the Map fetches the app's shell and the board, then the other steps' screens while it is
// idle, so the room's Next finds them already there — and never the facilitator's tools (library,
// room and projector controls, history). A step whose file cannot be fetched says so in a sentence
// with a way to reload, instead of leaving the old screen or a blank page.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASES, type Phase, type Workshop } from '../../shared/model';
import { launchBrowser } from './support/browser';
import { asFacilitator, openTeamPage } from './support/room';
import { buildWorkshop, dataDirWith } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';

const eventually = expect.poll;

/** The file each step's screen is built into: the build names a fetched-later file after its component. */
const SCREEN_FILES: Record<Phase, string> = {
  frame: 'FrameScreen',
  map: 'BoardScreen',
  rate: 'RatingScreen',
  diagnose: 'InsightsScreen',
  fix: 'FixesScreen',
  vote: 'VotingScreen',
  plan: 'PlanScreen',
  export: 'ExportScreen',
};
/** The facilitator's tools, which a team's device has no use for. */
const FACILITATOR_FILES = ['LibraryScreen', 'RoomControl', 'ProjectorButton', 'ProjectorRoute', 'HistoryDialog'];

function mappingWorkshop(): Workshop {
  return buildWorkshop('Opening a savings account', (w) => [
    { type: 'team/add', name: 'Branch staff' },
    { type: 'touchpoint/add', teamId: w.teams[0]?.id ?? '', stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Online form' },
    { type: 'phase/set', phase: 'map' },
  ]);
}

/** The script files a page asked for, by the name before the build's hash ("BoardScreen"). */
function scriptNames(urls: readonly string[]): string[] {
  return urls.filter((url) => url.endsWith('.js')).map((url) => (url.split('/').pop() ?? '').replace(/-[\w-]{6,}\.js$/, ''));
}

describe('what a device in the room downloads', () => {
  const workshop = mappingWorkshop();
  const [first, second] = workshop.teams.map((t) => t.id);
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let mutation = 1;
  const moveRoomTo = (phase: Phase) =>
    asFacilitator(app, 'workshop/dispatch', {
      workshopId: workshop.id,
      command: { type: 'phase/set', phase },
      mutation: { clientId: 'on-demand-test', n: mutation++ },
    });

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a team’s page fetches the board first, the other steps while idle, and none of the facilitator’s tools', async () => {
    const requested: string[] = [];
    const team = await openTeamPage(browser, app, workshop.id, first ?? '', 'Ines Moreau', {
      beforeJoin: (opened) => opened.page.on('request', (request) => requested.push(request.url())),
    });
    const page = team.page;
    try {
      await page.getByTestId('board-view').waitFor();
      // Every other step's screen arrives without anyone asking for it.
      await eventually(() => Object.values(SCREEN_FILES).filter((name) => !scriptNames(requested).includes(name)), { timeout: 15_000 }).toEqual([]);
      const names = scriptNames(requested);
      const screensInOrder = names.filter((name) => Object.values(SCREEN_FILES).includes(name));
      expect(screensInOrder[0]).toBe('BoardScreen');
      expect(names.filter((name) => FACILITATOR_FILES.includes(name))).toEqual([]);

      // The room moves on: the next screen is drawn from what the page already holds.
      const before = requested.length;
      await moveRoomTo('rate');
      await page.locator('#phase-tab-rate[aria-selected="true"]').waitFor();
      await page.locator('#phase-panel:not([aria-busy="true"])').waitFor();
      await page.locator('.rating-screen').waitFor();
      expect(scriptNames(requested.slice(before))).toEqual([]);
      expect(team.pageErrors).toEqual([]);
    } finally {
      await moveRoomTo('map');
      await team.context.close();
    }
  });

  it('a step whose file cannot be fetched says so and offers a reload, which brings it back', async () => {
    const team = await openTeamPage(browser, app, workshop.id, second ?? '', 'Kwame Boateng', {
      beforeJoin: (opened) => void opened.page.route(/\/PlanScreen-[\w-]+\.js$/, (route) => route.abort()),
    });
    const page = team.page;
    try {
      await page.getByTestId('board-view').waitFor();
      await moveRoomTo('plan');
      await page.getByText('This step could not be loaded').waitFor();
      await expect(page.locator('#phase-tab-plan').getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.getByTestId('board-view').isVisible()).resolves.toBe(false);
      await page.screenshot({ path: join(outputDir('screens'), 'step-not-loaded.png') });

      // The computer running the workshop can be reached again: Reload fetches the step.
      await page.unroute(/\/PlanScreen-[\w-]+\.js$/);
      await page.getByRole('button', { name: 'Reload the page' }).click();
      await page.locator('#phase-tab-plan[aria-selected="true"]').waitFor();
      await page.locator('#phase-panel:not([aria-busy="true"])').waitFor();
      await expect(page.getByText('This step could not be loaded').count()).resolves.toBe(0);
      await expect(page.locator('#phase-panel').innerText()).resolves.not.toBe('');
    } finally {
      await moveRoomTo('map');
      await team.context.close();
    }
  });

  it('names every step’s screen file the test looks for', () => {
    expect(Object.keys(SCREEN_FILES).sort()).toEqual([...PHASES].sort());
  });
});
