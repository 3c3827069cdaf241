/**
 * Property tests: random sequences of commands, built from the ids in the
 * current workshop and mixing valid with invalid input, never break the
 * workshop's rules — and undoing every step in reverse brings back the start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import { workshopSchema, type Workshop } from '../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../shared/new-workshop';
import { applyCommand } from '../../shared/reducer';
import type { RestoreCommand } from '../../shared/commands';
import type { CommandContext } from '../../shared/result';
import { createSampleWorkshop } from '../../shared/sample-workshop';
import { roundRules } from '../../shared/selectors';
import { content, START } from './helpers';

const NAMES = ['Alpha', 'alpha ', 'Beta', '', '  ', 'Zoë', 'Дмитрий', 'x'.repeat(130)];
const PILLARS = ['integrity', 'resolution', 'expectations', 'empathy', 'personalisation', 'time-effort', 'speed'];

/** A random choice, described by plain numbers so fast-check can shrink it. */
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
  n: fc.integer({ min: -1, max: 7 }),
});

/** An existing id most of the time, sometimes one that does not exist. */
function pick(items: readonly { id: string }[], k: number): string {
  return items[k % (items.length + 1)]?.id ?? 'gone';
}
const name = (k: number) => NAMES[k % NAMES.length] ?? 'Name';
const pillar = (k: number) => PILLARS[k % PILLARS.length] ?? 'integrity';

/** Turns a step into a command against the current workshop (possibly an invalid one). */
function build(w: Workshop, { kind, a, b, c, n }: Step): ClientCommand {
  const card = () => pick(w.touchpoints, a);
  const builders: (() => ClientCommand)[] = [
    () => ({ type: 'workshop/update', title: name(a), persona: a % 2 ? 'Movers' : undefined }),
    () => ({ type: 'phase/set', phase: (['frame', 'map', 'rate', 'diagnose', 'fix', 'vote', 'plan', 'export'] as const)[a % 8] ?? 'map' }),
    () => ({ type: 'stage/add', name: name(a), index: b % 3 === 0 ? undefined : b % 10 }),
    () => ({ type: 'stage/rename', stageId: pick(w.stages, a), name: name(b) }),
    () => ({ type: 'stage/move', stageId: pick(w.stages, a), toIndex: b % 10 }),
    () => ({ type: 'stage/remove', stageId: pick(w.stages, a) }),
    () => ({ type: 'channel/add', name: name(a), index: b % 8 }),
    () => ({ type: 'channel/rename', channelId: pick(w.channels, a), name: name(b) }),
    () => ({ type: 'channel/move', channelId: pick(w.channels, a), toIndex: b % 8 }),
    () => ({ type: 'channel/remove', channelId: pick(w.channels, a) }),
    () => ({ type: 'team/add', name: name(a) }),
    () => ({ type: 'team/rename', teamId: pick(w.teams, a), name: name(b) }),
    () => ({ type: 'team/remove', teamId: pick(w.teams, a) }),
    () => ({ type: 'touchpoint/add', teamId: pick(w.teams, a), stageId: pick(w.stages, b), channelId: pick(w.channels, c), title: name(b), feeling: c % 5 === 0 ? n - 3 : ((n + 5) % 5) - 2, index: n }),
    () => ({ type: 'touchpoint/update', touchpointId: card(), title: b % 2 ? name(b) : undefined, feeling: c % 2 ? n - 3 : undefined, momentOfTruth: c % 3 === 0 }),
    () => ({ type: 'touchpoint/move', touchpointId: card(), stageId: pick(w.stages, b), channelId: pick(w.channels, c), index: n }),
    () => ({ type: 'touchpoint/remove', touchpointId: card() }),
    () => ({ type: 'framework/use', preset: a % 2 ? 'four-pillars' : 'six-pillars' }),
    () => {
      const weights: Record<string, number> = {};
      const pillars = w.framework.pillars;
      pillars.forEach((p, i) => (weights[p.id] = i === 0 ? 100 - (pillars.length - 1) * (a % 20) : a % 20));
      if (b % 4 === 0) weights.integrity = (weights.integrity ?? 0) + 1;
      return { type: 'framework/set-weights', weights };
    },
    () => ({ type: 'rating/set', teamId: pick(w.teams, b), touchpointId: card(), pillarId: pillar(c), score: b % 7 === 0 ? n : c % 6 === 0 ? null : (c % 5) + 1 }),
    () => ({ type: 'rating/clear', teamId: pick(w.teams, b), touchpointId: card(), pillarId: pillar(c) }),
    () => ({ type: 'rating/reveal', revealed: a % 2 === 0 }),
    () => ({ type: 'pillar/add', name: b % 3 ? name(a) : 'Empathy', summary: c % 2 ? 'Why it matters' : undefined }),
    () => ({ type: 'pillar/rename', pillarId: pick(w.framework.pillars, a), name: b % 3 ? name(b) : 'integrity' }),
    () => ({ type: 'pillar/describe', pillarId: pick(w.framework.pillars, a), summary: name(b), prompts: c % 2 ? ['Is it quick?'] : undefined }),
    () => ({ type: 'pillar/move', pillarId: pick(w.framework.pillars, a), toIndex: b % 8 }),
    () => ({ type: 'pillar/remove', pillarId: pick(w.framework.pillars, a) }),
    () => ({ type: 'fix/add', teamId: pick(w.teams, a), title: name(b), touchpointIds: [card(), pick(w.touchpoints, c)], pillarIds: [pillar(c)], impact: n, effort: 3 }),
    () => ({ type: 'fix/update', fixId: pick(w.fixes, a), touchpointIds: b % 2 ? [pick(w.touchpoints, c)] : undefined, impact: c % 2 ? n : undefined }),
    () => ({ type: 'fix/remove', fixId: pick(w.fixes, a) }),
    () => ({ type: 'participant/add', name: name(a), teamId: pick(w.teams, b) }),
    () => ({ type: 'participant/remove', participantId: pick(w.participants, a) }),
    () => ({ type: 'voting/configure', budget: b % 3 === 0 ? undefined : (a % 8) + 1, maxPerFix: b % 3 === 1 ? undefined : (c % 4) + 1 }),
    () => ({ type: 'vote/set', participantId: pick(w.participants, a), fixId: pick(w.fixes, b), dots: n }),
    () => ({ type: 'vote/set', participantId: pick(w.participants, a), fixId: pick(w.fixes, b), dots: c % 4 }),
    () => ({ type: 'vote/reveal', revealed: a % 2 === 0 }),
    () => ({ type: 'voting/configure', mode: a % 2 ? 'tally' : 'ballot', ownTeamVoting: b % 3 === 0 ? b % 2 === 0 : undefined, secret: c % 3 === 0 ? c % 2 === 0 : undefined, tallyVoters: n >= 0 ? n : undefined }),
    () => ({ type: 'voting/reset' }),
    () => ({ type: 'fix/merge', fixId: pick(w.fixes, a), otherFixId: pick(w.fixes, b) }),
    () => ({ type: 'ballot/cast', participantId: pick(w.participants, a), dots: { [pick(w.fixes, b)]: c % 4, [pick(w.fixes, c)]: Math.max(n, 0) % 4 }, round: n === 7 ? 1 : undefined }),
    () => ({ type: 'vote/tally', fixId: pick(w.fixes, a), dots: b % 3 === 0 ? 0 : c % 12 }),
    () => ({ type: 'vote/runoff', fixIds: [pick(w.fixes, a), pick(w.fixes, b), pick(w.fixes, c)], budget: (n % 3) + 2, maxPerFix: (a % 2) + 1 }),
    () => ({ type: 'vote/cancel-runoff' }),
    () => ({ type: 'action/add', fixId: b % 3 ? pick(w.fixes, b) : null, title: name(a), owner: 'Owner', dueDate: c % 2 ? '2027-01-31' : '31/01/2027', pillarId: c % 3 ? pillar(c) : null, touchpointId: n > 2 ? card() : null }),
    () => ({ type: 'action/update', actionId: pick(w.actions, a), status: (['planned', 'in-progress', 'done'] as const)[b % 3], pillarId: c % 2 ? null : undefined }),
    () => ({ type: 'action/move', actionId: pick(w.actions, a), toIndex: b % 6 }),
    () => ({ type: 'action/remove', actionId: pick(w.actions, a) }),
  ];
  const make = builders[kind % builders.length];
  if (!make) throw new Error('No builder');
  return make();
}

/** Every rule a workshop must keep, whatever happened to it. */
function checkInvariants(w: Workshop): void {
  expect(workshopSchema.safeParse(w).success).toBe(true);
  const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
  const [teams, stages, channels, touchpoints, fixes, people] = [
    ids(w.teams), ids(w.stages), ids(w.channels), ids(w.touchpoints), ids(w.fixes), ids(w.participants),
  ];
  for (const t of w.touchpoints) {
    expect(teams.has(t.teamId) && stages.has(t.stageId) && channels.has(t.channelId)).toBe(true);
  }
  for (const r of w.ratings) expect(touchpoints.has(r.touchpointId) && teams.has(r.teamId)).toBe(true);
  for (const f of w.fixes) {
    expect(teams.has(f.teamId)).toBe(true);
    for (const id of f.touchpointIds) expect(touchpoints.has(id)).toBe(true);
  }
  for (const p of w.participants) expect(teams.has(p.teamId)).toBe(true);
  for (const a of w.actions) {
    if (a.fixId !== null) expect(fixes.has(a.fixId)).toBe(true);
    if (a.touchpointId !== null) expect(touchpoints.has(a.touchpointId)).toBe(true);
  }
  // Dots count per round, each round under its own rules.
  const spent = new Map<string, number>();
  for (const v of w.votes) {
    expect(fixes.has(v.fixId) && people.has(v.participantId)).toBe(true);
    const { budget, maxPerFix } = roundRules(w, v.round);
    expect(v.dots).toBeLessThanOrEqual(maxPerFix);
    const key = `${v.participantId}|${String(v.round)}`;
    spent.set(key, (spent.get(key) ?? 0) + v.dots);
    expect(spent.get(key)).toBeLessThanOrEqual(budget);
  }
  for (const t of w.tallies) expect(fixes.has(t.fixId)).toBe(true);
  const weightTotal = w.framework.pillars.reduce((sum, p) => sum + p.weight, 0);
  expect(Math.abs(weightTotal - 100)).toBeLessThan(0.01);
  for (const list of [w.stages, w.channels, w.teams, w.framework.pillars]) {
    expect(new Set(list.map((i) => i.name.toLowerCase())).size).toBe(list.length);
  }
  const votePairs = w.votes.map((v) => `${v.participantId}|${v.fixId}|${String(v.round)}`);
  expect(new Set(votePairs).size).toBe(votePairs.length);
  const ratingKeys = w.ratings.map((r) => `${r.teamId}|${r.touchpointId}|${r.pillarId}`);
  expect(new Set(ratingKeys).size).toBe(ratingKeys.length);
}

function contextFor(): CommandContext {
  let tick = 0;
  return {
    newId: sequentialIds('p'),
    now: () => new Date(Date.parse(START) + ++tick * 1000).toISOString(),
  };
}

function runProperty(initial: () => Workshop, numRuns: number): void {
  fc.assert(
    fc.property(fc.array(stepArb, { minLength: 5, maxLength: 60 }), (steps) => {
      const start = initial();
      const ctx = contextFor();
      const inverses: RestoreCommand[] = [];
      let state = start;
      for (const step of steps) {
        const before = state;
        const snapshot = JSON.stringify(before);
        const result = applyCommand(state, build(state, step), ctx);
        expect(JSON.stringify(before)).toBe(snapshot); // never mutated
        if (result.ok) {
          inverses.push(result.inverse);
          state = result.state;
          checkInvariants(state);
        }
      }
      for (const inverse of inverses.reverse()) {
        const undone = applyCommand(state, inverse, ctx);
        if (!undone.ok) throw new Error(`Undo refused: ${undone.error.message}`);
        state = undone.state;
      }
      expect(content(state)).toEqual(content(start));
    }),
    { numRuns, seed: 20261123 },
  );
}

describe('random command sequences', () => {
  it('keep every rule on the sample workshop, and undo all the way back', () => {
    runProperty(() => createSampleWorkshop({ now: START, newId: sequentialIds('s') }), 150);
  });

  it('keep every rule from a blank workshop, and undo all the way back', () => {
    runProperty(() => createBlankWorkshop({ title: 'Blank', now: START, newId: sequentialIds('b') }), 150);
  });
});
