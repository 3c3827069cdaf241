/**
 * Dots: how many each person has spent and has left, and the ranking of
 * fixes. Ties are shown as ties (competition ranking: 1, 1, 3), because the
 * room should decide between equal fixes, not the sort order.
 *
 * Voting happens in rounds. Round 0 is the first vote over every fix; round k
 * is the k-th runoff, among the fixes it names, with its own dot rules. The
 * open round is the latest one. Every selector that takes a round defaults to
 * the open round, so "dots left" always means "left to spend now".
 */
import type { Fix, Id, Workshop } from '../model';

export interface RankedFix {
  readonly fix: Fix;
  /** The dots it got in `round`, and only there: rounds are never added up. */
  readonly dots: number;
  /** The round those dots are from: 0 for the first vote, k for the k-th runoff. */
  readonly round: number;
  /** 1 for the most dots; fixes with equal dots share a rank. */
  readonly rank: number;
  /** True when another fix has the same number of dots. */
  readonly tied: boolean;
}

export interface RoundRules {
  /** Dots each participant may spend in the round. */
  readonly budget: number;
  /** Most dots one participant may put on one fix in the round. */
  readonly maxPerFix: number;
}

/** The round people vote in now: 0 before any runoff, k during the k-th runoff. */
export function openRound(workshop: Workshop): number {
  return workshop.voting.runoffs.length;
}

/** The fixes one may vote for in a round, in the order the round lists them. */
export function roundCandidates(workshop: Workshop, round: number): readonly Fix[] {
  if (round === 0) return workshop.fixes;
  const runoff = workshop.voting.runoffs[round - 1];
  if (!runoff) return [];
  const byId = new Map(workshop.fixes.map((f) => [f.id, f]));
  return runoff.fixIds.map((id) => byId.get(id)).filter((f): f is Fix => f !== undefined);
}

/** Whether a fix may get dots in a round. */
export function isCandidate(workshop: Workshop, round: number, fixId: Id): boolean {
  if (round === 0) return workshop.fixes.some((f) => f.id === fixId);
  const runoff = workshop.voting.runoffs[round - 1];
  return runoff !== undefined && runoff.fixIds.includes(fixId) && workshop.fixes.some((f) => f.id === fixId);
}

/** The dot budget and per-fix cap of a round (a runoff has its own). */
export function roundRules(workshop: Workshop, round: number): RoundRules {
  const runoff = round === 0 ? undefined : workshop.voting.runoffs[round - 1];
  const rules = runoff ?? workshop.voting;
  return { budget: rules.budget, maxPerFix: rules.maxPerFix };
}

/** Whether any dot has been cast or tallied, in any round: from then on the rules are fixed. */
export function votingStarted(workshop: Workshop): boolean {
  return workshop.votes.length > 0 || workshop.tallies.length > 0;
}

/** Whether the open round's results may be shown: an open vote, or a secret one revealed. */
export function resultsVisible(workshop: Workshop): boolean {
  return !workshop.voting.secret || workshop.voting.revealed;
}

export function dotsSpent(workshop: Workshop, participantId: Id, round = openRound(workshop)): number {
  let sum = 0;
  for (const v of workshop.votes) {
    if (v.participantId === participantId && v.round === round) sum += v.dots;
  }
  return sum;
}

export function dotsLeft(workshop: Workshop, participantId: Id, round = openRound(workshop)): number {
  return Math.max(roundRules(workshop, round).budget - dotsSpent(workshop, participantId, round), 0);
}

/** The dots one participant has on one fix in a round (0 when none). */
export function dotsOn(workshop: Workshop, participantId: Id, fixId: Id, round = openRound(workshop)): number {
  return (
    workshop.votes.find((v) => v.participantId === participantId && v.fixId === fixId && v.round === round)
      ?.dots ?? 0
  );
}

/** One participant's dots per fix id in a round. */
export function ballotOf(
  workshop: Workshop,
  participantId: Id,
  round = openRound(workshop),
): ReadonlyMap<Id, number> {
  const ballot = new Map<Id, number>();
  for (const v of workshop.votes) {
    if (v.participantId === participantId && v.round === round) ballot.set(v.fixId, v.dots);
  }
  return ballot;
}

/** Total dots per fix id in a round: people's ballots plus the dots tallied from the wall. */
export function dotsByFix(workshop: Workshop, round = openRound(workshop)): ReadonlyMap<Id, number> {
  const totals = new Map<Id, number>();
  const add = (fixId: Id, dots: number) => totals.set(fixId, (totals.get(fixId) ?? 0) + dots);
  for (const vote of workshop.votes) if (vote.round === round) add(vote.fixId, vote.dots);
  for (const tally of workshop.tallies) if (tally.round === round) add(tally.fixId, tally.dots);
  return totals;
}

/** One collator for every comparison: localeCompare with options builds a new one each call. */
const titles = new Intl.Collator('en', { sensitivity: 'base' });

function byDotsThenTitle(a: { fix: Fix; dots: number }, b: { fix: Fix; dots: number }): number {
  return (
    b.dots - a.dots ||
    titles.compare(a.fix.title, b.fix.title) ||
    (a.fix.id < b.fix.id ? -1 : a.fix.id > b.fix.id ? 1 : 0)
  );
}

/** Competition ranks over groups placed one after another: a later group always ranks below. */
function rankGroups(groups: readonly (readonly { fix: Fix; dots: number; round: number }[])[]): readonly RankedFix[] {
  const ranked: RankedFix[] = [];
  for (const group of groups) {
    const perTotal = new Map<number, number>();
    for (const { dots } of group) perTotal.set(dots, (perTotal.get(dots) ?? 0) + 1);
    let rank = 0;
    group.forEach((entry, i) => {
      const previous = group[i - 1];
      if (!previous || previous.dots !== entry.dots) rank = ranked.length + 1;
      ranked.push({ ...entry, rank, tied: (perTotal.get(entry.dots) ?? 0) > 1 });
    });
  }
  return ranked;
}

function sortedRound(workshop: Workshop, round: number): { fix: Fix; dots: number; round: number }[] {
  const totals = dotsByFix(workshop, round);
  return roundCandidates(workshop, round)
    .map((fix) => ({ fix, dots: totals.get(fix.id) ?? 0, round }))
    .sort(byDotsThenTitle);
}

/** A round's candidates, most dots first, then by title; equal dots share a rank. */
export function voteRanking(workshop: Workshop, round = openRound(workshop)): readonly RankedFix[] {
  return rankGroups([sortedRound(workshop, round)]);
}

/**
 * Every fix in the order the whole vote decided: the latest round's
 * candidates by that round's dots, then the rest of the round before by its
 * dots, and so on back to the first vote. Each fix carries the dots of the
 * latest round it took part in, and that round, so every screen can say
 * which round a number is from. Ties stay ties, but only within a round: a
 * runoff's last place still ranks above everything it left out.
 */
export function finalRanking(workshop: Workshop): readonly RankedFix[] {
  const placed = new Set<Id>();
  const groups: { fix: Fix; dots: number; round: number }[][] = [];
  for (let round = openRound(workshop); round >= 0; round -= 1) {
    const group = sortedRound(workshop, round).filter((entry) => !placed.has(entry.fix.id));
    for (const entry of group) placed.add(entry.fix.id);
    groups.push(group);
  }
  return rankGroups(groups);
}

/** How many people put dots on the wall (tally mode): as set, or else everyone taking part. */
export function tallyVoters(workshop: Workshop): number {
  return workshop.voting.tallyVoters || workshop.participants.length;
}

/**
 * How many people have voted in a round: participants with at least one dot
 * on their ballot, or — once anything is tallied in that round — the number
 * of people the tally counts.
 */
export function votersWhoVoted(workshop: Workshop, round = openRound(workshop)): number {
  const people = new Set<Id>();
  for (const v of workshop.votes) if (v.round === round) people.add(v.participantId);
  const tallied = workshop.tallies.some((t) => t.round === round);
  return people.size + (tallied ? tallyVoters(workshop) : 0);
}

export interface MatrixPoint {
  readonly fix: Fix;
  readonly impact: number;
  readonly effort: number;
  /** The fix's dots in the final ranking: those of `round` only. */
  readonly dots: number;
  readonly round: number;
}

/** Every fix placed by impact and effort, sized by its dots, in final-ranking order. */
export function impactEffortMatrix(workshop: Workshop): readonly MatrixPoint[] {
  return finalRanking(workshop).map(({ fix, dots, round }) => ({ fix, impact: fix.impact, effort: fix.effort, dots, round }));
}
