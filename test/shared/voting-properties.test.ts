/**
 * Property tests for the vote: random sequences of fixes added, removed and
 * merged, people joining and leaving, dots set, ballots cast, tallies typed,
 * runoffs opened and cancelled, reveals, resets, rule changes and undo (as
 * the host records it: dots are not undone) never break the vote's rules,
 * never let a merge raise anyone's dots, and never let a team's screen
 * receive what is hidden from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revertChanges } from '../../shared/changes/revert';
import type { Changes } from '../../shared/changes/types';
import { isUndoable, type ClientCommand } from '../../shared/commands';
import { workshopSchema, type Workshop } from '../../shared/model';
import { sequentialIds } from '../../shared/new-workshop';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';
import {
  dotsByFix,
  isCandidate,
  openRound,
  resultsVisible,
  roundCandidates,
  roundRules,
  viewForTeam,
} from '../../shared/selectors';
import { apply, at, START } from './helpers';
import { votingRoom } from './voting-room';

interface Step {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly n: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  n: fc.integer({ min: 0, max: 14 }),
});

/** An existing id most of the time, sometimes one that does not exist. */
function pick(items: readonly { id: string }[], k: number): string {
  return items[k % (items.length + 1)]?.id ?? 'gone';
}

type Built = ClientCommand | 'undo';

/** A step as a command against the current workshop; many are meant to be refused. */
function build(w: Workshop, { kind, a, b, c, n }: Step): Built {
  const open = roundCandidates(w, openRound(w));
  const fixId = (k: number) => (k % 4 === 0 ? pick(w.fixes, k) : pick(open, k));
  const builders: (() => Built)[] = [
    () => ({ type: 'fix/add', teamId: pick(w.teams, a), title: `Fix ${String(b % 50)}`, description: c % 2 ? 'Why.' : undefined, touchpointIds: [], pillarIds: c % 3 ? ['empathy'] : [], impact: (b % 5) + 1, effort: (c % 5) + 1 }),
    () => ({ type: 'fix/remove', fixId: pick(w.fixes, a) }),
    () => ({ type: 'fix/add', teamId: pick(w.teams, b), title: `Idea ${String(a % 50)}`, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 }),
    () => ({ type: 'fix/merge', fixId: fixId(a), otherFixId: c % 2 ? fixId(b) : pick(w.fixes, b) }),
    () => {
      // Two fixes one person put dots on in the same round: the merge that has to cap.
      const first = w.votes[a % Math.max(w.votes.length, 1)];
      const second = w.votes.find((v) => first && v.participantId === first.participantId && v.round === first.round && v.fixId !== first.fixId);
      return { type: 'fix/merge', fixId: first?.fixId ?? 'gone', otherFixId: second?.fixId ?? pick(w.fixes, b) };
    },
    () => {
      // A fix someone voted for, folded into a fix of that person's own team.
      const voted = w.votes[a % Math.max(w.votes.length, 1)];
      const team = w.participants.find((p) => p.id === voted?.participantId)?.teamId;
      const kept = w.fixes.filter((f) => f.teamId === team)[b % 3];
      return { type: 'fix/merge', fixId: kept?.id ?? pick(w.fixes, b), otherFixId: voted?.fixId ?? pick(w.fixes, c) };
    },
    () => ({ type: 'participant/add', name: `Person ${String(a % 40)}`, teamId: pick(w.teams, b) }),
    () => ({ type: 'participant/remove', participantId: pick(w.participants, a) }),
    () => ({ type: 'vote/set', participantId: pick(w.participants, a), fixId: fixId(b), dots: n % 5 }),
    () => ({ type: 'vote/set', participantId: pick(w.participants, a), fixId: fixId(b), dots: n % 4, round: c % 5 === 0 ? c % 3 : undefined }),
    () => {
      const dots: Record<string, number> = {};
      for (let i = 0; i <= c % 3; i += 1) dots[fixId(b + i * 7)] = (n + i) % 4;
      return { type: 'ballot/cast', participantId: pick(w.participants, a), dots };
    },
    () => ({ type: 'vote/tally', fixId: fixId(a), dots: b % 3 === 0 ? 0 : n + (c % 10) }),
    () => ({ type: 'vote/runoff', fixIds: [fixId(a), fixId(b), ...(c % 2 ? [fixId(c)] : [])], budget: (n % 4) + 1, maxPerFix: (c % 3) + 1 }),
    () => {
      // Two or three different fixes of the open round: a runoff that stands when results show.
      const chosen = [0, 1, 2].slice(0, 2 + (c % 2)).map((i) => open[(a + i) % Math.max(open.length, 1)]?.id ?? 'gone');
      return { type: 'vote/runoff', fixIds: chosen, budget: (n % 4) + 1, maxPerFix: (b % 3) + 1 };
    },
    () => ({ type: 'vote/reveal', revealed: true }),
    () => ({ type: 'vote/tally', fixId: fixId(a), dots: n % 6 }),
    () => ({ type: 'vote/cancel-runoff' }),
    () => ({ type: 'vote/reveal', revealed: a % 3 !== 0 }),
    () => ({ type: 'voting/reset' }),
    () => ({
      type: 'voting/configure',
      mode: a % 3 === 0 ? 'tally' : a % 3 === 1 ? 'ballot' : undefined,
      ownTeamVoting: b % 3 === 0 ? b % 2 === 0 : undefined,
      secret: c % 4 === 0 ? c % 8 === 0 : undefined,
      tallyVoters: n % 3 === 0 ? n : undefined,
      budget: n % 5 === 1 ? (a % 6) + 1 : undefined,
      maxPerFix: n % 5 === 2 ? (b % 3) + 1 : undefined,
    }),
    () => ({ type: 'rating/set', teamId: pick(w.teams, a), touchpointId: pick(w.touchpoints, b), pillarId: 'empathy', score: (c % 5) + 1 }),
    () => ({ type: 'rating/reveal', revealed: a % 2 === 0 }),
    () => ({ type: 'voting/configure', mode: a % 2 === 0 ? 'tally' : 'ballot', tallyVoters: b % 2 === 0 ? (c % 6) + 1 : undefined }),
    () => 'undo',
    () => 'undo',
  ];
  const make = builders[kind % builders.length];
  if (!make) throw new Error('No builder');
  return make();
}

/** Dots per participant per round, and per round in all. */
function totals(w: Workshop) {
  const perPerson = new Map<string, number>();
  const perRound = new Map<number, number>();
  for (const v of w.votes) {
    const key = `${v.participantId}|${String(v.round)}`;
    perPerson.set(key, (perPerson.get(key) ?? 0) + v.dots);
  }
  for (let round = 0; round <= openRound(w); round += 1) {
    perRound.set(round, [...dotsByFix(w, round).values()].reduce((sum, d) => sum + d, 0));
  }
  return { perPerson, perRound };
}

function checkVotingRules(w: Workshop): void {
  expect(workshopSchema.safeParse(w).success).toBe(true);
  const open = openRound(w);
  const teamOf = new Map(w.participants.map((p) => [p.id, p.teamId]));
  const fixTeam = new Map(w.fixes.map((f) => [f.id, f.teamId]));
  const { perPerson } = totals(w);
  for (const v of w.votes) {
    expect(v.round).toBeLessThanOrEqual(open);
    expect(isCandidate(w, v.round, v.fixId)).toBe(true);
    expect(teamOf.has(v.participantId)).toBe(true);
    expect(v.dots).toBeLessThanOrEqual(roundRules(w, v.round).maxPerFix);
    expect(perPerson.get(`${v.participantId}|${String(v.round)}`)).toBeLessThanOrEqual(roundRules(w, v.round).budget);
    if (!w.voting.ownTeamVoting) expect(teamOf.get(v.participantId)).not.toBe(fixTeam.get(v.fixId));
  }
  for (const t of w.tallies) {
    expect(t.round).toBeLessThanOrEqual(open);
    expect(isCandidate(w, t.round, t.fixId)).toBe(true);
  }
  const votePairs = w.votes.map((v) => `${v.participantId}|${v.fixId}|${String(v.round)}`);
  expect(new Set(votePairs).size).toBe(votePairs.length);
  const tallyPairs = w.tallies.map((t) => `${t.fixId}|${String(t.round)}`);
  expect(new Set(tallyPairs).size).toBe(tallyPairs.length);
  for (const runoff of w.voting.runoffs) {
    expect(runoff.fixIds.length).toBeGreaterThanOrEqual(1);
    expect(new Set(runoff.fixIds).size).toBe(runoff.fixIds.length);
  }
  // Totals per fix are exactly ballots plus tallies, round by round.
  for (let round = 0; round <= open; round += 1) {
    const expected = new Map<string, number>();
    for (const v of w.votes) if (v.round === round) expected.set(v.fixId, (expected.get(v.fixId) ?? 0) + v.dots);
    for (const t of w.tallies) if (t.round === round) expected.set(t.fixId, (expected.get(t.fixId) ?? 0) + t.dots);
    expect(new Map(dotsByFix(w, round))).toEqual(expected);
  }
}

function checkTeamViews(w: Workshop): void {
  const open = openRound(w);
  for (const team of w.teams) {
    const view = viewForTeam(w, team.id);
    const own = new Set(w.participants.filter((p) => p.teamId === team.id).map((p) => p.id));
    if (!w.ratingsRevealed) expect(view.ratings.every((r) => r.teamId === team.id)).toBe(true);
    if (!resultsVisible(w)) {
      expect(view.votes.every((v) => v.round !== open || own.has(v.participantId))).toBe(true);
      expect(view.tallies.every((t) => t.round !== open)).toBe(true);
    }
    // Nothing else is taken away: the closed rounds and the rest of the workshop stay.
    expect(view.votes.filter((v) => v.round !== open)).toEqual(w.votes.filter((v) => v.round !== open));
    expect({ ...view, ratings: [], votes: [], tallies: [] }).toEqual({ ...w, ratings: [], votes: [], tallies: [] });
  }
}

/** A merge never raises anyone's dots in any round, nor any round's total. */
function checkMerge(before: Workshop, after: Workshop): void {
  const b = totals(before);
  const a = totals(after);
  for (const [key, dots] of a.perPerson) expect(dots).toBeLessThanOrEqual(b.perPerson.get(key) ?? 0);
  for (const [round, dots] of a.perRound) expect(dots).toBeLessThanOrEqual(b.perRound.get(round) ?? 0);
}

function contextFor(): CommandContext {
  let tick = 0;
  return {
    newId: sequentialIds('v'),
    now: () => new Date(Date.parse(START) + ++tick * 1000).toISOString(),
  };
}

/** The voting room with a card both teams can rate, under the given rules. */
function room(rules: Omit<Extract<ClientCommand, { type: 'voting/configure' }>, 'type'>): Workshop {
  const { w, blue } = votingRoom();
  const card = apply(w, { type: 'touchpoint/add', teamId: blue, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: 'Card' });
  return apply(card, { type: 'voting/configure', ...rules });
}

const CHECKED = ['fix/merge', 'vote/runoff', 'vote/cancel-runoff', 'voting/reset', 'undo'];

function runProperty(initial: () => Workshop, mustSee: readonly string[]): void {
  let steps = 0;
  let accepted = 0;
  const seen = new Set<string>();
  fc.assert(
    fc.property(fc.array(stepArb, { minLength: 10, maxLength: 80 }), (list) => {
      const ctx = contextFor();
      let state = initial();
      // The host's undo stack: dots are a person's own, so they are not on it.
      const undoStack: Changes[] = [];
      for (const step of list) {
        steps += 1;
        const built = build(state, step);
        const undoing = built === 'undo' ? undoStack.pop() : undefined;
        if (built === 'undo' && !undoing) continue;
        const result = built === 'undo' ? revertChanges(state, undoing ?? { records: {}, fields: {} }, ctx) : applyCommand(state, built, ctx);
        if (!result.ok) continue;
        accepted += 1;
        seen.add(built === 'undo' ? 'undo' : built.type);
        if (built !== 'undo' && built.type === 'fix/merge') checkMerge(state, result.state);
        if (built !== 'undo' && isUndoable(built)) undoStack.push(result.changes);
        state = result.state;
        checkVotingRules(state);
        checkTeamViews(state);
      }
    }),
    { numRuns: 150, seed: 20261123 },
  );
  // The sequences really exercise the vote, not just refusals.
  expect(accepted).toBeGreaterThan(steps / 4);
  for (const type of [...CHECKED, ...mustSee]) expect(seen).toContain(type);
}

describe('random voting sequences', () => {
  it('keep every rule in a secret vote with personal ballots (own-team voting off)', () => {
    runProperty(() => room({ ownTeamVoting: false }), ['ballot/cast', 'vote/set']);
  });

  it('keep every rule in an open vote counted from the wall', () => {
    runProperty(() => room({ mode: 'tally', tallyVoters: 5, secret: false }), ['vote/tally']);
  });
});
