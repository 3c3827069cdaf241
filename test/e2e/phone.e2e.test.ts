// A person in the room on their own phone (390×844, touch, three device pixels to a CSS pixel), with
// nothing but taps: they join their team from the QR code's address, place a card with the "+" of a
// cell, edit it in the bottom sheet, rate it, propose a fix about it and cast their own dots. Every result is
// checked in the host's own copy of the workshop, read over the facilitator's line. On every screen
// the page is no wider than the phone, and every control a finger can hit is at least 44 × 44 CSS
// pixels (the ones that are not are listed by name). Screenshots go to test-output/screens/phone-*.png.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { newAppPage, type OpenedPage } from './support/browser';
import { hostWorkshop } from './support/host-state';
import { openRoom } from './support/room';
import { startHostedWorkshop, type HostedWorkshop } from './support/seeded-app';
import { buildWorkshop } from './support/seed-workshop';
import { outputDir, type RunningApp } from './support/serve';
import { pageWidth, smallTapTargets } from './support/tap-targets';

/** Polls long enough for a page and the host sharing two cores with the browser. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15000, interval: 100 });
const screens = outputDir('screens');

/** A phone held upright, as the brief for the room describes it: touch, mobile viewport, a 3× screen. */
const PHONE_VIEWPORT = { width: 390, height: 844 };
const PHONE_DEVICE = { isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

const NAME = 'Noor Haddad';
const CARD = 'Meter reading by text';
const EDITED = 'Meter reading by photo';
const OTHER_FIX = 'A named case handler';
const FIX = 'Read the meter from a photo';

/** Front line (Noor's team) and Back office; Back office already has a card and a fix; the room is mapping. */
function phoneRoom(): Workshop {
  return buildWorkshop('Moving house with Northwind Energy', (w) => {
    const front = w.teams[0]?.id ?? '';
    return [
      { type: 'team/rename', teamId: front, name: 'Front line' },
      { type: 'team/add', name: 'Back office' },
      { type: 'phase/set', phase: 'map' },
    ];
  });
}

/**
 * Joins the room on a phone at the team's own QR address, by taps and the
 * phone's keyboard only, and resolves once the team's page shows.
 */
async function joinOnPhone(browser: Browser, app: RunningApp, workshopId: string, teamId: string): Promise<OpenedPage> {
  const room = await openRoom(app, workshopId);
  const url = room.teamJoinUrls.find((entry) => entry.teamId === teamId)?.url;
  if (!url) throw new Error(`The room has no address for team ${teamId}.`);
  const opened = await newAppPage(browser, url, PHONE_VIEWPORT, PHONE_DEVICE);
  await opened.page.goto(url);
  await opened.page.getByTestId('join-name').tap();
  await opened.page.keyboard.type(NAME);
  await opened.page.getByTestId('join-submit').tap();
  await opened.page.getByTestId('workshop-title').waitFor();
  return opened;
}

/** The page fits the phone's width, and every control on it is big enough for a finger; a failure names the small ones. */
async function fitsAFinger(page: Page, screen: string): Promise<void> {
  const width = await pageWidth(page);
  expect(width.scrollWidth, `${screen}: the page scrolls sideways`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  const small = (await smallTapTargets(page)).map((t) => `${t.name} (${String(t.width)}×${String(t.height)})`);
  expect(small, `${screen}: controls smaller than 44×44`).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screens, name) });
}

describe('the team’s page on a phone, by touch', () => {
  const workshop = phoneRoom();
  const front = workshop.teams[0]?.id ?? '';
  const back = workshop.teams[1]?.id ?? '';
  const stage = workshop.stages[1];
  const channel = workshop.channels[1];
  let hosted: HostedWorkshop;
  let phone: OpenedPage;
  let page: Page;
  const host = (): Promise<Workshop> => hostWorkshop(hosted.line, workshop.id);
  const ownCard = async () => (await host()).touchpoints.find((t) => t.teamId === front);

  beforeAll(async () => {
    hosted = await startHostedWorkshop(workshop, 'phone-test-facilitator');
    // The other team's work, so the phone has something to see and vote for.
    await hosted.send(
      { type: 'touchpoint/add', teamId: back, stageId: workshop.stages[0]?.id ?? '', channelId: workshop.channels[0]?.id ?? '', title: 'Final bill' },
      { type: 'fix/add', teamId: back, title: OTHER_FIX, touchpointIds: [], pillarIds: [], impact: 4, effort: 3 },
    );
    phone = await joinOnPhone(hosted.browser, hosted.app, workshop.id, front);
    page = phone.page;
  });

  afterAll(async () => {
    await hosted.close();
  });

  it('joins as a person of Front line and lands on the team’s board', async () => {
    await expect(page.getByTestId('member-who').innerText()).resolves.toMatch(new RegExp(`^${NAME}\\s*·\\s*Front line$`));
    await page.getByTestId('board-view').waitFor();
    const person = (await host()).participants.find((p) => p.name === NAME);
    expect(person?.teamId).toBe(front);
  });

  it('Map: a tap on a cell’s “+” and the phone’s keyboard place a card, without any drag', async () => {
    const cell = page.getByTestId(`cell-${stage?.name ?? ''}-${channel?.name ?? ''}`);
    await cell.getByRole('button', { name: `Add a touchpoint in ${stage?.name ?? ''}, ${channel?.name ?? ''}` }).tap();
    await page.keyboard.type(CARD);
    await page.keyboard.press('Enter');
    await cell.getByTestId('card').filter({ hasText: CARD }).waitFor();
    // The title field stays open for the next card; the phone's keyboard goes away with a tap elsewhere.
    await page.getByTestId('board-view').locator('.board-corner').tap();
    await eventually(async () => {
      const card = await ownCard();
      return card && { title: card.title, stageId: card.stageId, channelId: card.channelId };
    }).toEqual({ title: CARD, stageId: stage?.id, channelId: channel?.id });
    await fitsAFinger(page, 'Map');
    await screenshot(page, 'phone-map.png');
  });

  it('Map: a tap on the card opens its editor as a bottom sheet; the changes are saved', async () => {
    await page.getByTestId('card').filter({ hasText: CARD }).tap();
    const editor = page.getByTestId('card-editor');
    await editor.waitFor();
    // The sheet spans the phone's width and sits on the bottom edge.
    const box = await editor.boundingBox();
    expect(box && Math.round(box.width)).toBe(PHONE_VIEWPORT.width);
    expect(box && Math.round(box.y + box.height)).toBe(PHONE_VIEWPORT.height);
    await fitsAFinger(page, 'Card editor');
    await screenshot(page, 'phone-card-editor.png');

    await page.getByTestId('card-title').tap();
    await page.getByTestId('card-title').fill(EDITED);
    await editor.getByRole('radio', { name: /^−1/ }).tap();
    await editor.locator('.truth-toggle').tap();
    await page.getByTestId('card-save').tap();
    await editor.waitFor({ state: 'detached' });
    await eventually(async () => {
      const card = await ownCard();
      return card && { title: card.title, feeling: card.feeling, momentOfTruth: card.momentOfTruth };
    }).toEqual({ title: EDITED, feeling: -1, momentOfTruth: true });
  });

  it('Rate: a tap on a pillar of the card and a tap on a score rate it', async () => {
    await hosted.send({ type: 'phase/set', phase: 'rate' });
    await page.getByRole('tab', { name: 'Rate', exact: true }).tap();
    const empathy = page.getByRole('button', { name: new RegExp(`^${EDITED} — Empathy:`) });
    await empathy.tap();
    await expect(page.locator('.rating-hint-where').innerText()).resolves.toMatch(new RegExp(`${EDITED} · Empathy`));
    await page.getByRole('group', { name: `Rate ${EDITED} on Empathy` }).getByRole('button', { name: /^4/ }).tap();
    await eventually(() => empathy.innerText()).toBe('4');
    const pillar = workshop.framework.pillars.find((p) => p.name === 'Empathy');
    await eventually(async () => {
      const state = await host();
      const card = state.touchpoints.find((t) => t.title === EDITED);
      return state.ratings.filter((r) => r.touchpointId === card?.id).map((r) => ({ teamId: r.teamId, pillarId: r.pillarId, score: r.score }));
    }).toEqual([{ teamId: front, pillarId: pillar?.id, score: 4 }]);
    await fitsAFinger(page, 'Rate');
    await screenshot(page, 'phone-rate.png');
  });

  it('Fixes: the form proposes a fix for the team, by taps', async () => {
    await hosted.send({ type: 'phase/set', phase: 'fix' });
    await page.getByRole('tab', { name: 'Fixes', exact: true }).tap();
    await page.getByTestId('fix-title').tap();
    await page.keyboard.type(FIX);
    await page.locator('.fix-check').filter({ hasText: 'Time & Effort' }).tap();
    await page.getByRole('group', { name: /Impact/ }).locator('label').filter({ hasText: '5' }).tap();
    // The touchpoint it is about, picked from the list with a finger: its rows are a fingertip high too.
    await page.getByRole('combobox', { name: 'Link a touchpoint' }).tap();
    const list = page.getByRole('listbox');
    await list.waitFor();
    await fitsAFinger(page, 'Fixes, the list of touchpoints open');
    await screenshot(page, 'phone-fix-picker.png');
    await list.getByRole('option', { name: new RegExp(`^${EDITED}`) }).tap();
    await page.getByRole('button', { name: 'Link', exact: true }).tap();
    await page.locator('.fix-link-chip').filter({ hasText: EDITED }).waitFor();
    await page.getByTestId('fix-title').scrollIntoViewIfNeeded();
    await fitsAFinger(page, 'Fixes');
    await screenshot(page, 'phone-fix.png');
    await page.getByRole('button', { name: 'Add fix' }).tap();
    await page.getByTestId('fix-card').filter({ hasText: FIX }).waitFor();
    const timeAndEffort = workshop.framework.pillars.find((p) => p.name === 'Time & Effort');
    const card = await ownCard();
    await eventually(async () => {
      const fix = (await host()).fixes.find((f) => f.title === FIX);
      return fix && { teamId: fix.teamId, touchpointIds: fix.touchpointIds, pillarIds: fix.pillarIds, impact: fix.impact };
    }).toEqual({ teamId: front, touchpointIds: [card?.id], pillarIds: [timeAndEffort?.id], impact: 5 });
  });

  it('Vote: the person opens their own ballot and casts their own dots', async () => {
    await hosted.send({ type: 'phase/set', phase: 'vote' });
    await page.getByRole('tab', { name: 'Vote', exact: true }).tap();
    // A person's own device offers that person's ballot only.
    await expect(page.getByTestId('own-ballot').innerText()).resolves.toContain(`Your ballot, ${NAME}`);
    await expect(page.getByTestId('next-voter').count()).resolves.toBe(0);
    await fitsAFinger(page, 'Vote');
    await screenshot(page, 'phone-vote.png');

    await page.getByTestId('own-ballot-open').tap();
    await page.getByTestId('private-ballot').waitFor();
    await page.getByRole('button', { name: `Put a dot on “${FIX}”` }).tap();
    await page.getByRole('button', { name: `Put a dot on “${FIX}”` }).tap();
    await page.getByRole('button', { name: `Put a dot on “${OTHER_FIX}”` }).tap();
    await expect(page.getByTestId('dots-left').innerText()).resolves.toMatch(/^2\s+dots left$/);
    await fitsAFinger(page, 'Ballot');
    await screenshot(page, 'phone-ballot.png');
    await page.getByRole('button', { name: 'Confirm my vote (3 dots)' }).tap();
    await page.getByTestId('own-ballot-summary').waitFor();

    await eventually(async () => {
      const state = await host();
      const noor = state.participants.find((p) => p.name === NAME);
      const title = (fixId: string) => state.fixes.find((f) => f.id === fixId)?.title;
      return state.votes
        .filter((v) => v.participantId === noor?.id)
        .map((v) => [title(v.fixId), v.dots])
        .sort();
    }).toEqual([
      [OTHER_FIX, 1],
      [FIX, 2],
    ]);
    await fitsAFinger(page, 'Vote thank-you');
    await screenshot(page, 'phone-voted.png');
    expect(phone.foreignRequests).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
  });
});
