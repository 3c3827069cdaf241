// A small real workshop run end to end in a real browser, as a newcomer runs it: three teams (two place cards,
// one rates), four fixes, six people voting to a tie and a runoff, three actions whose owners are written in
// Greek, Polish and German, one measured "≥ 90 %". The PDF it ends in is then read sentence by sentence and
// each sentence checked against the workshop as it was saved and the numbers this test typed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { extractPdf, squeeze, type ExtractedPdf } from '../main/export/pdf-inspect';
import { renderPdfPages } from './support/pdf-pages';
import { openPhaseTab } from './support/phase-tab';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import { sessionForTests } from './support/session';

const TITLE = 'Smile Street: from booking to aftercare';
const ORGANISATION = 'Smile Street Dental';
const FACILITATOR = 'Ingrid Holm';
const [RECEPTION, CLINICIANS, BILLING] = ['Reception', 'Clinicians', 'Billing'] as const;

/** Cards: Reception places three, Clinicians one, Billing none. */
const CARDS = [
  { team: RECEPTION, stage: 'Discover', channel: 'Web', title: 'Clinic website' },
  { team: RECEPTION, stage: 'Buy', channel: 'Phone', title: 'Booking call' },
  { team: RECEPTION, stage: 'Receive', channel: 'E-mail', title: 'Reminder e-mail' },
  { team: CLINICIANS, stage: 'Use', channel: 'Store', title: 'Check-up chair' },
] as const;

/** Reception's ratings, row by row in journey order, pillar by pillar; null is N/A (typed as 0). */
const PILLARS = ['Integrity', 'Resolution', 'Expectations', 'Empathy', 'Personalisation', 'Time & Effort'] as const;
const RECEPTION_RATINGS: readonly (readonly [string, readonly (number | null)[]])[] = [
  ['Clinic website', [4, 3, 4, 2, 3, 5]],
  ['Booking call', [2, 1, null, 3, 2, 1]],
  ['Reminder e-mail', [5, 4, 4, 3, 2, 4]],
];

const REMINDER = 'Text a reminder the day before';
const PRICES = 'Show prices before booking';
const EVENINGS = 'Book online after 6 pm';
const QUIET = 'A quiet room for nervous patients';
const FIXES = [
  { title: REMINDER, team: RECEPTION, card: 'Reminder e-mail', pillar: 'Expectations', impact: 4, effort: 2 },
  { title: PRICES, team: BILLING, card: 'Clinic website', pillar: 'Integrity', impact: 5, effort: 3 },
  { title: EVENINGS, team: RECEPTION, card: 'Booking call', pillar: 'Time & Effort', impact: 3, effort: 4 },
  { title: QUIET, team: CLINICIANS, card: 'Check-up chair', pillar: 'Empathy', impact: 3, effort: 2 },
] as const;
const IMPACT_WORDS = ['', 'tiny', 'small', 'medium', 'large', 'huge'];
const EFFORT_WORDS = ['', 'trivial', 'light', 'moderate', 'heavy', 'very heavy'];

/** Six people, two per team; each spends all 5 dots. Reminder and Prices tie on 9, Quiet has 7, Evenings 5. */
const BALLOTS: readonly (readonly [string, string, Readonly<Record<string, number>>])[] = [
  ['Amara Osei', RECEPTION, { [REMINDER]: 3, [PRICES]: 2 }],
  ['Björn Lindqvist', RECEPTION, { [PRICES]: 3, [EVENINGS]: 2 }],
  ['Chiara Russo', CLINICIANS, { [REMINDER]: 2, [QUIET]: 3 }],
  ['Diego Fernández', CLINICIANS, { [PRICES]: 2, [EVENINGS]: 1, [QUIET]: 2 }],
  ['Eun-ji Park', BILLING, { [REMINDER]: 3, [EVENINGS]: 2 }],
  ['Farah Haddad', BILLING, { [REMINDER]: 1, [PRICES]: 2, [QUIET]: 2 }],
];
/** The runoff between the two tied fixes: one dot each, Reminder wins 4 to 2. */
const RUNOFF: readonly (readonly [string, string])[] = [
  ['Amara Osei', REMINDER],
  ['Björn Lindqvist', PRICES],
  ['Chiara Russo', REMINDER],
  ['Diego Fernández', PRICES],
  ['Eun-ji Park', REMINDER],
  ['Farah Haddad', REMINDER],
];

const MEASURE_WITH_SIGN = '≥ 90 % of patients confirm their visit by text';
const ACTIONS = [
  { fix: REMINDER, owner: 'Σοφία Παπαδοπούλου', due: '2027-02-15', measure: MEASURE_WITH_SIGN },
  { fix: PRICES, owner: 'Zofia Wiśniewska', due: '2027-03-01', measure: 'No price questions at the desk for a month' },
  { fix: QUIET, owner: 'Jürgen Groß', due: '2027-04-30', measure: 'Nervous patients rate the wait 4 of 5 or better' },
] as const;

const session = sessionForTests();

/** The host answers over a WebSocket on a busy machine: give it a few seconds. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 5000, interval: 50 });
const saved = (): Workshop => readSavedWorkshop(session.app.dataDir);

async function snap(name: string): Promise<void> {
  await session.page.screenshot({ path: join(outputDir('screens'), `scenario-${name}.png`) });
}

async function commit(field: Locator, text: string, key = 'Enter'): Promise<void> {
  await field.fill(text);
  await field.press(key);
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
const andList = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`);

/** The ranked list on the Vote screen as [label, title, dots] rows. */
const ranking = () =>
  session.page.getByTestId('ranked-fix').evaluateAll((els) => els.map((el) => [...el.children].map((child) => child.textContent ?? '')));

describe('a small real workshop, from an empty library to the PDF', () => {
  it('frames it: a title, who runs it, and three teams', async () => {
    await session.page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await session.page.getByRole('button', { name: 'Create workshop' }).click();
    await eventually(() => session.page.getByTestId('workshop-title').innerText()).toBe(TITLE);
    await commit(session.page.getByRole('textbox', { name: 'Organisation' }), ORGANISATION);
    await commit(session.page.getByRole('textbox', { name: 'Facilitator' }), FACILITATOR);
    await commit(session.page.getByRole('textbox', { name: 'Name of team Team 1' }), RECEPTION);
    for (const team of [CLINICIANS, BILLING]) {
      await session.page.getByRole('textbox', { name: 'New team' }).fill(team);
      await session.page.getByRole('button', { name: 'Add team' }).click();
    }
    await eventually(() => session.page.getByTestId('frame-team-list').locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual([
      RECEPTION,
      CLINICIANS,
      BILLING,
    ]);
    await waitUntilSaved(session.page);
  });

  it('maps the journey: Reception places three cards, Clinicians one, Billing none', async () => {
    await openPhaseTab(session.page, 'Map');
    for (const card of CARDS) {
      const switcher = session.page.getByTestId('team-switcher');
      if ((await switcher.locator('option:checked').innerText()) !== card.team) await switcher.selectOption({ label: card.team });
      const place = `${card.stage}, ${card.channel}`;
      await session.page.getByRole('button', { name: `Add a touchpoint in ${place}` }).click();
      await session.page.getByRole('combobox', { name: `Title of the new touchpoint in ${place}` }).fill(card.title);
      await session.page.keyboard.press('Enter');
      await eventually(() => session.page.getByTestId(`cell-${card.stage}-${card.channel}`).getByTestId('card').count()).toBe(1);
      await session.page.keyboard.press('Escape');
    }
    await waitUntilSaved(session.page);
    await snap('1-map');
    const w = saved();
    const teamOf = new Map(w.teams.map((t) => [t.id, t.name]));
    const byTitle = (a: readonly string[], b: readonly string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
    expect(w.touchpoints.map((t) => [t.title, teamOf.get(t.teamId) ?? '']).sort(byTitle)).toEqual(CARDS.map((c) => [c.title, c.team]).sort(byTitle));
  });

  it('rates: only Reception rates, its own three cards, one of them N/A on a pillar', async () => {
    await openPhaseTab(session.page, 'Rate');
    const switcher = session.page.getByTestId('team-switcher');
    await switcher.selectOption({ label: RECEPTION });
    for (const [title, scores] of RECEPTION_RATINGS) {
      await session.page.getByRole('button', { name: `${title} — ${PILLARS[0]}: not rated yet` }).focus();
      for (const score of scores) {
        await session.page.keyboard.press(String(score ?? 0));
        await session.page.keyboard.press('ArrowRight');
      }
    }
    const typed = RECEPTION_RATINGS.flatMap(([, scores]) => scores).length;
    await eventually(() => session.page.getByTestId('rating-summary').innerText()).toContain(`${typed} of ${typed} ratings given`);
    await waitUntilSaved(session.page);
    await snap('2-rate');
  });

  it('proposes four fixes, each linked to one card and one pillar', async () => {
    await openPhaseTab(session.page, 'Fixes');
    for (const [i, fix] of FIXES.entries()) {
      await session.page.getByTestId('fix-title').fill(fix.title);
      const link = session.page.getByRole('combobox', { name: 'Link a touchpoint' });
      await link.fill(fix.card);
      await session.page.getByRole('option', { name: new RegExp(`^${fix.card} \\(`) }).click();
      await session.page.getByRole('button', { name: 'Link', exact: true }).click();
      await session.page.getByRole('checkbox', { name: fix.pillar, exact: true }).check();
      await session.page.getByRole('radio', { name: `${fix.impact} (${IMPACT_WORDS[fix.impact] ?? ''})` }).check();
      await session.page.getByRole('radio', { name: `${fix.effort} (${EFFORT_WORDS[fix.effort] ?? ''})` }).check();
      await session.page.getByLabel('Proposed by').selectOption({ label: fix.team });
      await session.page.getByRole('button', { name: 'Add fix' }).click();
      await eventually(() => session.page.getByTestId('fix-card').count()).toBe(i + 1);
    }
    await waitUntilSaved(session.page);
    const w = saved();
    const cardOf = new Map(w.touchpoints.map((t) => [t.id, t.title]));
    expect(w.fixes.map((f) => [f.title, f.touchpointIds.map((id) => cardOf.get(id)), f.impact, f.effort])).toEqual(
      FIXES.map((f) => [f.title, [f.card], f.impact, f.effort]),
    );
  });

  const ballot = () => session.page.getByTestId('private-ballot');

  async function castBallot(name: string, dots: Readonly<Record<string, number>>): Promise<void> {
    await session.page.getByTestId('next-voter').filter({ hasText: name }).click();
    await eventually(() => ballot().getByRole('heading', { level: 2 }).innerText()).toContain(`${name}’s ballot`);
    for (const [fix, count] of Object.entries(dots)) {
      for (let n = 0; n < count; n++) await ballot().getByRole('button', { name: `Put a dot on “${fix}”` }).click();
    }
    await eventually(() => session.page.getByTestId('dots-left').textContent()).toBe('0 dots left');
    await ballot().getByRole('button', { name: /^Confirm my vote/ }).click();
    await session.page.getByTestId('hand-off').waitFor();
    await session.page.getByRole('button', { name: 'I am the next voter' }).click();
  }

  it('votes: six private ballots tie the top two, and a runoff between them settles it', async () => {
    await openPhaseTab(session.page, 'Vote');
    for (const [i, [name, team]] of BALLOTS.entries()) {
      await session.page.getByRole('textbox', { name: 'New person' }).fill(name);
      await session.page.getByRole('combobox', { name: 'Team', exact: true }).selectOption({ label: team });
      await session.page.getByRole('button', { name: 'Add person' }).click();
      // The field empties once the person is on the list; a name typed before that would be wiped with it.
      await eventually(() => session.page.getByTestId('next-voter').count()).toBe(i + 1);
    }
    for (const [name, , dots] of BALLOTS) await castBallot(name, dots);
    await eventually(() => session.page.getByTestId('vote-progress').innerText()).toBe(`${BALLOTS.length} of ${BALLOTS.length} have voted`);

    await session.page.getByRole('button', { name: 'Reveal results' }).click();
    await eventually(ranking).toEqual([
      // Tied fixes are listed by title: the order says nothing of who is ahead.
      ['tied 1st', PRICES, '9 dots'],
      ['tied 1st', REMINDER, '9 dots'],
      ['3rd', QUIET, '7 dots'],
      ['4th', EVENINGS, '5 dots'],
    ]);
    await snap('3-first-vote');

    const runoffPanel = session.page.getByTestId('runoff-panel');
    await runoffPanel.getByLabel('Runoff dots each').fill('1');
    await runoffPanel.getByLabel('Most on one fix').fill('1');
    await session.page.getByRole('button', { name: /^Runoff among the tied fixes/ }).click();
    await eventually(() => session.page.getByTestId('next-voter').count()).toBe(BALLOTS.length);
    for (const [name, fix] of RUNOFF) await castBallot(name, { [fix]: 1 });
    await session.page.getByRole('button', { name: 'Reveal results' }).click();
    await eventually(ranking).toEqual([
      ['1st', REMINDER, '4 dots'],
      ['2nd', PRICES, '2 dots'],
    ]);
    await waitUntilSaved(session.page);
    await snap('4-runoff');
  });

  it('plans three actions from the top fixes, with owners, due dates and measures', async () => {
    await openPhaseTab(session.page, 'Plan');
    // The top fixes in the runoff's order, each number of dots with the round it is from.
    const candidates = session.page.getByTestId('plan-candidate');
    await eventually(() => candidates.count()).toBe(FIXES.length);
    expect((await candidates.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim().replace(/ Make it an action$/, ''))).toEqual([
      `1st ${REMINDER} · 4 dots in runoff 1`,
      `2nd ${PRICES} · 2 dots in runoff 1`,
      `3rd ${QUIET} · 7 dots in the first vote`,
      `4th ${EVENINGS} · 5 dots in the first vote`,
    ]);
    const actions = session.page.getByTestId('action-item');
    for (const [i, planned] of ACTIONS.entries()) {
      await session.page.getByRole('button', { name: `“${planned.fix}”: make it an action` }).click();
      await eventually(() => actions.count()).toBe(i + 1);
      const action = actions.nth(i);
      await commit(action.getByRole('textbox', { name: 'Owner' }), planned.owner);
      await action.getByLabel('Due date').fill(planned.due);
      await commit(action.getByRole('textbox', { name: 'How we will know it worked' }), planned.measure);
      await eventually(() => action.innerText()).not.toContain('Owner needed');
    }
    await waitUntilSaved(session.page);
    expect(saved().actions.map((a) => [a.title, a.owner, a.dueDate, a.successMeasure])).toEqual(
      ACTIONS.map((a) => [a.fix, a.owner, a.due, a.measure]),
    );
    await snap('5-plan');
  });

  let pdf: ExtractedPdf;
  let text = '';

  it('exports the PDF action plan and shows each page as a picture', async () => {
    await openPhaseTab(session.page, 'Export');
    const downloading = session.page.waitForEvent('download', { timeout: 30000 });
    downloading.catch(() => undefined);
    await session.page.getByTestId('export-pdf').click();
    await session.page.getByTestId('export-result').waitFor({ timeout: 30000 });
    const download = await downloading;
    const pdfPath = join(outputDir('e2e'), 'scenario-action-plan.pdf');
    await download.saveAs(pdfPath);
    pdf = await extractPdf(new Uint8Array(readFileSync(pdfPath)));
    text = squeeze(pdf.text);
    writeFileSync(join(outputDir('e2e'), 'scenario-action-plan.txt'), pdf.pages.map((p, i) => `--- page ${i + 1}\n${p.text}`).join('\n'));
    expect(renderPdfPages(pdfPath)).toHaveLength(pdf.pages.length);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  /** The PDF holds this sentence (white space aside: lines wrap where the page needs). */
  const says = (sentence: string) => expect(text, `the PDF should say: ${sentence}`).toContain(squeeze(sentence));
  const neverSays = (sentence: string) => expect(text, `the PDF must not say: ${sentence}`).not.toContain(squeeze(sentence));

  it('says who rated and who placed cards as it was: one team of three rated, two placed cards', () => {
    const w = saved();
    const live = new Set(w.touchpoints.map((t) => t.id));
    const counted = w.ratings.filter((r) => live.has(r.touchpointId));
    const rated = (teamId: string) => new Set(counted.filter((r) => r.teamId === teamId).map((r) => r.touchpointId)).size;
    const raters = w.teams.filter((t) => rated(t.id) > 0);
    const idle = w.teams.filter((t) => rated(t.id) === 0);
    const scores = counted.filter((r) => r.score !== null).length;
    // What this test typed: 18 answers, one of them N/A.
    expect(scores).toBe(RECEPTION_RATINGS.flatMap(([, s]) => s).filter((s) => s !== null).length);
    expect(raters.map((t) => t.name)).toEqual([RECEPTION]);

    const each = raters.map((t) => `${t.name} rated ${rated(t.id)} of the ${plural(w.touchpoints.length, 'touchpoint')}`).join('; ');
    says(`${raters.length} of the ${plural(w.teams.length, 'team')} rated, ${plural(scores, 'rating')} in all: ${each}. ${andList(idle.map((t) => t.name))} rated none.`);
    says(`${andList(idle.map((t) => t.name))} have given no scores yet, so their rows show dashes.`);

    const placing = w.teams.filter((t) => w.touchpoints.some((c) => c.teamId === t.id));
    expect(placing.map((t) => t.name)).toEqual([RECEPTION, CLINICIANS]);
    says(`Thin lines: the ${placing.length} of the ${plural(w.teams.length, 'team')} that placed cards (${andList(placing.map((t) => t.name))}), each in its own colour.`);

    // Every count of teams anywhere in the PDF is one of the three true ones: all teams, those that rated, those that placed cards.
    const flat = pdf.text.replace(/\s+/g, ' ');
    const partOf = [...flat.matchAll(/(\d+) of the (\d+) teams?\b/g)].map((m) => `${m[1] ?? ''} of ${m[2] ?? ''}`);
    expect(new Set(partOf)).toEqual(new Set([`${raters.length} of ${w.teams.length}`, `${placing.length} of ${w.teams.length}`]));
    for (const m of flat.matchAll(/(\d+) teams?\b/g)) expect(Number(m[1]), m[0]).toBe(w.teams.length);

    for (const untrue of ['Every team rated every touchpoint', `${w.teams.length} teams rated the touchpoints`, `each of the ${w.teams.length} teams`, `All ${w.teams.length} teams rated`]) {
      neverSays(untrue);
    }
  });

  it('gives the index and the pillars the ratings typed make', () => {
    const w = saved();
    const byPillar = PILLARS.map((name, p) => {
      const scores = RECEPTION_RATINGS.map(([, row]) => row[p]).filter((s): s is number => s !== null && s !== undefined);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      const weight = w.framework.pillars.find((pillar) => pillar.name === name)?.weight ?? 0;
      return { name, mean, weight };
    });
    const index = byPillar.reduce((sum, p) => sum + ((p.mean - 1) / 4) * 100 * p.weight, 0) / byPillar.reduce((sum, p) => sum + p.weight, 0);
    const scored = RECEPTION_RATINGS.flatMap(([, s]) => s).filter((s) => s !== null).length;
    says(`Weighted across all ${plural(PILLARS.length, 'pillar')}, from ${plural(scored, 'rating')}.`);
    expect(pdf.pages[0]?.runs.some((run) => run.text.trim() === String(Math.round(index)))).toBe(true);
    // Each team's row: Reception's pillar indexes and overall, the two teams that gave no scores only dashes.
    says(`${RECEPTION} ${byPillar.map((p) => Math.round(((p.mean - 1) / 4) * 100)).join(' ')} ${Math.round(index)}`);
    for (const idle of [CLINICIANS, BILLING]) says(`${idle} ${Array.from({ length: PILLARS.length + 1 }, () => '–').join(' ')}`);
    const sorted = [...byPillar].sort((a, b) => a.mean - b.mean);
    const [weakest, strongest] = [sorted[0], sorted.at(-1)];
    says(`Weakest: ${weakest?.name ?? ''} (${(weakest?.mean ?? 0).toFixed(1)} of 5). Strongest: ${strongest?.name ?? ''} (${(strongest?.mean ?? 0).toFixed(1)} of 5).`);
  });

  it('names the round of every number of dots, and never adds the two rounds together', () => {
    const w = saved();
    const first = w.votes.filter((v) => v.round === 0);
    const second = w.votes.filter((v) => v.round === 1);
    const firstDots = first.reduce((n, v) => n + v.dots, 0);
    const runoffDots = second.reduce((n, v) => n + v.dots, 0);
    // The numbers this test cast: 6 people × 5 dots, then one dot each.
    expect([firstDots, runoffDots]).toEqual([BALLOTS.length * 5, RUNOFF.length]);
    const voters = new Set(first.map((v) => v.participantId)).size;
    const runoff = w.voting.runoffs[0];
    const fixTitle = new Map(w.fixes.map((f) => [f.id, f.title]));
    expect(runoff?.fixIds.map((id) => fixTitle.get(id)).sort()).toEqual([PRICES, REMINDER]);
    const dotsIn = (fix: string, round: number) =>
      w.votes.filter((v) => v.round === round && fixTitle.get(v.fixId) === fix).reduce((n, v) => n + v.dots, 0);

    says(`Each person cast a private ballot: ${plural(voters, 'participant')} placed ${plural(firstDots, 'dot')}.`);
    says(
      `Runoff 1 was held among ${(runoff?.fixIds ?? []).map((id) => `“${fixTitle.get(id) ?? ''}”`).join(' and ')}, with ${plural(runoff?.budget ?? 0, 'dot')} each and at most ${runoff?.maxPerFix ?? 0} on one fix; ${plural(runoffDots, 'dot')} were placed.`,
    );
    says(`First vote: ${plural(firstDots, 'dot')}; runoff 1: ${plural(runoffDots, 'dot')}.`);
    neverSays(`${firstDots + runoffDots} dots`);
    // Every number of dots the PDF writes in words is one the room really had: a rule, a round's total, or a fix's dots in one round.
    const perFix = w.fixes.flatMap((f) => [0, 1].map((round) => dotsIn(f.title, round)));
    const allowed = new Set([w.voting.budget, runoff?.budget ?? 0, firstDots, runoffDots, ...perFix]);
    for (const m of pdf.text.replace(/\s+/g, ' ').matchAll(/(\d+) dots?\b/g)) expect(allowed.has(Number(m[1])), m[0]).toBe(true);

    // The ranking: the runoff's two first with their runoff dots, then the rest by the first vote.
    const order = [
      { fix: REMINDER, dots: dotsIn(REMINDER, 1), round: 'runoff 1' },
      { fix: PRICES, dots: dotsIn(PRICES, 1), round: 'runoff 1' },
      { fix: QUIET, dots: dotsIn(QUIET, 0), round: 'first vote' },
      { fix: EVENINGS, dots: dotsIn(EVENINGS, 0), round: 'first vote' },
    ];
    expect(order.map((o) => o.dots)).toEqual([4, 2, 7, 5]);
    says('Dots, round');
    order.forEach((row, i) => {
      const fix = FIXES.find((f) => f.title === row.fix);
      says(`${i + 1} ${row.fix} ${fix?.team ?? ''} ${fix?.card ?? ''} ${fix?.impact ?? 0} of 5 ${fix?.effort ?? 0} of 5 ${row.dots} ${row.round}`);
      // A fix's two rounds are never added into one number.
      neverSays(`${row.fix} ${dotsIn(row.fix, 0) + dotsIn(row.fix, 1)} dots`);
    });
  });

  it('prints every owner exactly as typed, and the measure with its "≥"', () => {
    const w = saved();
    const dueDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    for (const planned of ACTIONS) says(`Owner: ${planned.owner} · Due: ${dueDate(planned.due)}`);
    says(MEASURE_WITH_SIGN);
    // The actions table, row by row: owner, due date and measure as typed, the fix's pillar and card, and its dots with their round.
    const fixTitle = new Map(w.fixes.map((f) => [f.id, f.title]));
    const lastRound = (fix: string) => Math.max(...w.votes.filter((v) => fixTitle.get(v.fixId) === fix).map((v) => v.round));
    const dotsIn = (fix: string, round: number) =>
      w.votes.filter((v) => v.round === round && fixTitle.get(v.fixId) === fix).reduce((n, v) => n + v.dots, 0);
    says('# Action Owner Due Success measure Pillar Touchpoint Dots, round');
    ACTIONS.forEach((planned, i) => {
      const fix = FIXES.find((f) => f.title === planned.fix);
      const round = lastRound(planned.fix);
      says(
        `${i + 1} ${planned.fix} ${planned.owner} ${dueDate(planned.due)} ${planned.measure} ${fix?.pillar ?? ''} ${fix?.card ?? ''} ${dotsIn(planned.fix, round)} ${round === 0 ? 'first vote' : `runoff ${round}`}`,
      );
    });
    // Who was in the room, team by team, as typed.
    for (const team of [RECEPTION, CLINICIANS, BILLING]) {
      says(`Team: ${team} ${BALLOTS.filter(([, t]) => t === team).map(([name]) => name).join(', ')}`);
    }
    const first = squeeze(pdf.pages[0]?.text ?? '');
    for (const planned of ACTIONS) expect(first).toContain(squeeze(planned.owner));
    says(`Teams ${plural(w.teams.length, 'team')}: ${w.teams.map((t) => t.name).join(', ')}`);
    says(`Participants ${w.participants.length}`);
  });
});
