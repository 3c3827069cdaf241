// A whole small workshop in a room of eight teams, each on a laptop of its own: eight real Chromium
// team pages (one browser, a context each, each joined through the join screen as a different person
// of a different team) and the facilitator's page. The teams work at the same time through their
// pages' own controls: each places a card, rates it and proposes a fix; the facilitator moves the
// phases and reveals the ratings on their page; everyone votes with their own dots; the facilitator
// reveals the vote. Along the way and at the end, every page must agree with the host: what each
// page holds (the workshop rebuilt from the frames its WebSocket received) is exactly its team's view
// of the host's workshop — other teams' ratings and dots left out until they are revealed — and what
// each page shows (the cards on the board, the ranked dots on the Vote screen) is what the host holds.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Id, Workshop } from '../../shared/model';
import { rankLabel } from '../../shared/present/ranks';
import { viewForTeam } from '../../shared/selectors/team-view';
import { voteRanking } from '../../shared/selectors/voting';
import { launchBrowser, newAppPage, type OpenedPage } from './support/browser';
import { facilitatorCommands, heldWorkshop, hostWorkshop, recordFrames } from './support/host-state';
import { facilitatorLine, openTeamPage, type FacilitatorLine } from './support/room';
import { outputDir, startApp, type RunningApp } from './support/serve';

/** Polls long enough for eight pages and the host sharing two cores. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20000, interval: 200 });

const TEAMS = ['Front line', 'Back office', 'Field engineers', 'Billing', 'Digital', 'Retail stores', 'Complaints', 'Partners'];
const PEOPLE = ['Ama Mensah', 'Bartosz Wójcik', 'Chloé Durand', 'Dev Patel', 'Eleni Papadopoulou', 'Farah Haddad', 'Gustav Lind', 'Hana Sato'];
const CARDS = ['Moving-out form', 'Final bill', 'Engineer visit', 'Direct debit change', 'Meter photo in the app', 'Store appointment', 'Complaint call', 'Partner hand-over'];
const FIXES = ['One form for the move', 'Plain-English final bill', 'Two-hour visit slots', 'Debit moves with you', 'Photo reading on day one', 'Book the store online', 'A named case handler', 'One hand-over call'];

/**
 * Who puts how many dots on which fix (by team number): ties at 2 and 1 dots, and one fix
 * with none, so the ranking has something to say. Each person spends at most 5, at most 3 on one fix.
 */
const BALLOTS: readonly (readonly (readonly [number, number])[])[] = [
  [[1, 2], [2, 1]],
  [[0, 3], [2, 1]],
  [[0, 2], [3, 2]],
  [[2, 3]],
  [[0, 1], [5, 2]],
  [[2, 2], [4, 1]],
  [[6, 1], [0, 2]],
  [[1, 3]],
];

interface TeamPage {
  readonly index: number;
  readonly teamId: Id;
  readonly opened: OpenedPage;
  readonly page: Page;
  /** Every frame its WebSocket received since before it joined. */
  readonly frames: string[];
}

/** The rank, title and dots of each fix with dots on a page's Vote screen, and the fixes listed with none. */
async function shownRanking(page: Page): Promise<{ ranked: [string, string, number][]; none: string }> {
  const ranked = await page.getByTestId('ranked-fix').evaluateAll((items) =>
    items.map((item): [string, string, number] => [
      item.querySelector('.vote-rank')?.textContent?.trim() ?? '',
      item.querySelector('.vote-rank-title')?.textContent?.trim() ?? '',
      Number.parseInt(item.querySelector('.vote-rank-dots')?.textContent ?? '', 10),
    ]),
  );
  const none = (await page.locator('.vote-no-dots').count()) > 0 ? await page.locator('.vote-no-dots').innerText() : '';
  return { ranked, none };
}

/** Null when the page holds exactly `want`; otherwise which page and which parts of the workshop differ. */
function disagreement(who: string, held: Workshop | undefined, want: Workshop): string | null {
  if (!held) return `${who}: no workshop yet`;
  const parts = (Object.keys(want) as (keyof Workshop)[]).filter((key) => !isDeepStrictEqual(held[key], want[key]));
  return parts.length === 0 ? null : `${who}: ${parts.join(', ')}`;
}

/** The titles of the cards a page's board shows with every team's cards on it, sorted. */
async function shownCards(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Map', exact: true }).click();
  await page.getByRole('button', { name: 'All teams', exact: true }).click();
  const titles = await page.locator('[data-testid="card"] .card-title').allInnerTexts();
  return titles.sort();
}

describe('a room of eight teams stays in agreement through a whole workshop', () => {
  let browser: Browser;
  let app: RunningApp;
  let line: FacilitatorLine;
  let send: ReturnType<typeof facilitatorCommands>;
  let workshopId = '';
  let facilitator: OpenedPage;
  let facilitatorFrames: string[] = [];
  const teams: TeamPage[] = [];
  const host = (): Promise<Workshop> => hostWorkshop(line, workshopId);

  /** Each team page's work, all eight at once, as a room works. */
  const everyTeam = (work: (team: TeamPage) => Promise<void>) => Promise.all(teams.map(work));

  /**
   * Every team page holds exactly its team's view of the host's workshop, and the facilitator's page
   * all of it; a failure names the pages that disagree and the parts of the workshop they disagree on.
   */
  async function everyStoreAgrees(): Promise<void> {
    await eventually(async () => {
      const state = await host();
      const disagreeing = teams.map((team) => disagreement(TEAMS[team.index] ?? '', heldWorkshop(team.frames), viewForTeam(state, team.teamId)));
      disagreeing.push(disagreement('the facilitator', heldWorkshop(facilitatorFrames), state));
      return disagreeing.filter((line) => line !== null);
    }).toEqual([]);
  }

  beforeAll(async () => {
    [browser, app] = await Promise.all([launchBrowser(), startApp()]);
    line = await facilitatorLine(app);
    // The facilitator makes the workshop and its eight teams over their own line, as their page would.
    workshopId = (await line.request('library/create', { title: 'Moving house: the whole room', template: 'blank' })).id;
    send = facilitatorCommands(line, workshopId, 'room-agreement-facilitator');
    const blank = await host();
    await send(
      { type: 'team/rename', teamId: blank.teams[0]?.id ?? '', name: TEAMS[0] ?? '' },
      ...TEAMS.slice(1).map((name) => ({ type: 'team/add' as const, name })),
      { type: 'phase/set', phase: 'map' },
    );
    const made = await host();
    expect(made.teams.map((t) => t.name)).toEqual(TEAMS);

    // The facilitator's page, listening from the start.
    const url = `${app.url}#/workshop/${encodeURIComponent(workshopId)}`;
    facilitator = await newAppPage(browser, url);
    facilitatorFrames = recordFrames(facilitator.page);
    await facilitator.page.goto(url);
    await facilitator.page.getByTestId('workshop-title').waitFor();

    // One person per team joins from their own laptop through the join screen, one after the other as people arrive.
    for (const [index, team] of made.teams.entries()) {
      let frames: string[] = [];
      const opened = await openTeamPage(browser, app, workshopId, team.id, PEOPLE[index] ?? '', {
        viewport: { width: 1280, height: 720 },
        beforeJoin: ({ page }) => {
          frames = recordFrames(page);
        },
      });
      teams.push({ index, teamId: team.id, opened, page: opened.page, frames });
    }
  }, 120000);

  afterAll(async () => {
    for (const team of teams) await team.opened.context.close();
    await facilitator.context.close();
    line.close();
    await browser.close();
    await app.stop();
  });

  it('every person is in the host’s workshop, on their own team', async () => {
    const state = await host();
    expect(state.participants.map((p) => [p.name, state.teams.find((t) => t.id === p.teamId)?.name])).toEqual(
      PEOPLE.map((name, i) => [name, TEAMS[i]]),
    );
    await everyStoreAgrees();
  });

  it('each team places a card on its board at the same time, with the “+” of a cell', async () => {
    const { stages, channels } = await host();
    await everyTeam(async ({ index, page }) => {
      const stage = stages[index % stages.length]?.name ?? '';
      const channel = channels[index % channels.length]?.name ?? '';
      const cell = page.getByTestId(`cell-${stage}-${channel}`);
      await cell.getByRole('button', { name: `Add a touchpoint in ${stage}, ${channel}` }).click();
      await page.keyboard.type(CARDS[index] ?? '');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await cell.getByTestId('card').filter({ hasText: CARDS[index] ?? '' }).waitFor();
    });
    await eventually(async () => {
      const state = await host();
      return state.touchpoints.map((t) => [t.title, state.teams.find((team) => team.id === t.teamId)?.name]).sort();
    }).toEqual(CARDS.map((title, i) => [title, TEAMS[i]]).sort());
    await everyStoreAgrees();
  });

  it('the facilitator opens Rate; each team rates its card silently, and no page holds another team’s ratings', async () => {
    await facilitator.page.getByRole('tab', { name: 'Rate', exact: true }).click();
    await facilitator.page.getByTestId('move-room-here').click();
    await eventually(async () => (await host()).phase).toBe('rate');
    const pillars = (await host()).framework.pillars;
    await everyTeam(async ({ index, page }) => {
      await page.getByRole('tab', { name: 'Rate', exact: true }).click();
      const title = CARDS[index] ?? '';
      for (const [offset, score] of [[0, (index % 5) + 1], [1, ((index + 2) % 5) + 1]] as const) {
        const pillar = pillars[(index + offset) % pillars.length]?.name ?? '';
        await page.getByRole('button', { name: new RegExp(`^${title} — ${pillar}:`) }).click();
        await page.getByRole('group', { name: `Rate ${title} on ${pillar}` }).getByRole('button', { name: new RegExp(`^${String(score)}`) }).click();
        await eventually(() => page.getByRole('button', { name: new RegExp(`^${title} — ${pillar}:`) }).innerText()).toBe(String(score));
      }
    });
    await eventually(async () => (await host()).ratings.length).toBe(16);
    const state = await host();
    for (const [index, teamId] of state.teams.map((t) => t.id).entries()) {
      const card = state.touchpoints.find((t) => t.teamId === teamId);
      const given = state.ratings.filter((r) => r.teamId === teamId);
      expect(given.map((r) => r.touchpointId)).toEqual([card?.id, card?.id]);
      const scoreOn = (offset: number) => given.find((r) => r.pillarId === pillars[(index + offset) % pillars.length]?.id)?.score;
      expect([scoreOn(0), scoreOn(1)], TEAMS[index]).toEqual([(index % 5) + 1, ((index + 2) % 5) + 1]);
    }
    await everyStoreAgrees();
    for (const team of teams) expect(heldWorkshop(team.frames)?.ratings.every((r) => r.teamId === team.teamId)).toBe(true);
  });

  it('the facilitator reveals the ratings from Insights, and every page holds all of them', async () => {
    await facilitator.page.getByRole('tab', { name: 'Insights', exact: true }).click();
    await facilitator.page.getByTestId('reveal-ratings').click();
    await eventually(async () => (await host()).ratingsRevealed).toBe(true);
    await everyStoreAgrees();
    await everyTeam(async ({ page }) => {
      await eventually(() => page.getByTestId('rating-silent').innerText()).toBe('Every team’s ratings are revealed: compare them on the Insights screen.');
    });
    for (const team of teams) expect(heldWorkshop(team.frames)?.ratings).toHaveLength(16);
  });

  it('the facilitator opens Fixes; each team proposes a fix through its form', async () => {
    await facilitator.page.getByRole('tab', { name: 'Fixes', exact: true }).click();
    await everyTeam(async ({ index, page }) => {
      await page.getByRole('tab', { name: 'Fixes', exact: true }).click();
      await page.getByTestId('fix-title').fill(FIXES[index] ?? '');
      await page.getByRole('button', { name: 'Add fix' }).click();
      await page.getByTestId('fix-card').filter({ hasText: FIXES[index] ?? '' }).waitFor();
    });
    await eventually(async () => {
      const state = await host();
      return state.fixes.map((f) => [f.title, state.teams.find((t) => t.id === f.teamId)?.name]).sort();
    }).toEqual(FIXES.map((title, i) => [title, TEAMS[i]]).sort());
    await everyStoreAgrees();
  });

  it('the facilitator opens the vote; everyone casts their own dots in secret', async () => {
    await facilitator.page.getByRole('tab', { name: 'Vote', exact: true }).click();
    await facilitator.page.getByTestId('move-room-here').click();
    await eventually(async () => (await host()).phase).toBe('vote');
    await everyTeam(async ({ index, page }) => {
      await page.getByRole('tab', { name: 'Vote', exact: true }).click();
      await expect(page.getByTestId('own-ballot').innerText()).resolves.toContain(PEOPLE[index] ?? '');
      await page.getByTestId('own-ballot-open').click();
      await page.getByTestId('private-ballot').waitFor();
      let spent = 0;
      for (const [fix, dots] of BALLOTS[index] ?? []) {
        for (let n = 0; n < dots; n++) await page.getByRole('button', { name: `Put a dot on “${FIXES[fix] ?? ''}”` }).click();
        spent += dots;
      }
      await page.getByRole('button', { name: `Confirm my vote (${String(spent)} ${spent === 1 ? 'dot' : 'dots'})` }).click();
      await page.getByTestId('own-ballot-summary').waitFor();
    });
    await eventually(async () => (await host()).votes.length).toBe(BALLOTS.flat().length);
    const state = await host();
    for (const [index, ballot] of BALLOTS.entries()) {
      const person = state.participants.find((p) => p.name === PEOPLE[index]);
      const cast = state.votes
        .filter((v) => v.participantId === person?.id)
        .map((v) => [FIXES.indexOf(state.fixes.find((f) => f.id === v.fixId)?.title ?? ''), v.dots])
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      expect(cast, PEOPLE[index]).toEqual([...ballot].map(([fix, dots]) => [fix, dots]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)));
    }
    // Secret until revealed: each page holds its own team's dots and nobody else's, and shows no ranking.
    await everyStoreAgrees();
    for (const team of teams) {
      const own = new Set(state.participants.filter((p) => p.teamId === team.teamId).map((p) => p.id));
      expect(heldWorkshop(team.frames)?.votes.every((v) => own.has(v.participantId))).toBe(true);
      await expect(team.page.getByTestId('ranked-fix').count()).resolves.toBe(0);
    }
  });

  it('the facilitator reveals the vote: every page shows the host’s ranking, dots and turnout', async () => {
    await facilitator.page.getByRole('button', { name: 'Reveal results' }).click();
    await eventually(async () => (await host()).voting.revealed).toBe(true);
    const state = await host();
    const ranking = voteRanking(state);
    const expected = {
      ranked: ranking.filter((r) => r.dots > 0).map((r): [string, string, number] => [rankLabel(r), r.fix.title, r.dots]),
      none: `No dots: ${ranking.filter((r) => r.dots === 0).map((r) => r.fix.title).join(' · ')}`,
    };
    // The figures the room should see, worked out by hand from BALLOTS.
    expect(expected.ranked.map(([rank, title, dots]) => `${rank} ${title} ${String(dots)}`)).toEqual([
      `1st ${FIXES[0] ?? ''} 8`,
      `2nd ${FIXES[2] ?? ''} 7`,
      `3rd ${FIXES[1] ?? ''} 5`,
      // Ties stay ties, listed by title.
      `tied 4th ${FIXES[5] ?? ''} 2`,
      `tied 4th ${FIXES[3] ?? ''} 2`,
      `tied 6th ${FIXES[6] ?? ''} 1`,
      `tied 6th ${FIXES[4] ?? ''} 1`,
    ]);
    for (const { page } of [...teams, { page: facilitator.page }]) {
      await eventually(() => shownRanking(page)).toEqual(expected);
      await expect(page.getByTestId('vote-progress').innerText()).resolves.toBe('8 of 8 have voted');
    }
    await facilitator.page.screenshot({ path: join(outputDir('screens'), 'room-agreement-vote.png') });
    await teams[7]?.page.screenshot({ path: join(outputDir('screens'), 'room-agreement-team-vote.png') });
    await everyStoreAgrees();
  });

  it('every page’s board shows the host’s cards, and no page logged an error or reached outside the app', async () => {
    const titles = (await host()).touchpoints.map((t) => t.title).sort();
    for (const { page } of [...teams, { page: facilitator.page }]) expect(await shownCards(page)).toEqual(titles);
    for (const opened of [...teams.map((t) => t.opened), facilitator]) {
      expect(opened.pageErrors).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
    }
  });
});
