/**
 * Property tests for team files: up to eight teams each work in their own
 * copy with random commands (only those a team's page may send, as the
 * rules say), the facilitator may go on changing the workshop meanwhile,
 * and the teams' files come back. Merging a file twice is merging it once;
 * the files in any order give the same workshop; nothing of anyone's is
 * lost unless a question of the preview or one of its notes says so; and
 * every merge undoes to exactly the workshop before it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, FIELD_NAMES, getField, recordKey, sameValue, type CollectionName, type RecordOf } from '../../shared/changes/collections';
import { sortCollections } from '../../shared/changes/patch';
import { revertChanges } from '../../shared/changes/revert';
import type { ClientCommand, CommandType } from '../../shared/commands';
import { workshopSchema, type Id, type Workshop } from '../../shared/model';
import { repairReferences } from '../../shared/reducers/cascade';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';
import { brokenVote } from '../../shared/selectors/vote-rules';
import { planTeamMerge, type MergeChoices, type MergePreview } from '../../shared/team-files/merge';
import { teamWorkOf, type TeamWorkCollection } from '../../shared/team-files/team-work';
import { BUILDERS, buildCommand, type Step } from './command-builders';
import { sample } from './helpers';
import { contextFor, EXPORTED_AT, mergeCommand, run, teamCopy, teamFileOf, teamRefusal, type TeamFileValue } from './team-files-support';

const MERGED_AT = '2026-11-23T13:00:00.000Z';
/** Every merge at the same moment, so workshops merged in different orders can be compared whole. */
const mergeContext = (): CommandContext => ({ newId: contextFor('m').newId, now: () => MERGED_AT });

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  n: fc.integer({ min: -1, max: 7 }),
});

/** What the copy's own window may change besides (a team's page may not): the frame. */
const FRAME_COMMANDS = ['stage/rename', 'stage/add', 'channel/rename', 'pillar/rename'] as const satisfies readonly CommandType[];

interface TeamPlan {
  readonly otherTeams: boolean;
  readonly voting: boolean;
  readonly frame: Step | null;
  readonly steps: readonly Step[];
}

const teamArb: fc.Arbitrary<TeamPlan> = fc.record({
  otherTeams: fc.boolean(),
  voting: fc.boolean(),
  frame: fc.option(stepArb, { freq: 4 }),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 24 }),
});

interface RoomPlan {
  readonly teams: readonly TeamPlan[];
  readonly facilitator: readonly Step[];
  readonly shuffle: readonly number[];
}

const roomArb = (maxTeams: number, facilitator: boolean): fc.Arbitrary<RoomPlan> =>
  fc.record({
    teams: fc.array(teamArb, { minLength: 1, maxLength: maxTeams }),
    facilitator: facilitator ? fc.array(stepArb, { maxLength: 10 }) : fc.constant([]),
    shuffle: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  });

/** The k-th of a list, round and round; undefined only when the list is empty. */
function nth<T>(items: readonly T[], k: number): T | undefined {
  return items.length === 0 ? undefined : items[k % items.length];
}

const idOf = (item: { readonly id: Id } | undefined): Id => item?.id ?? 'gone';
const score = (k: number): number | null => (k % 6 === 5 ? null : (k % 5) + 1);

/**
 * A command a team's page would send: mostly valid and about the team's own
 * things, so histories get somewhere; the rules still have the last word
 * (too many dots, a card already gone).
 */
function teamCommand(copy: Workshop, teamId: Id, { kind, a, b, c, n }: Step): ClientCommand {
  const ownCards = copy.touchpoints.filter((t) => t.teamId === teamId);
  const cards = c % 3 === 0 ? copy.touchpoints : ownCards;
  const ownFixes = copy.fixes.filter((f) => f.teamId === teamId);
  const people = copy.participants.filter((p) => p.teamId === teamId);
  const pillarId = idOf(nth(copy.framework.pillars, c));
  const stageId = idOf(nth(copy.stages, b));
  const channelId = idOf(nth(copy.channels, c));
  const card = idOf(nth(cards, a));
  const builders: (() => ClientCommand)[] = [
    () => ({ type: 'touchpoint/add', teamId, stageId, channelId, title: `Card ${String(a % 100)}`, feeling: ((n + 5) % 5) - 2 }),
    () => ({ type: 'touchpoint/add', teamId, stageId, channelId, title: `Moment ${String(b % 100)}`, momentOfTruth: true }),
    () => ({ type: 'touchpoint/update', touchpointId: idOf(nth(ownCards, a)), title: b % 2 ? `Renamed ${String(b % 10)}` : undefined, notes: c % 2 ? 'Seen on the laptop.' : undefined, feeling: n % 2 ? ((n + 5) % 5) - 2 : undefined }),
    () => ({ type: 'touchpoint/move', touchpointId: idOf(nth(ownCards, a)), stageId, channelId, index: 0 }),
    () => ({ type: 'touchpoint/remove', touchpointId: idOf(nth(ownCards, a)) }),
    () => ({ type: 'touchpoint/duplicate', touchpointId: idOf(nth(ownCards, a)) }),
    () => ({ type: 'rating/set', teamId, touchpointId: card, pillarId, score: score(b), note: n > 5 ? 'From the laptop.' : undefined }),
    () => ({ type: 'rating/set', teamId, touchpointId: card, pillarId, score: score(b + 1) }),
    () => ({ type: 'rating/set', teamId, touchpointId: idOf(nth(ownCards, b)), pillarId: idOf(nth(copy.framework.pillars, a)), score: score(c) }),
    () => ({ type: 'rating/clear', teamId, touchpointId: card, pillarId }),
    () => ({ type: 'fix/add', teamId, title: `Fix ${String(a % 100)}`, touchpointIds: [card], pillarIds: [pillarId], impact: (b % 5) + 1, effort: (c % 5) + 1 }),
    () => ({ type: 'fix/update', fixId: idOf(nth(ownFixes, a)), impact: (b % 5) + 1, touchpointIds: c % 2 ? [card] : undefined }),
    () => ({ type: 'participant/add', teamId, name: `Person ${String(a % 100)}` }),
    () => ({ type: 'vote/set', participantId: idOf(nth(people, a)), fixId: idOf(nth(copy.fixes, b)), dots: c % 4 }),
    () => ({ type: 'ballot/cast', participantId: idOf(nth(people, a)), dots: { [idOf(nth(copy.fixes, b))]: (c % 3) + 1, [idOf(nth(copy.fixes, c))]: (n + 3) % 3 } }),
  ];
  return (nth(builders, kind) ?? builders[0] ?? (() => ({ type: 'timer/end' })))();
}

/**
 * What the facilitator does meanwhile: mostly to the teams' work and the
 * frame it sits on (edits, removals, ratings, dots, a smaller vote), now
 * and then any command at all.
 */
function facilitatorCommand(master: Workshop, step: Step): ClientCommand {
  const { kind, a, b, c } = step;
  const person = nth(master.participants, a);
  const builders: (() => ClientCommand)[] = [
    () => ({ type: 'touchpoint/update', touchpointId: idOf(nth(master.touchpoints, a)), title: `Facilitator ${String(b % 10)}` }),
    () => ({ type: 'touchpoint/remove', touchpointId: idOf(nth(master.touchpoints, a)) }),
    () => ({ type: 'stage/remove', stageId: idOf(nth(master.stages, a)) }),
    () => ({ type: 'channel/remove', channelId: idOf(nth(master.channels, a)) }),
    () => ({ type: 'rating/set', teamId: idOf(nth(master.teams, b)), touchpointId: idOf(nth(master.touchpoints, a)), pillarId: idOf(nth(master.framework.pillars, c)), score: score(b) }),
    () => ({ type: 'ballot/cast', participantId: idOf(person), dots: { [idOf(nth(master.fixes, b))]: (c % 2) + 1 } }),
    () => ({ type: 'vote/set', participantId: idOf(person), fixId: idOf(nth(master.fixes, b)), dots: c % 3 }),
    () => ({ type: 'fix/update', fixId: idOf(nth(master.fixes, a)), effort: (b % 5) + 1 }),
    () => ({ type: 'fix/remove', fixId: idOf(nth(master.fixes, a)) }),
    () => ({ type: 'participant/update', participantId: idOf(person), teamId: idOf(nth(master.teams, b)) }),
    () => ({ type: 'pillar/remove', pillarId: idOf(nth(master.framework.pillars, a)) }),
    () => ({ type: 'voting/reset' }),
    () => ({ type: 'voting/configure', budget: (b % 5) + 1 }),
  ];
  const targeted = nth(builders, kind);
  return targeted && kind % 5 !== 4 ? targeted() : buildCommand(master, step);
}

interface Laptop {
  readonly teamId: Id;
  readonly copy: Workshop;
  readonly file: TeamFileValue;
}

/** The facilitator's workshop with as many teams as the room has (the sample's three, and more), each with people. */
function roomWith(teams: number): Workshop {
  const ctx = contextFor('f0-');
  let master = sample();
  for (let i = master.teams.length; i < teams; i += 1) {
    master = run(master, { type: 'team/add', name: `Team ${String(i + 1)}` }, ctx);
    const added = master.teams.find((t) => t.name === `Team ${String(i + 1)}`);
    if (!added) throw new Error('The new team is missing.');
    master = run(master, { type: 'participant/add', teamId: added.id, name: `Person ${String(i + 1)}.1` }, ctx);
    master = run(master, { type: 'participant/add', teamId: added.id, name: `Person ${String(i + 1)}.2` }, ctx);
  }
  return master;
}

/** Each team's copy worked through its plan: only what the team's page may send, and what its rules accept. */
function workOnLaptops(master: Workshop, plans: readonly TeamPlan[]): Laptop[] {
  return plans.map((plan, i) => {
    const team = master.teams[i];
    if (!team) throw new Error(`No team ${String(i)}.`);
    const ctx = contextFor(`t${String(i + 1)}-`);
    let copy = teamCopy(master, team.id, { otherTeams: plan.otherTeams, voting: plan.voting });
    if (plan.frame) {
      const type = FRAME_COMMANDS[plan.frame.kind % FRAME_COMMANDS.length] ?? 'stage/rename';
      const command = (BUILDERS[type] as (w: Workshop, step: Step) => ClientCommand)(copy, plan.frame);
      const result = applyCommand(copy, command, ctx);
      if (result.ok) copy = result.state;
    }
    for (const step of plan.steps) {
      const command = teamCommand(copy, team.id, step);
      if (teamRefusal(copy, command) !== null) continue;
      const result = applyCommand(copy, command, ctx);
      if (result.ok) copy = result.state;
    }
    return { teamId: team.id, copy, file: teamFileOf(copy) };
  });
}

/** The facilitator's own changes after the packs went out: anything a facilitator may do. */
function facilitatorEdits(master: Workshop, steps: readonly Step[]): Workshop {
  const ctx = contextFor('f1-', EXPORTED_AT);
  let state = master;
  for (const step of steps) {
    const result = applyCommand(state, facilitatorCommand(state, step), ctx);
    if (result.ok) state = result.state;
  }
  return state;
}

function checkInvariants(w: Workshop): void {
  expect(workshopSchema.safeParse(w).success).toBe(true);
  expect(sortCollections(w)).toBe(w);
  expect(repairReferences(w)).toBe(w);
  expect(brokenVote(w)).toBeUndefined();
  for (const list of [w.stages, w.channels, w.teams, w.framework.pillars]) {
    expect(new Set(list.map((i) => i.name.toLowerCase())).size).toBe(list.length);
  }
}

/** Merges by the command, proves it undoes to exactly the workshop before, and returns the preview and the result. */
function mergeAndUndo(before: Workshop, file: TeamFileValue, choices: MergeChoices = {}): { preview: MergePreview | null; state: Workshop } {
  const plan = planTeamMerge(before, file);
  const result = mergeCommand(before, file, choices, mergeContext());
  if (!plan.ok) {
    // A team the facilitator removed since: refused, the same sentence both ways.
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: plan.message } });
    return { preview: null, state: before };
  }
  if (!result.ok) throw new Error(`The merge was refused: ${result.error.message}`);
  const undone = revertChanges(result.state, result.changes, { newId: () => 'unused', now: () => before.updatedAt });
  if (!undone.ok) throw new Error(`Undo refused: ${undone.error.message}`);
  expect(undone.state).toEqual(before);
  checkInvariants(result.state);
  return { preview: plan.preview, state: result.state };
}

function byKey<C extends CollectionName>(collection: C, w: Workshop): Map<string, RecordOf<C>> {
  const map = new Map<string, RecordOf<C>>();
  for (const record of COLLECTIONS[collection].get(w)) map.set(recordKey(collection, record), record);
  return map;
}

const TEAM_RECORDS = ['touchpoints', 'ratings', 'fixes', 'participants', 'votes'] as const satisfies readonly TeamWorkCollection[];

/**
 * With the choices the preview starts with: every change of the team's lands
 * unless a question or a note covers it, and nobody else's record changes
 * but for what leaves with a card the team removed (its ratings, the links
 * to it), as when a team removes its card in the room.
 */
function checkNothingLost(before: Workshop, file: TeamFileValue, after: Workshop, preview: MergePreview): void {
  const teamId = file.teamId;
  const asked = new Set(preview.conflicts.map((c) => c.id));
  const notes = preview.notes.join('\n');
  const peopleBefore = new Map(before.participants.map((p) => [p.id, p.teamId]));
  const cardsAfter = new Set(after.touchpoints.map((t) => t.id));
  const fixesAfter = new Set(after.fixes.map((f) => f.id));
  const pillarsBefore = new Set(before.framework.pillars.map((p) => p.id));
  const teamCardsBefore = new Set(before.touchpoints.filter((t) => t.teamId === teamId).map((t) => t.id));
  const gone = (id: Id) => !cardsAfter.has(id) && teamCardsBefore.has(id);
  const names = new Map([...before.participants, ...(file.changes.participants ?? []).flatMap((c) => (c.after ? [c.after] : []))].map((p) => [p.id, p.name]));

  const covered = (collection: TeamWorkCollection, record: unknown): boolean => {
    const key = recordKey(collection, record as never);
    if (asked.has(`${collection}:${key}`)) return true;
    const r = record as { readonly id?: Id; readonly touchpointId?: Id; readonly participantId?: Id; readonly round?: number };
    if (collection === 'touchpoints') return asked.has(`place:${r.id ?? ''}`);
    if (collection === 'ratings') return asked.has(`place:${r.touchpointId ?? ''}`) || asked.has(`touchpoints:${r.touchpointId ?? ''}`);
    // Dots wait on their ballot's question, or on their fix's (one removed here that the team changed).
    if (collection === 'votes') return asked.has(`ballot:${JSON.stringify([r.participantId, r.round])}`) || asked.has(`fixes:${(record as RecordOf<'votes'>).fixId}`);
    return false;
  };

  // The team's changes land, or the preview says why not.
  for (const collection of TEAM_RECORDS) {
    const now = byKey(collection, after);
    for (const change of (file.changes[collection] ?? []) as readonly { readonly before: RecordOf<typeof collection> | null; readonly after: RecordOf<typeof collection> | null }[]) {
      if (sameValue(change.before, change.after)) continue;
      const record = (change.after ?? change.before) as RecordOf<typeof collection>;
      const got = now.get(recordKey(collection, record)) ?? null;
      if (sameValue(got, change.after) || covered(collection, record)) continue;
      const why = explained(collection, record, change.after === null, got);
      expect(why, `${collection} ${recordKey(collection, record)}: ${JSON.stringify({ change, got, notes })}`).toBe(true);
    }
  }

  function explained(collection: TeamWorkCollection, record: unknown, removal: boolean, got: unknown): boolean {
    if (collection === 'ratings') {
      const r = record as RecordOf<'ratings'>;
      const offPillar = !pillarsBefore.has(r.pillarId) && notes.includes('on pillars this workshop no longer has');
      const offCard = !removal && got === null && !cardsAfter.has(r.touchpointId) && notes.includes('of cards removed here');
      return offPillar || offCard;
    }
    if (collection === 'fixes' && !removal) {
      const f = record as RecordOf<'fixes'>;
      const linked = { ...f, touchpointIds: f.touchpointIds.filter((id) => cardsAfter.has(id)) };
      // Each link let go is to a card whose fate is a question, or to one removed here: said in a note, unless the
      // workshop's fix was already the team's but for those links, so the merge left it alone.
      const asks = (id: Id) => asked.has(`touchpoints:${id}`) || asked.has(`place:${id}`);
      const dropped = f.touchpointIds.filter((id) => !cardsAfter.has(id));
      const leftAlone = sameValue(got, byKey('fixes', before).get(f.id) ?? null);
      return sameValue(got, linked) && dropped.every((id) => asks(id) || leftAlone || notes.includes('from the team’s fixes to cards removed here'));
    }
    if (collection === 'votes') {
      const v = record as RecordOf<'votes'>;
      if (peopleBefore.get(v.participantId) !== teamId && !(file.changes.participants ?? []).some((c) => c.after?.id === v.participantId)) {
        return notes.includes('other teams’ work');
      }
      if (notes.includes(`${names.get(v.participantId) ?? ''}’s dots in`)) return true;
      return !removal && !fixesAfter.has(v.fixId) && notes.includes('Dots on ') && notes.includes(' removed here are left out.');
    }
    return false;
  }

  // Nobody else's records change, but for what leaves with a card the team removed.
  const owned = (collection: CollectionName, record: unknown): boolean => {
    if (collection === 'votes') return teamPeople.has((record as RecordOf<'votes'>).participantId);
    if (collection === 'touchpoints' || collection === 'ratings' || collection === 'fixes' || collection === 'participants') {
      return (record as { readonly teamId: Id }).teamId === teamId;
    }
    return false;
  };
  // The team's people, as the workshop knew them and as the file brought them.
  const teamPeople = new Set([...before.participants, ...after.participants].filter((p) => p.teamId === teamId).map((p) => p.id));
  const changedByFile = new Set<string>();
  for (const collection of TEAM_RECORDS) {
    for (const change of (file.changes[collection] ?? []) as readonly { readonly before: unknown; readonly after: unknown }[]) {
      if (!sameValue(change.before, change.after)) changedByFile.add(`${collection}:${recordKey(collection, (change.after ?? change.before) as never)}`);
    }
  }
  for (const collection of COLLECTION_NAMES) {
    const now = byKey(collection, after);
    for (const record of COLLECTIONS[collection].get(before) as readonly unknown[]) {
      const key = recordKey(collection, record as never);
      if (owned(collection, record) && changedByFile.has(`${collection}:${key}`)) continue;
      const got = now.get(key) ?? null;
      if (sameValue(got, record)) continue;
      const why = leftWithACard(collection, record, got);
      expect(why, `${collection} ${key} changed: ${JSON.stringify({ record, got })}`).toBe(true);
    }
    // Nothing new of anyone else's.
    const was = byKey(collection, before);
    for (const [key, record] of now) {
      if (!was.has(key) && !owned(collection, record)) {
        expect.fail(`${collection} ${key} appeared: ${JSON.stringify(record)}`);
      }
    }
  }
  for (const field of FIELD_NAMES) if (field !== 'updatedAt') expect(getField(after, field), field).toEqual(getField(before, field));

  function leftWithACard(collection: CollectionName, record: unknown, got: unknown): boolean {
    if (collection === 'ratings') return got === null && gone((record as RecordOf<'ratings'>).touchpointId);
    if (collection === 'fixes') {
      const f = record as RecordOf<'fixes'>;
      return sameValue(got, { ...f, touchpointIds: f.touchpointIds.filter((id) => !gone(id)) });
    }
    if (collection === 'actions') {
      const a = record as RecordOf<'actions'>;
      return a.touchpointId !== null && gone(a.touchpointId) && sameValue(got, { ...a, touchpointId: null });
    }
    return false;
  }
}

/**
 * Every record the team's copy held or made is in the workshop as the team
 * left it (a card on a stage its copy added waits on the facilitator's
 * answer); less only what went with another team's card that team removed:
 * the ratings of it, the links to it.
 */
function checkWhole(merged: Workshop, laptop: Laptop): void {
  if (laptop.file.changes.stages ?? laptop.file.changes.channels) return;
  const base = laptop.copy.teamCopy?.base;
  if (!base) throw new Error('Not a team’s copy.');
  const cards = new Set(merged.touchpoints.map((t) => t.id));
  const mine = teamWorkOf(merged, laptop.teamId);
  const theirs = teamWorkOf(laptop.copy, laptop.teamId);
  for (const collection of TEAM_RECORDS) {
    const now = new Map((mine[collection] as readonly RecordOf<typeof collection>[]).map((r) => [recordKey(collection, r), r]));
    const left = new Map((theirs[collection] as readonly RecordOf<typeof collection>[]).map((r) => [recordKey(collection, r), r]));
    const keys = new Set([...left.keys(), ...(base[collection] as readonly RecordOf<typeof collection>[]).map((r) => recordKey(collection, r))]);
    for (const key of keys) {
      let expected: unknown = left.get(key) ?? null;
      if (collection === 'ratings' && expected !== null && !cards.has((expected as RecordOf<'ratings'>).touchpointId)) expected = null;
      if (collection === 'fixes' && expected !== null) {
        const fix = expected as RecordOf<'fixes'>;
        expected = { ...fix, touchpointIds: fix.touchpointIds.filter((id) => cards.has(id)) };
      }
      expect(now.get(key) ?? null, `${collection} ${key}`).toEqual(expected);
    }
  }
}

/** Fisher–Yates with the plan's own numbers, so fast-check can shrink the order. */
function shuffled<T>(items: readonly T[], numbers: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = (numbers[i % numbers.length] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function mergeAll(master: Workshop, laptops: readonly Laptop[]): Workshop {
  let state = master;
  for (const laptop of laptops) state = mergeAndUndo(state, laptop.file).state;
  return state;
}

describe('team files, from random team histories', () => {
  it('lose nothing unless the preview asks or says so, and every merge undoes exactly', () => {
    fc.assert(
      fc.property(roomArb(8, true), (plan) => {
        const packed = roomWith(plan.teams.length);
        const laptops = workOnLaptops(packed, plan.teams);
        let master = facilitatorEdits(packed, plan.facilitator);
        for (const laptop of laptops) {
          const before = master;
          const { preview, state } = mergeAndUndo(before, laptop.file);
          if (preview) checkNothingLost(before, laptop.file, state, preview);
          master = state;
        }
        // Without the facilitator's changes in between, every team's work is in, whole.
        if (plan.facilitator.length === 0) for (const laptop of laptops) checkWhole(master, laptop);
      }),
      { numRuns: 60, seed: 20261204 },
    );
  });

  it('give the same workshop in any order, and merging any of them again changes nothing', () => {
    fc.assert(
      fc.property(roomArb(8, true), (plan) => {
        const packed = roomWith(plan.teams.length);
        const laptops = workOnLaptops(packed, plan.teams);
        const master = facilitatorEdits(packed, plan.facilitator);
        const inOrder = mergeAll(master, laptops);
        const otherOrder = mergeAll(master, shuffled(laptops, plan.shuffle));
        expect(otherOrder).toEqual(inOrder);
        for (const laptop of laptops) {
          const again = mergeCommand(inOrder, laptop.file, {}, mergeContext());
          if (!again.ok) continue; // its team was removed: refused, as before
          expect(again.changes.records).toEqual({});
        }
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });

  it('merged twice with the same answers are merged once, whatever the answers', () => {
    fc.assert(
      fc.property(roomArb(3, true), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (plan, picks) => {
        const packed = roomWith(plan.teams.length);
        const laptops = workOnLaptops(packed, plan.teams);
        let master = facilitatorEdits(packed, plan.facilitator);
        for (const laptop of laptops) {
          const plan = planTeamMerge(master, laptop.file);
          if (!plan.ok) continue;
          const choices: Record<string, string> = {};
          plan.preview.conflicts.forEach((conflict, i) => {
            const option = conflict.options[(picks[i % picks.length] ?? 0) % conflict.options.length];
            if (option) choices[conflict.id] = option.value;
          });
          const once = mergeAndUndo(master, laptop.file, choices).state;
          const twice = mergeAndUndo(once, laptop.file, choices).state;
          expect(twice).toEqual(once);
          master = once;
        }
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
