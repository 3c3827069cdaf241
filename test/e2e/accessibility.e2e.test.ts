// Accessibility inside a workshop: axe-core on every screen and state a facilitator and a team's page
// reach — each phase tab, the board with its card editor open, the vote before, during and after a
// ballot with a tie and a runoff, the dialogs (History, Room, merging fixes, a team file's merge
// preview) and the library — in the normal look and with the system asking for more contrast (the
// board's high-contrast look). Not one serious or critical finding is allowed anywhere. Each state's
// findings are also written to test-output/axe/<state>.json, so a failure can be read in full.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Id, Workshop } from '../../shared/model';
import { openApp, type OpenedPage } from './support/browser';
import { openPhaseTab } from './support/phase-tab';
import { openTeamPage } from './support/room';
import { startHostedWorkshop, startSeededApp, type HostedWorkshop, type SeededApp } from './support/seeded-app';
import { buildWorkshop, extendWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';
import { manyConflicts, MASTER_TITLE } from './support/team-files-room';
import { seriousAxeFindings } from './support/wall-measure';

const eventually = expect.poll;
const TITLE = 'Moving house with Northwind Water';
const FIXES = ['Call back within the hour', 'Plain-English bills', 'Track my engineer', 'Fewer forms'] as const;
const PEOPLE = ['Ama Mensah', 'Bartosz Wójcik', 'Chloé Durand', 'Dev Patel'] as const;

/**
 * Two teams with cards across three stages, every feeling and a moment of truth; ratings on every
 * pillar (one not applicable), revealed; four fixes linked to cards; four people; two actions. The
 * vote has not started: the test moves it on, as the facilitator's other window would.
 */
function accessibleWorkshop(): Workshop {
  const teams = buildWorkshop(TITLE, (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
    { type: 'team/add', name: 'Back office' },
    { type: 'workshop/update', organisation: 'Northwind Water' },
  ]);
  const [front, back] = teams.teams.map((t) => t.id) as [Id, Id];
  const stage = (i: number) => teams.stages[i]?.id ?? '';
  const channel = (i: number) => teams.channels[i]?.id ?? '';
  const card = (teamId: Id, s: number, c: number, title: string, feeling: number, momentOfTruth = false): ClientCommand => ({
    type: 'touchpoint/add',
    teamId,
    stageId: stage(s),
    channelId: channel(c),
    title,
    feeling,
    momentOfTruth,
  });
  const cards = extendWorkshop(teams, () => [
    card(front, 0, 0, 'Price comparison page', 1),
    card(front, 0, 0, 'Moving checklist', 0),
    card(front, 1, 2, 'Sales call', -1, true),
    card(front, 2, 0, 'Sign-up form', -2),
    card(front, 3, 4, 'Welcome e-mail', 2),
    card(back, 0, 0, 'Tariff page', -1),
    card(back, 5, 2, 'Hold music', -2, true),
  ]);
  const cardId = (title: string) => cards.touchpoints.find((t) => t.title === title)?.id ?? '';
  const pillars = cards.framework.pillars.map((p) => p.id);
  const ratings = cards.touchpoints.flatMap((t, i) =>
    pillars.map(
      (pillarId, j): ClientCommand => ({
        type: 'rating/set',
        teamId: t.teamId,
        touchpointId: t.id,
        pillarId,
        score: i === 0 && j === 5 ? null : ((i + j) % 5) + 1,
      }),
    ),
  );
  const withFixes = extendWorkshop(cards, () => [
    ...ratings,
    { type: 'rating/reveal', revealed: true },
    { type: 'fix/add', teamId: front, title: FIXES[0], touchpointIds: [cardId('Sales call')], pillarIds: [pillars[1] ?? ''], impact: 5, effort: 2 },
    { type: 'fix/add', teamId: back, title: FIXES[1], touchpointIds: [cardId('Tariff page')], pillarIds: [], impact: 4, effort: 3 },
    { type: 'fix/add', teamId: front, title: FIXES[2], touchpointIds: [], pillarIds: [], impact: 3, effort: 4 },
    { type: 'fix/add', teamId: back, title: FIXES[3], touchpointIds: [cardId('Sign-up form')], pillarIds: [], impact: 2, effort: 1 },
    ...PEOPLE.map((name, i): ClientCommand => ({ type: 'participant/add', name, teamId: i % 2 === 0 ? front : back })),
  ]);
  const fixId = (title: string) => withFixes.fixes.find((f) => f.title === title)?.id ?? '';
  return extendWorkshop(withFixes, () => [
    { type: 'action/add', fixId: fixId(FIXES[0]), title: FIXES[0], owner: 'Zofia Łukasik', dueDate: '2027-01-15', successMeasure: 'Nine in ten calls returned within the hour', pillarId: null, touchpointId: cardId('Sales call') },
    { type: 'action/add', fixId: null, title: 'Rewrite the welcome e-mail', owner: '', dueDate: '', pillarId: null, touchpointId: null },
  ]);
}

const report = outputDir('axe');

/** axe-core's serious and critical findings on the page as it is, written to a file and required to be none. */
async function noSeriousFindings(page: Page, state: string): Promise<void> {
  const findings = await seriousAxeFindings(page);
  writeFileSync(join(report, `${state}.json`), JSON.stringify(findings, null, 2));
  expect.soft(findings, `axe-core on ${state}`).toEqual([]);
}

/** The same, in the normal look and with the system asking for more contrast. */
async function cleanInBothLooks(page: Page, state: string): Promise<void> {
  await page.emulateMedia({ contrast: 'no-preference' });
  await noSeriousFindings(page, state);
  await page.emulateMedia({ contrast: 'more' });
  await noSeriousFindings(page, `${state}-high-contrast`);
  await page.emulateMedia({ contrast: 'no-preference' });
}

describe('axe-core inside a workshop', () => {
  const workshop = accessibleWorkshop();
  const fixId = (title: string) => workshop.fixes.find((f) => f.title === title)?.id ?? '';
  const personId = (name: string) => workshop.participants.find((p) => p.name === name)?.id ?? '';
  let hosted: HostedWorkshop;
  let facilitator: OpenedPage;
  let team: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    hosted = await startHostedWorkshop(workshop, 'accessibility-test');
    // bypassCSP lets axe-core in, which the app's page rightly refuses like any script it did not ship.
    facilitator = await openApp(hosted.browser, hosted.app.url, undefined, { bypassCSP: true });
    page = facilitator.page;
  });

  afterAll(async () => {
    await hosted.close();
  });

  it('finds nothing serious in the library', async () => {
    await page.getByRole('button', { name: `Open ${TITLE}` }).waitFor();
    await cleanInBothLooks(page, 'library');
    await page.getByRole('button', { name: `Open ${TITLE}` }).click();
    await page.getByTestId('workshop-title').waitFor();
  });

  it('finds nothing serious on Frame', async () => {
    await openPhaseTab(page, 'Frame');
    await cleanInBothLooks(page, 'frame');
  });

  it('finds nothing serious on the Map with its cards, nor with a card open in the editor', async () => {
    await openPhaseTab(page, 'Map');
    await page.getByTestId('card').first().waitFor();
    await cleanInBothLooks(page, 'map');
    await page.getByTestId('card').first().click();
    await page.getByTestId('card-editor').waitFor();
    await cleanInBothLooks(page, 'map-card-editor');
    await page.keyboard.press('Escape');
    await page.getByTestId('card-editor').waitFor({ state: 'detached' });
    // Every team's cards, each tagged with its team's initials.
    const lens = page.getByRole('group', { name: 'Show the cards of' });
    await lens.getByRole('button', { name: 'All teams' }).click();
    await eventually(() => page.getByTestId('card').count()).toBe(workshop.touchpoints.length);
    await cleanInBothLooks(page, 'map-all-teams');
    await lens.getByRole('button', { name: 'Front line' }).click();
  });

  it('finds nothing serious on Rate, Insights and Fixes', async () => {
    await openPhaseTab(page, 'Rate');
    await cleanInBothLooks(page, 'rate');
    await openPhaseTab(page, 'Insights');
    await cleanInBothLooks(page, 'insights');
    await openPhaseTab(page, 'Fixes');
    await cleanInBothLooks(page, 'fixes');
  });

  it('finds nothing serious in the dialog that merges one fix into another', async () => {
    await page.getByRole('button', { name: '“Fewer forms”: merge into another fix' }).click();
    await page.getByTestId('merge-dialog').waitFor();
    await cleanInBothLooks(page, 'fixes-merge-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
  });

  it('finds nothing serious on Vote before anyone votes, during a ballot, and with its results', async () => {
    await openPhaseTab(page, 'Vote');
    await page.getByTestId('vote-modes').waitFor();
    await cleanInBothLooks(page, 'vote-before');

    // Two people have voted in secret; a third has the laptop.
    await hosted.send(
      { type: 'ballot/cast', participantId: personId(PEOPLE[0]), dots: { [fixId(FIXES[0])]: 3, [fixId(FIXES[1])]: 2 } },
      { type: 'ballot/cast', participantId: personId(PEOPLE[1]), dots: { [fixId(FIXES[0])]: 2, [fixId(FIXES[1])]: 3 } },
    );
    await eventually(() => page.getByTestId('vote-progress').innerText()).toContain('2');
    await cleanInBothLooks(page, 'vote-during');
    await page.getByTestId('next-voter').filter({ hasText: PEOPLE[2] }).click();
    await page.getByTestId('private-ballot').waitFor();
    await cleanInBothLooks(page, 'vote-private-ballot');
    await page.getByRole('button', { name: 'Not me — go back' }).click();
    await page.getByTestId('private-ballot').waitFor({ state: 'detached' });

    // Revealed: the first two fixes tie.
    await hosted.send({ type: 'vote/reveal', revealed: true });
    await eventually(() => page.getByTestId('ranked-fix').first().innerText()).toContain('tied 1st');
    await page.getByTestId('runoff-panel').waitFor();
    await cleanInBothLooks(page, 'vote-revealed-tie');

    // A runoff between them, counted and revealed.
    await hosted.send({ type: 'vote/runoff', fixIds: [fixId(FIXES[0]), fixId(FIXES[1])], budget: 1, maxPerFix: 1 });
    await eventually(() => page.getByRole('heading', { level: 2 }).first().innerText()).toContain('Runoff 1');
    await cleanInBothLooks(page, 'vote-runoff');
    await hosted.send(
      { type: 'ballot/cast', participantId: personId(PEOPLE[2]), dots: { [fixId(FIXES[0])]: 1 } },
      { type: 'vote/reveal', revealed: true },
    );
    await eventually(() => page.getByTestId('ranked-fix').first().innerText()).toContain(FIXES[0]);
    await cleanInBothLooks(page, 'vote-runoff-revealed');
  });

  it('finds nothing serious on Plan and Export', async () => {
    await openPhaseTab(page, 'Plan');
    await cleanInBothLooks(page, 'plan');
    await openPhaseTab(page, 'Export');
    await cleanInBothLooks(page, 'export');
  });

  it('finds nothing serious in the History and Room dialogs', async () => {
    await page.getByTestId('open-history').click();
    await page.getByTestId('history-dialog').waitFor();
    await cleanInBothLooks(page, 'history-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('history-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('room-button').click();
    await page.getByRole('dialog').waitFor();
    await cleanInBothLooks(page, 'room-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('finds nothing serious on any screen of a team’s page joined through the room', async () => {
    const frontLine = workshop.teams[0]?.id ?? '';
    team = await openTeamPage(hosted.browser, hosted.app, workshop.id, frontLine, PEOPLE[0], { bypassCSP: true });
    const tabs = ['Frame', 'Map', 'Rate', 'Insights', 'Fixes', 'Vote', 'Plan', 'Export'];
    for (const tab of tabs) {
      await openPhaseTab(team.page, tab);
      await cleanInBothLooks(team.page, `team-${tab.toLowerCase()}`);
    }
    await team.context.close();
  });
});

describe('axe-core on a team file’s merge preview', () => {
  const { master, teamFilePath, dir } = manyConflicts();
  let seeded: SeededApp;
  let opened: OpenedPage;

  beforeAll(async () => {
    seeded = await startSeededApp(master);
    opened = await openApp(seeded.browser, seeded.app.url, undefined, { bypassCSP: true });
  });

  afterAll(async () => {
    await seeded.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds nothing serious in the preview with every kind of question', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: `Open ${MASTER_TITLE}` }).click();
    await page.getByTestId('workshop-title').waitFor();
    await openPhaseTab(page, 'Frame');
    await page.getByTestId('team-file-input').setInputFiles(teamFilePath);
    await page.getByTestId('merge-dialog').waitFor();
    await cleanInBothLooks(page, 'frame-merge-preview');
  });
});
