// A team's page (a device that joined the room as Chloé of Front line) shows only what the team may do:
// the frame to read; no reveal on Insights; on Vote Chloé's own private ballot and the team's turnout,
// without the rules, reset, runoff or tally controls; Fixes with Edit on its own fixes only, no Delete or
// merge, and itself as the proposer; the Plan to read; no whole-workshop export; and no library at all.
// The facilitator's page, beside it, still offers everything.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { openPhaseTab } from './support/phase-tab';
import { openTeamPage } from './support/room';
import { readSavedWorkshop } from './support/saved-workshop';
import { dataDirWith, extendWorkshop } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';
import { BILLS, CALL_BACK, ENGINEER, FORMS, voteRoom } from './support/vote-room';

const eventually = expect.poll;

/** Front line (Ama, Chloé) and Back office (Bartosz, Dev) each rated one card; Ama and Bartosz voted, in secret. */
function teamRoom(): Workshop {
  const room = extendWorkshop(voteRoom('Team controls', { people: true }), (w) => [
    { type: 'workshop/update', organisation: 'Northwind Energy', persona: 'Households switching supplier' },
    { type: 'touchpoint/add', teamId: w.teams[0]?.id ?? '', stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Engineer visit' },
  ]);
  const [front, back] = room.teams.map((t) => t.id);
  const card = room.touchpoints[0]?.id ?? '';
  const pillar = room.framework.pillars[0]?.id ?? '';
  const fixId = (title: string) => room.fixes.find((f) => f.title === title)?.id ?? '';
  const person = (name: string) => room.participants.find((p) => p.name.startsWith(name))?.id ?? '';
  return extendWorkshop(room, () => [
    { type: 'rating/set', teamId: front ?? '', touchpointId: card, pillarId: pillar, score: 2 },
    { type: 'rating/set', teamId: back ?? '', touchpointId: card, pillarId: pillar, score: 5 },
    { type: 'ballot/cast', participantId: person('Ama'), dots: { [fixId(BILLS)]: 2 } },
    { type: 'ballot/cast', participantId: person('Bartosz'), dots: { [fixId(CALL_BACK)]: 3 } },
    {
      type: 'action/add',
      fixId: fixId(CALL_BACK),
      title: CALL_BACK,
      owner: 'Priya Shah',
      dueDate: '2026-12-31',
      successMeasure: 'Nine in ten calls returned within the hour',
      pillarId: pillar,
      touchpointId: card,
    },
  ]);
}

const goTo = openPhaseTab;

const screenshot = (page: Page, name: string) => page.screenshot({ path: join(outputDir('screens'), name) });
/** The screen the page shows: a team's page also holds the agenda's next screen, drawn ahead and hidden. */
const SHOWN_SCREEN = '#phase-panel > .phase-screen:not([hidden])';

describe('the controls on a team’s page and on the facilitator’s', () => {
  const workshop = teamRoom();
  const front = workshop.teams[0]?.id ?? '';
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let team: OpenedPage;
  let facilitator: OpenedPage;
  // The workshop as the app opens it: its snapshot with the journal of changes since replayed on it.
  const saved = (): Workshop => readSavedWorkshop(dataDir);

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
    const workshopPath = `#/workshop/${encodeURIComponent(workshop.id)}`;
    team = await openTeamPage(browser, app, workshop.id, front, 'Chloé Durand');
    facilitator = await openApp(browser, `${app.url}${workshopPath}`);
    await facilitator.page.getByTestId('workshop-title').waitFor();
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('Frame: the team reads the frame, with nothing to press or type', async () => {
    const page = team.page;
    await goTo(page, 'Frame');
    const overview = page.getByTestId('frame-overview');
    await overview.waitFor();
    await expect(overview.innerText()).resolves.toContain('Northwind Energy');
    await expect(page.getByTestId('frame-stages').locator('li').count()).resolves.toBe(workshop.stages.length);
    await expect(page.getByTestId('frame-team-list').innerText()).resolves.toMatch(/Front line\s+your team/);
    const panel = page.locator(SHOWN_SCREEN);
    await expect(panel.locator('button, input, select, textarea').count()).resolves.toBe(0);
    await screenshot(page, 'team-page-frame.png');
  });

  it('Insights: no reveal, and the team is told who reveals', async () => {
    const page = team.page;
    await goTo(page, 'Insights');
    await page.getByTestId('silent-notice').waitFor();
    await expect(page.getByTestId('reveal-ratings').count()).resolves.toBe(0);
    await expect(page.getByTestId('insights-scope').innerText()).resolves.toContain('Front line');
    await screenshot(page, 'team-page-insights.png');
  });

  it('Vote: the person’s own ballot only, its team’s turnout, the rules to read, and no facilitator controls', async () => {
    const page = team.page;
    await goTo(page, 'Vote');
    await page.getByTestId('vote-rules-read').waitFor();
    // Chloé's own device: her ballot, no list of voters to pick from.
    await expect(page.getByTestId('own-ballot').innerText()).resolves.toContain('Your ballot, Chloé Durand');
    await expect(page.getByTestId('next-voter').count()).resolves.toBe(0);
    await expect(page.getByTestId('vote-progress').innerText()).resolves.toBe('1 of your team’s 2 have voted');
    await expect(page.getByTestId('vote-rules-read').innerText()).resolves.toContain('Each person has 5 dots, at most 3 on one fix.');
    await expect(page.locator('.vote-hidden-note').innerText()).resolves.toBe('Results stay hidden until the facilitator reveals them.');
    for (const name of ['Reveal results', 'Hide results', 'Reset the vote…', 'Save dot rules', 'Take Chloé Durand off the list']) {
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(0);
    }
    await expect(page.getByRole('textbox', { name: 'Dots per person' }).count()).resolves.toBe(0);
    await expect(page.getByRole('radio').count()).resolves.toBe(0);
    await expect(page.getByRole('combobox', { name: 'Team', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByTestId('ranked-fix').count()).resolves.toBe(0);
    await screenshot(page, 'team-page-vote.png');
  });

  it('Vote: the person casts their own ballot, it is counted, and they may change it', async () => {
    const page = team.page;
    await page.getByTestId('own-ballot-open').click();
    await page.getByTestId('private-ballot').waitFor();
    await page.getByRole('button', { name: `Put a dot on “${CALL_BACK}”` }).click();
    await page.getByRole('button', { name: `Put a dot on “${CALL_BACK}”` }).click();
    await screenshot(page, 'team-page-ballot.png');
    await page.getByRole('button', { name: 'Confirm my vote (2 dots)' }).click();
    // Nothing to pass on: the screen says what she gave, and lets her change it while the round is open.
    await eventually(() => page.getByTestId('own-ballot-summary').innerText()).toContain('Your vote is in: 2 dots on one fix.');
    await expect(page.getByTestId('hand-off').count()).resolves.toBe(0);
    const chloe = workshop.participants.find((p) => p.name === 'Chloé Durand')?.id;
    await eventually(() => saved().votes.filter((v) => v.participantId === chloe).map((v) => v.dots)).toEqual([2]);
    await eventually(() => page.getByTestId('vote-progress').innerText()).toBe('2 of your team’s 2 have voted');
    await screenshot(page, 'team-page-vote-done.png');

    // Changing her mind: the ballot opens with what she gave, and the new one replaces it.
    await page.getByTestId('own-ballot-open').click();
    await page.getByTestId('private-ballot').waitFor();
    await expect(page.getByRole('button', { name: 'Confirm my vote (2 dots)' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: `Take a dot off “${CALL_BACK}”` }).click();
    await page.getByRole('button', { name: 'Confirm my vote (1 dot)' }).click();
    await eventually(() => page.getByTestId('own-ballot-summary').innerText()).toContain('Your vote is in: 1 dot on one fix.');
    await eventually(() => saved().votes.filter((v) => v.participantId === chloe).map((v) => v.dots)).toEqual([1]);
  });

  it('Export: the PDF and the CSV files, but not the whole workshop', async () => {
    const page = team.page;
    await goTo(page, 'Export');
    await page.getByTestId('export-pdf').waitFor();
    await expect(page.getByTestId('export-file-actions-csv').count()).resolves.toBe(1);
    await expect(page.getByTestId('export-file-ratings-csv').count()).resolves.toBe(1);
    await expect(page.getByTestId('export-file-workshop-json').count()).resolves.toBe(0);
    await expect(page.getByTestId('export-files-refused').innerText()).resolves.toBe('Only the facilitator can export the whole workshop.');
    await screenshot(page, 'team-page-export.png');
    expect(team.foreignRequests).toEqual([]);
    expect(team.pageErrors).toEqual([]);
  });

  it('Fixes: Edit on the team’s own fixes only, no Delete or merge, and the team named as the proposer', async () => {
    const page = team.page;
    await goTo(page, 'Fixes');
    await page.getByTestId('fix-card').first().waitFor();
    for (const title of [CALL_BACK, ENGINEER]) {
      await expect(page.getByRole('button', { name: `Edit “${title}”` }).count(), title).resolves.toBe(1);
    }
    for (const title of [BILLS, FORMS]) {
      await expect(page.getByRole('button', { name: `Edit “${title}”` }).count(), title).resolves.toBe(0);
    }
    await expect(page.getByRole('button', { name: /^Delete “/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /into another fix$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('combobox', { name: 'Proposed by' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('fix-proposer').innerText()).resolves.toMatch(/Proposed by\s+Front line/);
    await screenshot(page, 'team-page-fixes.png');
  });

  it('Fixes: the team proposes a fix from a pain point, and it is saved in the team’s name', async () => {
    const page = team.page;
    await page.getByRole('button', { name: 'Propose a fix for “Engineer visit”' }).click();
    await page.getByTestId('fix-title').fill('Text the engineer’s arrival time');
    await page.getByRole('button', { name: 'Add fix', exact: true }).click();
    const front = workshop.teams[0]?.id;
    const card = saved().touchpoints.find((t) => t.title === 'Engineer visit')?.id;
    await eventually(() =>
      saved()
        .fixes.filter((f) => f.title === 'Text the engineer’s arrival time')
        .map((f) => ({ teamId: f.teamId, touchpointIds: f.touchpointIds })),
    ).toEqual([{ teamId: front, touchpointIds: [card] }]);

    await page.getByRole('button', { name: `Edit “${ENGINEER}”` }).click();
    await expect(page.locator('#fix-form-heading').innerText()).resolves.toBe('Edit the fix');
    await expect(page.getByRole('combobox', { name: 'Proposed by' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('fix-proposer').innerText()).resolves.toMatch(/Front line/);
    await screenshot(page, 'team-page-fix-edit.png');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('Plan: the ranked actions to read, with no inputs, handles or “Make it an action”', async () => {
    const page = team.page;
    await goTo(page, 'Plan');
    const action = page.getByTestId('action-item');
    await action.first().waitFor();
    await expect(page.getByTestId('plan-read-only').innerText()).resolves.toContain('The facilitator keeps the plan');
    await expect(page.locator('.plan-basis').innerText()).resolves.toContain('until the facilitator reveals the results');
    const text = await action.innerText();
    for (const part of [CALL_BACK, 'Priya Shah', '31 December 2026', 'Nine in ten calls returned within the hour', 'Planned', 'Engineer visit']) {
      expect(text, part).toContain(part);
    }
    expect(text).toContain(workshop.framework.pillars[0]?.name ?? 'a pillar');
    const panel = page.locator(SHOWN_SCREEN);
    await expect(panel.locator('input, select, textarea').count()).resolves.toBe(0);
    await expect(page.getByTestId('action-grip').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /: make it an action$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^(Move|Remove) “/ }).count()).resolves.toBe(0);
    await screenshot(page, 'team-page-plan.png');
    expect(team.pageErrors).toEqual([]);
  });

  it('the facilitator’s page still offers everything', async () => {
    const page = facilitator.page;
    await goTo(page, 'Frame');
    await expect(page.getByTestId('frame-title').count()).resolves.toBe(1);
    await expect(page.getByRole('radio').count()).resolves.toBeGreaterThan(1);
    await expect(page.getByRole('button', { name: 'Add team' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('frame-overview').count()).resolves.toBe(0);

    await goTo(page, 'Insights');
    await expect(page.getByTestId('reveal-ratings').count()).resolves.toBe(1);

    await goTo(page, 'Vote');
    await page.getByRole('button', { name: 'Reveal results', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Reset the vote…' }).count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'Dots per person' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Take Dev Patel off the list' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('vote-progress').innerText()).resolves.toBe('3 of 4 have voted');
    await page.getByRole('button', { name: 'Reveal results', exact: true }).click();
    await page.getByTestId('ranked-fix').first().waitFor();
    await expect(page.getByTestId('runoff-panel').count()).resolves.toBe(1);

    await goTo(page, 'Fixes');
    await page.getByTestId('fix-card').first().waitFor();
    await expect(page.getByRole('button', { name: /^Edit “/ }).count()).resolves.toBe(5);
    await expect(page.getByRole('button', { name: /^Delete “/ }).count()).resolves.toBe(5);
    await expect(page.getByRole('button', { name: /into another fix$/ }).count()).resolves.toBe(5);
    await expect(page.getByRole('combobox', { name: 'Proposed by' }).count()).resolves.toBe(1);

    await goTo(page, 'Plan');
    await page.getByTestId('action-item').first().waitFor();
    await expect(page.getByTestId('plan-read-only').count()).resolves.toBe(0);
    await expect(page.getByTestId('action-grip').count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'Owner' }).inputValue()).resolves.toBe('Priya Shah');
    await expect(page.getByRole('button', { name: /: make it an action$/ }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: `Remove “${CALL_BACK}”` }).count()).resolves.toBe(1);

    await goTo(page, 'Export');
    await expect(page.getByTestId('export-file-workshop-json').count()).resolves.toBe(1);
    await expect(page.getByTestId('export-files-refused').count()).resolves.toBe(0);
    expect(facilitator.pageErrors).toEqual([]);
  });

  it('once the facilitator reveals the results, the team sees them and the room’s turnout, still without the controls', async () => {
    const page = team.page;
    await goTo(page, 'Vote');
    await page.getByTestId('ranked-fix').first().waitFor();
    await expect(page.getByTestId('vote-progress').innerText()).resolves.toBe('3 of 4 have voted');
    for (const name of ['Hide results', 'Reset the vote…']) {
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(0);
    }
    await expect(page.getByTestId('runoff-panel').count()).resolves.toBe(0);
    await screenshot(page, 'team-page-vote-revealed.png');
  });

  it('a team’s page has no library: it says who works on it, offers no way back, and the library’s address leads to its workshop', async () => {
    const page = team.page;
    await expect(page.getByTestId('member-who').innerText()).resolves.toMatch(/^Chloé Durand\s*·\s*Front line$/);
    await expect(page.getByRole('button', { name: 'All workshops' }).count()).resolves.toBe(0);
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await eventually(() => page.evaluate(() => window.location.hash)).toBe(`#/workshop/${encodeURIComponent(workshop.id)}`);
    await expect(page.getByTestId('workshop-row').count()).resolves.toBe(0);
    await expect(page.getByTestId('workshop-title').innerText()).resolves.toBe(workshop.title);
    await screenshot(page, 'team-page-header.png');
    expect(team.pageErrors).toEqual([]);
  });
});
