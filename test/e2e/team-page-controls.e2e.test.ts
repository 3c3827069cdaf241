// A team's page shows only what the team may do: the frame to read; no reveal on Insights; on Vote its
// own people's private ballots and its own turnout, without the rules, reset, runoff or tally controls;
// no whole-workshop export. The facilitator's page, beside it, still offers everything.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { dataDirWith, extendWorkshop } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';
import { BILLS, CALL_BACK, voteRoom } from './support/vote-room';

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
  ]);
}

async function goTo(page: Page, tab: string): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.locator(`#phase-panel[aria-labelledby]`).waitFor();
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: join(outputDir('screens'), name) });

describe('the controls on a team’s page and on the facilitator’s', () => {
  const workshop = teamRoom();
  const front = workshop.teams[0]?.id ?? '';
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let team: OpenedPage;
  let facilitator: OpenedPage;
  const saved = () => JSON.parse(readFileSync(join(dataDir, 'workshops', `${workshop.id}.json`), 'utf8')) as Workshop;

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
    const workshopPath = `#/workshop/${encodeURIComponent(workshop.id)}`;
    team = await openApp(browser, `${app.url}?team=${encodeURIComponent(front)}${workshopPath}`);
    facilitator = await openApp(browser, `${app.url}${workshopPath}`);
    await Promise.all([team.page.getByTestId('workshop-title').waitFor(), facilitator.page.getByTestId('workshop-title').waitFor()]);
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
    const panel = page.locator('#phase-panel');
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

  it('Vote: its own people only, its own turnout, the rules to read, and no facilitator controls', async () => {
    const page = team.page;
    await goTo(page, 'Vote');
    await page.getByTestId('vote-rules-read').waitFor();
    await expect(page.getByTestId('next-voter').allInnerTexts()).resolves.toEqual([expect.stringContaining('Chloé Durand')]);
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

  it('Vote: the team’s own person casts a private ballot, and it is counted', async () => {
    const page = team.page;
    await page.getByTestId('next-voter').filter({ hasText: 'Chloé Durand' }).click();
    await page.getByTestId('private-ballot').waitFor();
    await page.getByRole('button', { name: `Put a dot on “${CALL_BACK}”` }).click();
    await page.getByRole('button', { name: `Put a dot on “${CALL_BACK}”` }).click();
    await screenshot(page, 'team-page-ballot.png');
    await page.getByRole('button', { name: 'Confirm my vote (2 dots)' }).click();
    await page.getByTestId('hand-off').waitFor();
    const chloe = workshop.participants.find((p) => p.name === 'Chloé Durand')?.id;
    await eventually(() => saved().votes.filter((v) => v.participantId === chloe).map((v) => v.dots)).toEqual([2]);
    await page.getByRole('button', { name: 'I am the next voter' }).click();
    await eventually(() => page.getByTestId('vote-progress').innerText()).toBe('2 of your team’s 2 have voted');
    await expect(page.locator('.vote-all-voted').innerText()).resolves.toBe(
      'Everyone in Front line has voted. The facilitator reveals the results when the room is ready.',
    );
    await screenshot(page, 'team-page-vote-done.png');
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

  it('the library on a team’s page opens workshops but offers no starting, copying, renaming or deleting', async () => {
    const library = await openApp(browser, `${app.url}?team=${encodeURIComponent(front)}`);
    const page = library.page;
    await page.getByTestId('workshop-row').first().waitFor();
    await expect(page.getByRole('button', { name: `Open ${workshop.title}` }).count()).resolves.toBe(1);
    for (const name of [`Rename ${workshop.title}`, `Duplicate ${workshop.title}`, `Delete ${workshop.title}`]) {
      await expect(page.getByRole('button', { name }).count(), name).resolves.toBe(0);
    }
    await expect(page.getByTestId('create-workshop').count()).resolves.toBe(0);
    await expect(page.getByTestId('open-sample').count()).resolves.toBe(0);
    await expect(page.getByTestId('library-team-note').innerText()).resolves.toContain('facilitator');
    await screenshot(page, 'team-page-library.png');
    await library.context.close();
  });
});
