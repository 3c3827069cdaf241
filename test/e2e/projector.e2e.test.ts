// The projector view with the real server and a real Chromium at 1280×720: the facilitator opens it
// from the Projector button, and it follows what the facilitator puts on the wall, live. While rating
// is silent and the vote secret, the wall shows counts only — never a team's score, a rating's note,
// a fix's dots or even which fixes are winning — and the views that would show them say they come
// after the reveal; once revealed, the heatmap, the weakest pillars and the vote with its tie are
// there. The countdown reads what the facilitator's reads. Every state fits the window with no text
// under 24 px, and a wall that lost its line says so. Screenshots go to test-output/screens/projector-e2e-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { hexToRgb } from '../../shared/present/colour';
import { scoreColour, scoreLegend } from '../../shared/present/score-colours';
import { openApp, type OpenedPage } from './support/browser';
import { openPhaseTab } from './support/phase-tab';
import { openRoom } from './support/room';
import { startHostedWorkshop, type HostedWorkshop } from './support/seeded-app';
import { buildWorkshop, extendWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';
import { outsideWindow, smallestText } from './support/wall-measure';

const eventually = expect.poll;
const screens = outputDir('screens');

const SECRET_NOTE = 'Hold music for forty minutes';
const FIXES = ['Call back within the hour', 'Plain-English bills', 'Track my engineer'] as const;

/**
 * Two teams with one card each in the first stage, rated silently: on Integrity the Front line gave 4
 * and the Back office 5, so the revealed stage score is 4.5 — a figure no other cell or count makes.
 * Three fixes and four people; two have voted in secret, 3 dots on the first fix and 3 on the second.
 */
function projectorWorkshop(): Workshop {
  const teams = buildWorkshop('Switching supplier with Northwind Energy', (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
    { type: 'team/add', name: 'Back office' },
  ]);
  const [front, back] = teams.teams.map((t) => t.id) as [string, string];
  const stage = teams.stages[0]?.id ?? '';
  const channel = teams.channels[0]?.id ?? '';
  const cards = extendWorkshop(teams, () => [
    { type: 'touchpoint/add', teamId: front, stageId: stage, channelId: channel, title: 'Welcome call' },
    { type: 'touchpoint/add', teamId: back, stageId: stage, channelId: channel, title: 'First bill' },
    ...FIXES.map((title, i): ClientCommand => ({ type: 'fix/add', teamId: i % 2 === 0 ? front : back, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 2 })),
    ...['Ama Mensah', 'Bartosz Wójcik', 'Chloé Durand', 'Dev Patel'].map((name, i): ClientCommand => ({ type: 'participant/add', name, teamId: i % 2 === 0 ? front : back })),
  ]);
  const [welcome, bill] = cards.touchpoints.map((t) => t.id) as [string, string];
  const [callBack, bills] = cards.fixes.map((f) => f.id) as [string, string];
  const [ama, bartosz] = cards.participants.map((p) => p.id) as [string, string];
  return extendWorkshop(cards, () => [
    { type: 'rating/set', teamId: front, touchpointId: welcome, pillarId: 'integrity', score: 4, note: SECRET_NOTE },
    { type: 'rating/set', teamId: back, touchpointId: bill, pillarId: 'integrity', score: 5 },
    { type: 'vote/set', participantId: ama, fixId: callBack, dots: 3 },
    { type: 'vote/set', participantId: bartosz, fixId: bills, dots: 3 },
    { type: 'phase/set', phase: 'rate' },
  ]);
}

/** What a person can read on the wall, as one string. */
const wallText = (page: Page) => page.locator('body').innerText();
const view = (page: Page) => page.getByTestId('projector-view').getAttribute('data-view');

/** The wall fits the window and its smallest text is at least 24 px; a screenshot for people to look at. */
async function checkWall(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screens, `projector-e2e-${name}.png`) });
  expect(await outsideWindow(page)).toEqual([]);
  const smallest = await smallestText(page);
  expect(smallest.px, `"${smallest.text}" is ${smallest.px} px`).toBeGreaterThanOrEqual(24);
}

describe('the projector', () => {
  const workshop = projectorWorkshop();
  let hosted: HostedWorkshop;
  let facilitator: OpenedPage;
  let wall: Page;

  beforeAll(async () => {
    hosted = await startHostedWorkshop(workshop, 'projector-test');
    facilitator = await openApp(hosted.browser, `${hosted.app.url}#/workshop/${encodeURIComponent(workshop.id)}`);
    await facilitator.page.getByTestId('workshop-title').waitFor();
  });

  afterAll(async () => {
    await hosted.close();
  });

  it('opens from the Projector button in a window of its own, showing what the room does now', async () => {
    const { page, context } = facilitator;
    await page.getByTestId('projector-button').click();
    const opening = context.waitForEvent('page');
    await page.getByTestId('projector-open').click();
    wall = await opening;
    await wall.setViewportSize({ width: 1280, height: 720 });
    await wall.getByTestId('projector-view').waitFor();
    expect(await view(wall)).toBe('activity');
    await eventually(() => wall.getByTestId('projector-phase').innerText()).toBe('Rate');
    // Progress in counts: each team has rated its card on one pillar of six, so neither is done.
    expect(await wall.getByTestId('projector-progress').innerText()).toMatch(/0 of 2\s+teams have rated every one of their cards/);
    await checkWall(wall, 'activity-rate');
  });

  it('offers the heatmap and the vote results only after their reveal, and the wall shows nothing of them', async () => {
    const { page } = facilitator;
    expect(await page.getByTestId('projector-show-heatmap').isDisabled()).toBe(true);
    expect(await page.getByTestId('projector-dialog').innerText()).toContain('after the ratings are revealed');
    expect(await page.getByTestId('projector-show-votes').isDisabled()).toBe(true);
    await page.screenshot({ path: join(screens, 'projector-e2e-dialog.png') });

    // Another facilitator's page (or a race) may still ask for them: the wall waits, and shows nothing hidden.
    await hosted.send({ type: 'projector/show', view: 'heatmap' });
    await eventually(() => view(wall)).toBe('waiting');
    let text = await wallText(wall);
    expect(text).toContain('The heatmap comes after the reveal');
    expect(text).not.toContain('4.5');
    expect(text).not.toContain(SECRET_NOTE);
    await checkWall(wall, 'waiting-heatmap');

    await hosted.send({ type: 'phase/set', phase: 'vote' }, { type: 'projector/show', view: 'activity' });
    await eventually(() => wall.getByTestId('projector-phase').innerText()).toBe('Vote');
    expect(await wall.getByTestId('projector-progress').innerText()).toMatch(/2 of 4\s+people have voted/);
    await hosted.send({ type: 'projector/show', view: 'votes' });
    await eventually(() => wallText(wall)).toContain('The results come after the vote');
    text = await wallText(wall);
    for (const title of FIXES) expect(text).not.toContain(title);
    expect(await wall.locator('body').innerHTML()).not.toMatch(/Call back within the hour|Plain-English bills/);
    await checkWall(wall, 'waiting-votes');
  });

  it('shows the reveal moments once the facilitator reveals, with ties shown as ties', async () => {
    await hosted.send({ type: 'rating/reveal', revealed: true }, { type: 'projector/show', view: 'heatmap' });
    await eventually(() => view(wall)).toBe('heatmap');
    const heat = await wall.getByTestId('projector-heatmap').innerText();
    expect(heat).toContain('4.5');
    expect(await wallText(wall)).not.toContain(SECRET_NOTE);
    await checkWall(wall, 'heatmap');
    // In its high-contrast look the wall colours each score from the scale's high-contrast set, legend included.
    const rgb = (hex: string) => `rgb(${hexToRgb(hex).join(', ')})`;
    const firstScored = wall.getByTestId('projector-heatmap').locator('td.wall-heat-cell:not(.wall-heat-empty)').first();
    const scored = Number((await firstScored.innerText()).split(',')[0]);
    const swatches = () => wall.locator('.wall-legend-swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(await firstScored.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(scoreColour(scored, 'normal').background));
    await wall.getByTestId('projector-contrast').click();
    await eventually(swatches).toEqual(scoreLegend('high').map((band) => rgb(band.background)));
    expect(await firstScored.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(scoreColour(scored, 'high').background));
    await checkWall(wall, 'heatmap-contrast');
    await wall.getByTestId('projector-contrast').click();
    await eventually(swatches).toEqual(scoreLegend('normal').map((band) => rgb(band.background)));

    await hosted.send({ type: 'projector/show', view: 'weakest' });
    await eventually(() => view(wall)).toBe('weakest');
    expect(await wall.getByTestId('projector-weakest').innerText()).toMatch(/Integrity\s+4\.5 of 5/);
    await checkWall(wall, 'weakest');

    // Empathy now ties with Integrity at 4.5: the wall names both, rather than the first in the list.
    const [front, back] = workshop.teams.map((t) => t.id) as [string, string];
    const [welcome, bill] = workshop.touchpoints.map((t) => t.id) as [string, string];
    await hosted.send(
      { type: 'rating/set', teamId: front, touchpointId: welcome, pillarId: 'empathy', score: 4 },
      { type: 'rating/set', teamId: back, touchpointId: bill, pillarId: 'empathy', score: 5 },
    );
    await eventually(() => wall.getByTestId('projector-weakest').innerText()).toMatch(/Integrity and Empathy\s+tied at 4\.5 of 5/);
    expect(await wall.getByRole('heading', { level: 1 }).innerText()).toBe('The weakest pillars at each stage');
    await checkWall(wall, 'weakest-tied');

    await hosted.send({ type: 'vote/reveal', revealed: true }, { type: 'projector/show', view: 'votes' });
    await eventually(() => view(wall)).toBe('votes');
    const rows = await wall.getByTestId('projector-votes').locator('li').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'tied 1st Call back within the hour · Front line 3 dots',
      'tied 1st Plain-English bills · Back office 3 dots',
      '3rd Track my engineer · Front line 0 dots',
    ]);
    await checkWall(wall, 'votes');

    // A runoff settles the tie: each fix's dots now say which round they are from, and rounds are never added up.
    const [callBack, bills] = workshop.fixes.map((f) => f.id) as [string, string];
    const chloe = workshop.participants[2]?.id ?? '';
    await hosted.send(
      { type: 'vote/runoff', fixIds: [callBack, bills], budget: 1, maxPerFix: 1 },
      { type: 'vote/set', participantId: chloe, fixId: callBack, dots: 1 },
      { type: 'vote/reveal', revealed: true },
      { type: 'projector/show', view: 'votes' },
    );
    await eventually(async () => (await wall.getByTestId('projector-votes').locator('li').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '1st Call back within the hour · Front line 1 dot in runoff 1',
      '2nd Plain-English bills · Back office 0 dots in runoff 1',
      '3rd Track my engineer · Front line 0 dots in the first vote',
    ]);
    await checkWall(wall, 'votes-after-runoff');
  });

  it('follows the facilitator’s choice in the Projector dialog, live', async () => {
    const { page } = facilitator;
    await page.getByTestId('projector-show-join').check();
    await eventually(() => view(wall)).toBe('join');
    expect(await wallText(wall)).toContain('The room is not open yet');
    const room = await openRoom(hosted.app, workshop.id);
    await eventually(() => wall.getByTestId('projector-code').innerText()).toContain(room.code.slice(0, 3));
    expect(await wall.getByTestId('projector-qr').getAttribute('data-qr-text')).toBe(room.joinUrl);
    await checkWall(wall, 'join');

    await page.getByTestId('projector-show-plan').check();
    await eventually(() => view(wall)).toBe('plan');
    expect(await wallText(wall)).toContain('No actions yet');
    await page.getByTestId('projector-show-activity').check();
    await eventually(() => view(wall)).toBe('activity');
    await page.getByTestId('projector-close').click();
  });

  it('shows the timer the facilitator set, by the host’s clock', async () => {
    const { page } = facilitator;
    await page.getByTestId('timer-minutes').fill('10');
    await page.getByTestId('timer-start').click();
    await wall.getByTestId('projector-timer-wall').waitFor();
    await page.getByTestId('timer-pause').click();
    await eventually(() => page.getByTestId('facilitator-timer').innerText()).toMatch(/^Paused at \d\d:\d\d$/);
    const facilitatorTime = (await page.getByTestId('facilitator-timer').innerText()).replace('Paused at ', '');
    await eventually(() => wall.getByTestId('projector-timer-wall').innerText()).toMatch(/Paused/);
    expect(await wall.getByTestId('projector-timer-face').innerText()).toBe(facilitatorTime);
    await checkWall(wall, 'activity-timer-paused');

    // High contrast: switched on the wall, kept through a reload.
    await wall.getByTestId('projector-contrast').click();
    await wall.reload();
    await wall.getByTestId('projector-view').waitFor();
    expect(await wall.getByTestId('projector-contrast').getAttribute('aria-pressed')).toBe('true');
    await eventually(() => wall.getByTestId('projector-timer-face').innerText()).toBe(facilitatorTime);
    await checkWall(wall, 'activity-timer-contrast');
    expect(facilitator.foreignRequests).toEqual([]);
    expect(facilitator.pageErrors).toEqual([]);
  });

  it('names both pillars tied for a stage’s lowest on the Insights screen too', async () => {
    const { page } = facilitator;
    await openPhaseTab(page, 'Insights');
    const firstStage = page.getByTestId('stage-matrix').locator('tbody tr').first();
    await eventually(() => firstStage.locator('.stage-weakest').innerText()).toBe('Integrity and Empathy (tied at 4.5)');
    await firstStage.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screens, 'projector-e2e-insights-tied.png') });
  });

  it('says so when it loses its line to the facilitator’s computer, rather than show old news quietly', async () => {
    hosted.line.close();
    await hosted.app.stop();
    await wall.getByTestId('projector-offline').waitFor();
    expect(await wall.getByTestId('projector-offline').innerText()).toBe('Reconnecting…');
    await checkWall(wall, 'offline');
  });
});
