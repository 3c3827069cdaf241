/**
 * Property tests: random sequences of commands, built from the ids in the
 * current workshop and mixing valid with invalid input, never break the
 * workshop's rules, their change records replayed give the same workshop,
 * and undoing every step in reverse brings back the start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, sortCollections, toPatch } from '../../shared/changes/patch';
import { revertChanges } from '../../shared/changes/revert';
import type { Changes } from '../../shared/changes/types';
import { workshopSchema, type Workshop } from '../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../shared/new-workshop';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';
import { createSampleWorkshop } from '../../shared/sample-workshop';
import { roundRules } from '../../shared/selectors';
import { buildCommand, type Step } from './command-builders';
import { content, START } from './helpers';

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  n: fc.integer({ min: -1, max: 7 }),
});

/** Every rule a workshop must keep, whatever happened to it. */
function checkInvariants(w: Workshop): void {
  expect(workshopSchema.safeParse(w).success).toBe(true);
  // Held sorted, as every party that applies the same changes holds it.
  expect(sortCollections(w)).toBe(w);
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
      const done: Changes[] = [];
      let state = start;
      for (const step of steps) {
        const before = state;
        const snapshot = JSON.stringify(before);
        const result = applyCommand(state, buildCommand(state, step), ctx);
        expect(JSON.stringify(before)).toBe(snapshot); // never mutated
        if (result.ok) {
          done.push(result.changes);
          state = result.state;
          checkInvariants(state);
        }
      }
      // The change records alone, replayed on the start, give the same workshop.
      const replayed = done.reduce((w, changes) => applyPatch(w, toPatch(changes)), start);
      expect(replayed).toEqual(state);
      for (const changes of done.reverse()) {
        const undone = revertChanges(state, changes, ctx);
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
