// The dot vote in a real browser: counted from the wall with a tie, a runoff and the final ranking; private ballots passed round one laptop with a hand-off screen; and bad input refused with a sentence.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { finalRanking } from '../../shared/selectors';
import { openPhaseTab } from './support/phase-tab';
import { extendWorkshop } from './support/seed-workshop';
import { startSeededSession } from './support/seeded-session';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import type { AppSession } from './support/session';
import { BILLS, CALL_BACK, ENGINEER, FORMS, voteRoom } from './support/vote-room';

const eventually = expect.poll;

function savedWorkshop(session: AppSession): Workshop {
  return readSavedWorkshop(session.app.dataDir);
}

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir('screens'), `voting-${name}.png`) });
}

async function allSaved(page: Page): Promise<void> {
  await waitUntilSaved(page);
}

/** The ranked list as [label, title, dots] rows. */
async function ranking(page: Page): Promise<string[][]> {
  return page.getByTestId('ranked-fix').evaluateAll((els) =>
    els.map((el) => [...el.children].map((child) => child.textContent ?? '')),
  );
}

describe('counting dots from the wall', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await startSeededSession(voteRoom('Wall count', { people: false }));
    page = session.page;
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
  });

  afterAll(async () => {
    await session.close();
  });

  /** Types a count into a fix's field and presses Enter. */
  async function count(title: string, dots: string): Promise<void> {
    const field = page.getByRole('textbox', { name: title, exact: true });
    await field.fill(dots);
    await field.press('Enter');
  }

  it('offers the two ways to vote before the first dot, and counts from the wall once chosen', async () => {
    const modes = page.getByTestId('vote-modes');
    await modes.waitFor();
    expect(await modes.getByRole('radio', { name: /Ballots on this laptop/ }).getAttribute('aria-checked')).toBe('true');
    await snap(page, '1-mode-choice');
    await modes.getByRole('radio', { name: /Count from the wall/ }).click();
    await page.getByTestId('tally').waitFor();
    const room = page.getByTestId('room-size');
    await room.fill('10');
    await room.press('Enter');
    await eventually(() => page.getByTestId('tally-total').innerText()).toBe('0 of at most 50 dots');
  });

  it('takes the counts by keyboard, refuses one over what the room could give, and keeps results hidden', async () => {
    await count(CALL_BACK, '12');
    // ↓ moves to the next fix's field.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('12');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByTestId('tally-total').innerText()).toBe('31 of at most 50 dots');

    // 10 people with at most 3 each on one fix cannot put 31 dots on it.
    await count(FORMS, '31');
    const refusal = page.getByTestId('tally-row').filter({ hasText: FORMS }).getByRole('alert');
    await eventually(() => refusal.innerText()).toBe('“Fewer forms” can have at most 30 dots: 10 people with at most 3 dots each on one fix.');
    await count(FORMS, 'three');
    await eventually(() => refusal.innerText()).toBe('Use a whole number for the dots counted.');
    expect(await page.getByTestId('tally-total').innerText()).toBe('31 of at most 50 dots');
    await count(FORMS, '3');
    await eventually(() => page.getByTestId('tally-total').innerText()).toBe('34 of at most 50 dots');
    await allSaved(page);
    expect(savedWorkshop(session).tallies.map((t) => t.dots)).toEqual([12, 12, 7, 3]);

    // The rules are fixed now, and the results are still secret.
    expect(await page.getByTestId('settings-locked').isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Dots per person' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('vote-results').innerText()).toContain('Results stay hidden until you reveal them.');
    expect(await page.getByTestId('ranked-fix').count()).toBe(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await snap(page, '2-tally');
  });

  it('reveals a ranking with the tie shown as a tie, then runs a runoff among the tied fixes', async () => {
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await eventually(() => ranking(page)).toEqual([
      ['tied 1st', CALL_BACK, '12 dots'],
      ['tied 1st', BILLS, '12 dots'],
      ['3rd', ENGINEER, '7 dots'],
      ['4th', FORMS, '3 dots'],
    ]);
    await snap(page, '3-revealed-tie');

    await page.getByRole('button', { name: /^Runoff among the tied fixes/ }).click();
    await eventually(() => page.getByRole('heading', { level: 2 }).first().innerText()).toContain('Runoff 1 among the tied fixes');
    // Only the tied fixes are counted now, under the runoff's own rules (3 dots each, 1 per fix).
    await eventually(() => page.getByTestId('tally-row').count()).toBe(2);
    expect(await page.getByTestId('tally-total').innerText()).toBe('0 of at most 30 dots');
    expect(await page.getByTestId('vote-results').innerText()).toContain('Results stay hidden until you reveal them.');
    await count(CALL_BACK, '11');
    await eventually(() => page.getByTestId('tally-row').filter({ hasText: CALL_BACK }).getByRole('alert').innerText()).toBe(
      '“Call back within the hour” can have at most 10 dots: 10 people with at most 1 dot each on one fix.',
    );
    await count(CALL_BACK, '9');
    await count(BILLS, '6');
    await eventually(() => page.getByTestId('tally-total').innerText()).toBe('15 of at most 30 dots');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await snap(page, '4-runoff-tally');

    await page.getByRole('button', { name: 'Reveal results' }).click();
    await eventually(() => ranking(page)).toEqual([
      ['1st', CALL_BACK, '9 dots'],
      ['2nd', BILLS, '6 dots'],
    ]);
    await allSaved(page);
    expect(finalRanking(savedWorkshop(session)).map((r) => [r.rank, r.fix.title])).toEqual([
      [1, CALL_BACK],
      [2, BILLS],
      [3, ENGINEER],
      [4, FORMS],
    ]);
    await snap(page, '5-runoff-revealed');

    // The Plan offers them in that order, each number with the round it is from: rounds are never added up.
    await openPhaseTab(page, 'Plan');
    const candidates = page.getByTestId('plan-candidate');
    await eventually(() => candidates.count()).toBe(4);
    expect((await candidates.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim().replace(/ Make it an action$/, ''))).toEqual([
      `1st ${CALL_BACK} · 9 dots in runoff 1`,
      `2nd ${BILLS} · 6 dots in runoff 1`,
      `3rd ${ENGINEER} · 7 dots in the first vote`,
      `4th ${FORMS} · 3 dots in the first vote`,
    ]);
    expect(await page.locator('.plan-basis').innerText()).toContain('the fixes in runoff 1 first');
    await page.locator('.plan-candidates').screenshot({ path: join(outputDir('screens'), 'voting-5b-plan-after-runoff.png') });
    await openPhaseTab(page, 'Vote');
  });

  it('shows every fix on the impact × effort matrix, with a list that says the same in words', async () => {
    await page.getByRole('button', { name: 'Impact × effort' }).click();
    await page.getByTestId('matrix').waitFor();
    expect(await page.getByTestId('quadrant-quick-wins').innerText()).toContain(`${CALL_BACK} · impact 5, effort 2 · 9 dots in runoff 1`);
    expect(await page.getByTestId('quadrant-fill-ins').innerText()).toContain(`${FORMS} · impact 2, effort 1 · 3 dots in the first vote`);
    expect(await page.getByTestId('quadrant-big-bets').innerText()).toContain(BILLS);
    expect(await page.getByTestId('quadrant-big-bets').innerText()).toContain(ENGINEER);
    expect(await page.getByTestId('quadrant-fill-ins').innerText()).toContain(FORMS);
    await snap(page, '6-matrix');
    await page.getByRole('button', { name: 'Voting', exact: true }).click();
  });

  it('cancels the runoff back to the first round, and resets the vote only after saying how many dots go', async () => {
    await page.getByRole('button', { name: 'Cancel the runoff' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Cancel the runoff' }).click();
    await eventually(() => ranking(page)).toEqual([
      ['tied 1st', CALL_BACK, '12 dots'],
      ['tied 1st', BILLS, '12 dots'],
      ['3rd', ENGINEER, '7 dots'],
      ['4th', FORMS, '3 dots'],
    ]);
    await page.getByRole('button', { name: 'Reset the vote…' }).click();
    const dialog = page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toContain('This clears 34 dots, so the rules can change.');
    await snap(page, '7-reset-confirm');
    await dialog.getByRole('button', { name: 'Reset the vote' }).click();
    await eventually(() => page.getByTestId('tally-total').innerText()).toBe('0 of at most 50 dots');
    expect(await page.getByRole('textbox', { name: 'Dots per person' }).isDisabled()).toBe(false);
    await allSaved(page);
    expect(savedWorkshop(session).tallies).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('private ballots passed round one laptop', () => {
  let session: AppSession;
  let page: Page;
  /** A second window on the same workshop, as a co-facilitator would have. */
  let other: Page;

  beforeAll(async () => {
    session = await startSeededSession(voteRoom('Ballot round', { people: true }));
    page = session.page;
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
    // A window of its own (its own storage), as on a second laptop.
    other = await (await session.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await other.goto(session.app.url);
    await other.getByRole('button', { name: 'Open Ballot round' }).click();
    await other.getByTestId('workshop-title').waitFor();
  });

  afterAll(async () => {
    await session.close();
  });

  const ballot = () => page.getByTestId('private-ballot');
  const dotsOn = (fix: string) => ballot().getByRole('group', { name: `Dots on “${fix}”` }).getByTestId('fix-dots').innerText();
  const plus = (fix: string) => ballot().getByRole('button', { name: `Put a dot on “${fix}”` });
  const fixRow = (fix: string) => ballot().getByTestId('ballot-fix').filter({ hasText: fix });
  const nextVoters = () => page.getByTestId('next-voter').allInnerTexts();

  async function open(name: string): Promise<void> {
    await page.getByTestId('next-voter').filter({ hasText: name }).click();
    await eventually(() => ballot().getByRole('heading', { level: 2 }).innerText()).toContain(`${name}’s ballot`);
  }

  async function add(fix: string, dots: number): Promise<void> {
    for (let i = 0; i < dots; i++) await plus(fix).click();
  }

  async function confirmAndPassOn(): Promise<string> {
    await ballot().getByRole('button', { name: /^Confirm my vote/ }).click();
    const handOff = page.getByTestId('hand-off');
    await handOff.waitFor();
    return handOff.innerText();
  }

  it('opens one person’s ballot from a type-ahead, with their own team’s fixes marked unavailable', async () => {
    await page.getByRole('checkbox', { name: 'Teams may vote for their own fixes' }).uncheck();
    await allSaved(page);
    expect(await page.getByTestId('vote-progress').innerText()).toBe('0 of 4 have voted');
    expect(await nextVoters()).toHaveLength(4);
    await snap(page, '10-next-voter');

    const search = page.getByRole('searchbox', { name: 'Find your name' });
    await search.fill('bart');
    await eventually(nextVoters).toEqual([expect.stringContaining('Bartosz Wójcik')]);
    await search.press('Enter');
    await eventually(() => ballot().isVisible()).toBe(true);
    // Only the ballot is on screen: no results, no rules, no list of names.
    expect(await page.getByTestId('vote-results').count()).toBe(0);
    expect(await page.getByTestId('next-voter').count()).toBe(0);
    expect(await fixRow(BILLS).innerText()).toContain('Your team proposed this fix');
    expect(await fixRow(FORMS).innerText()).toContain('Your team proposed this fix');
    expect(await plus(BILLS).count()).toBe(0);
  });

  it('refuses a dot over the per-fix limit and over the budget, each with a reason beside the fix', async () => {
    await add(CALL_BACK, 3);
    await plus(CALL_BACK).click();
    await eventually(() => fixRow(CALL_BACK).getByRole('alert').innerText()).toBe('At most 3 dots can go on one fix.');
    expect(await dotsOn(CALL_BACK)).toBe('3');
    await add(ENGINEER, 2);
    await plus(ENGINEER).click();
    await eventually(() => fixRow(ENGINEER).getByRole('alert').innerText()).toBe(
      'All 5 dots are used. Take one off another fix first.',
    );
    expect(await dotsOn(ENGINEER)).toBe('2');
    expect(await page.getByTestId('dots-left').textContent()).toBe('0 dots left');
    await snap(page, '11-ballot-over-budget');
    // Nothing is sent before the person confirms.
    expect(savedWorkshop(session).votes).toEqual([]);
  });

  it('confirms the ballot, then shows a hand-off screen that gives nothing of it away', async () => {
    const handOff = await confirmAndPassOn();
    expect(handOff).toContain('Thank you, Bartosz Wójcik — your vote is in.');
    expect(handOff).toContain('Please pass the laptop on to the next person.');
    for (const words of [CALL_BACK, BILLS, ENGINEER, FORMS, 'dot', '3', '2']) expect(handOff).not.toContain(words);
    await snap(page, '12-hand-off');
    await allSaved(page);
    const votes = savedWorkshop(session).votes.map((v) => v.dots);
    expect(votes.sort()).toEqual([2, 3]);
  });

  it('starts the next person on a clean ballot, by keyboard, and counts who has voted but not how', async () => {
    await page.getByRole('button', { name: 'I am the next voter' }).click();
    await eventually(() => page.getByTestId('vote-progress').innerText()).toBe('1 of 4 have voted');
    expect(await nextVoters()).toHaveLength(3);
    expect(await page.getByTestId('vote-results').innerText()).toContain('Results stay hidden until you reveal them.');

    await open('Ama Mensah');
    for (const fix of [BILLS, FORMS]) expect(await dotsOn(fix)).toBe('0');
    expect(await plus(CALL_BACK).count()).toBe(0);
    // Keyboard: + and − on a focused fix.
    await plus(BILLS).focus();
    for (const key of ['+', '+', '+', '+', '-', '+']) await page.keyboard.press(key);
    await eventually(() => dotsOn(BILLS)).toBe('3');
    await plus(FORMS).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await eventually(() => page.getByTestId('dots-left').textContent()).toBe('0 dots left');
    await snap(page, '13-second-ballot');
    await confirmAndPassOn();
    await page.getByRole('button', { name: 'I am the next voter' }).click();

    await open('Chloé Durand');
    for (const fix of [BILLS, FORMS]) expect(await dotsOn(fix)).toBe('0');
    await add(BILLS, 2);
    await add(FORMS, 1);
    await confirmAndPassOn();
    await page.getByRole('button', { name: 'I am the next voter' }).click();
    await eventually(() => page.getByTestId('vote-progress').innerText()).toBe('3 of 4 have voted');
  });

  it('adds a latecomer on the spot', async () => {
    await page.getByRole('textbox', { name: 'New person' }).fill('Eve Okafor');
    await page.getByRole('combobox', { name: 'Team', exact: true }).selectOption({ label: 'Front line' });
    await page.getByRole('button', { name: 'Add person' }).click();
    await eventually(nextVoters).toEqual([expect.stringContaining('Dev Patel'), expect.stringContaining('Eve Okafor')]);
    expect(await page.getByTestId('vote-progress').innerText()).toBe('3 of 5 have voted');
  });

  it('closes a ballot whose voter was taken off the list elsewhere, saying so and counting nothing', async () => {
    await open('Dev Patel');
    await add(CALL_BACK, 1);
    await other.getByRole('tab', { name: 'Vote', exact: true }).click();
    await other.getByRole('button', { name: 'Take Dev Patel off the list' }).click();
    await other.getByTestId('confirm-dialog').getByRole('button', { name: 'Take off the list' }).click();
    await eventually(() => page.getByRole('alert').first().innerText()).toBe(
      'Dev Patel was taken off the list of voters, so their ballot was closed. Nothing was counted.',
    );
    expect(await ballot().count()).toBe(0);
    expect(await nextVoters()).toEqual([expect.stringContaining('Eve Okafor')]);
  });

  it('gives back the dots on a fix deleted while the ballot was open, and counts only the rest', async () => {
    await open('Eve Okafor');
    await add(FORMS, 2);
    await add(BILLS, 1);
    await other.getByRole('tab', { name: 'Fixes', exact: true }).click();
    await other.getByRole('button', { name: `Delete “${FORMS}”` }).click();
    await eventually(() => ballot().getByTestId('fix-gone').innerText()).toContain(
      'A fix you put dots on was deleted while you were voting, so those dots are back for you to spend.',
    );
    expect(await page.getByTestId('dots-left').textContent()).toBe('4 dots left');
    expect(await fixRow(FORMS).count()).toBe(0);
    await confirmAndPassOn();
    await page.getByRole('button', { name: 'I am the next voter' }).click();
    await eventually(() => page.getByTestId('vote-progress').innerText()).toBe('4 of 4 have voted');
    expect(await page.getByText('Everyone has voted.').isVisible()).toBe(true);
  });

  it('reveals the ranking only when the facilitator asks', async () => {
    expect(await page.getByTestId('ranked-fix').count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await eventually(() => ranking(page)).toEqual([
      ['1st', BILLS, '6 dots'],
      ['2nd', CALL_BACK, '3 dots'],
      ['3rd', ENGINEER, '2 dots'],
    ]);
    await snap(page, '14-ballots-revealed');
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('a room of forty on one laptop', () => {
  let session: AppSession;
  let page: Page;
  const names = Array.from({ length: 40 }, (_, i) => `Voter ${String(i + 1).padStart(2, '0')}`);

  beforeAll(async () => {
    const room = voteRoom('Forty voters', { people: false });
    const team = room.teams[0]?.id ?? '';
    session = await startSeededSession(
      extendWorkshop(room, () => names.map((name): ClientCommand => ({ type: 'participant/add', name, teamId: team }))),
    );
    page = session.page;
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
  });

  afterAll(async () => {
    await session.close();
  });

  it('takes forty ballots in turn, each found by typing a name, and every one is counted', async () => {
    await eventually(() => page.getByTestId('next-voter').count()).toBe(40);
    await snap(page, '20-forty-next-voter');
    const started = Date.now();
    for (const [i, name] of names.entries()) {
      const search = page.getByRole('searchbox', { name: 'Find your name' });
      await search.fill(name);
      await search.press('Enter');
      const fix = [CALL_BACK, BILLS, ENGINEER, FORMS][i % 4] ?? CALL_BACK;
      await page.getByRole('button', { name: `Put a dot on “${fix}”` }).focus();
      for (const key of ['+', '+', '+']) await page.keyboard.press(key);
      await page.getByRole('button', { name: `Put a dot on “${CALL_BACK === fix ? BILLS : CALL_BACK}”` }).focus();
      for (const key of ['+', '+']) await page.keyboard.press(key);
      await page.getByRole('button', { name: 'Confirm my vote (5 dots)' }).click();
      await page.getByRole('button', { name: 'I am the next voter' }).click();
    }
    // For the report: how long forty people took at the keyboard, driven as fast as the page allows.
    console.log(`voting.forty_ballots_ms: ${Date.now() - started}`);
    await eventually(() => page.getByTestId('vote-progress').innerText()).toBe('40 of 40 have voted');
    await allSaved(page);
    expect(savedWorkshop(session).votes.reduce((n, v) => n + v.dots, 0)).toBe(200);
  });
});
