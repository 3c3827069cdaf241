/**
 * Merging a team file into the workshop its pack came from: a pure function
 * over the team's change records. Each record the team changed is measured
 * against the workshop as it is now:
 *
 * - the workshop still holds the value as handed out: the team's change
 *   goes in (new, changed or removed);
 * - the workshop already holds the team's value: nothing to do, which is
 *   why the same file merged twice changes nothing;
 * - anything else is a conflict (edited in both places, removed here but
 *   changed there, …) and the person chooses; until they do, the workshop
 *   keeps what it has.
 *
 * A team file only ever touches its own team's cards, ratings, fixes,
 * people and its people's dots; anything else in it is left out and said.
 * The frame (stages, channels, pillars) is the facilitator's: a team's
 * change to it is only ever a suggestion to take or leave. So the files of
 * different teams touch different records and can come in any order.
 *
 * The same rules serve a device of the local-network room that worked
 * offline for a while: its changes are records with a value then and now.
 */
import { COLLECTIONS, recordKey, sameValue, type RecordOf } from '../changes/collections';
import { applyPatch } from '../changes/patch';
import type { Patch, RecordChange } from '../changes/types';
import type { Id, Touchpoint, Vote, Workshop } from '../model';
import { repairReferences } from '../reducers/cascade';
import type { TeamFile } from './team-file';
import { FRAME_COLLECTIONS, TEAM_WORK_COLLECTIONS, type TeamWorkCollection } from './team-work';
import { describeRecord, namesFor, roundName, type Names } from './merge-words';

/** The person's answer to one conflict: an option's value. */
export type MergeChoices = Readonly<Record<string, string>>;

export const KEEP_WORKSHOP = 'workshop';
export const TAKE_TEAM = 'team';
export const LEAVE_OUT = 'leave-out';
const STAGE_PREFIX = 'stage:';

export type ConflictKind = 'edited-both' | 'removed-here' | 'removed-there' | 'made-both' | 'frame' | 'place' | 'ballot';

export interface MergeOption {
  readonly value: string;
  readonly label: string;
}

export interface MergeConflict {
  /** Stable for the same file and workshop, so a choice made in the preview finds its conflict again. */
  readonly id: string;
  readonly kind: ConflictKind;
  readonly collection: TeamWorkCollection;
  /** What it is about, e.g. the card “Checkout page” (Buy · Web). */
  readonly what: string;
  /** What happened, in a sentence. */
  readonly sentence: string;
  readonly options: readonly MergeOption[];
  /** The option taken unless the person picks another. */
  readonly choice: string;
}

export interface MergeItem {
  readonly collection: TeamWorkCollection;
  readonly label: string;
}

export interface MergePreview {
  readonly teamId: Id;
  readonly teamName: string;
  readonly added: readonly MergeItem[];
  readonly changed: readonly MergeItem[];
  readonly removed: readonly MergeItem[];
  readonly conflicts: readonly MergeConflict[];
  /** What the merge leaves out without asking, and why, in sentences. */
  readonly notes: readonly string[];
  /** Changes in the file the workshop already has (the file, or part of it, was merged before). */
  readonly alreadyIn: number;
}

export type MergePlanResult = { readonly ok: true; readonly preview: MergePreview } | { readonly ok: false; readonly message: string };
export type MergeResult = { readonly ok: true; readonly state: Workshop; readonly preview: MergePreview } | { readonly ok: false; readonly message: string };

/** One record the merge may write: the team's value, and the conflict that decides it, if any. */
interface Step {
  readonly collection: TeamWorkCollection;
  readonly before: unknown;
  readonly after: unknown;
  readonly conflictId: string | null;
}

interface Plan {
  readonly preview: MergePreview;
  readonly steps: readonly Step[];
}

/** Why this file cannot be merged into this workshop at all, or null. */
function refusal(master: Workshop, file: TeamFile): string | null {
  if (master.teamCopy) return 'This is a team’s copy. Team files are merged into the facilitator’s workshop, the one the packs were made from.';
  if (file.masterId !== master.id) {
    return `This team file belongs to another workshop (“${file.masterTitle}”), so it cannot be merged into “${master.title}”.`;
  }
  if (!master.teams.some((t) => t.id === file.teamId)) {
    return `The team “${file.teamName}” is no longer in this workshop, so its file cannot be merged. Bring the team back first (undo, or a restore point).`;
  }
  return null;
}

function ownerOf(collection: TeamWorkCollection, record: unknown): Id | null {
  if (record === null || FRAME_COLLECTIONS.has(collection) || collection === 'votes') return null;
  return (record as { readonly teamId: Id }).teamId;
}

function indexOf<C extends TeamWorkCollection>(collection: C, master: Workshop): Map<string, RecordOf<C>> {
  const map = new Map<string, RecordOf<C>>();
  for (const record of COLLECTIONS[collection].get(master)) map.set(recordKey(collection, record), record);
  return map;
}

/** What the merge would do, before anything changes: what is new, changed, removed, and what conflicts. */
export function planTeamMerge(master: Workshop, file: TeamFile): MergePlanResult {
  const refused = refusal(master, file);
  if (refused !== null) return { ok: false, message: refused };
  return { ok: true, preview: buildPlan(master, file).preview };
}

function buildPlan(master: Workshop, file: TeamFile): Plan {
  const teamId = file.teamId;
  const names = namesFor(master, file);
  const added: MergeItem[] = [];
  const changed: MergeItem[] = [];
  const removed: MergeItem[] = [];
  const conflicts: MergeConflict[] = [];
  const steps: Step[] = [];
  let alreadyIn = 0;
  let otherTeams = 0;
  const frameDropped: string[] = [];

  // The team's people: those the workshop knows as the team's, and those the file adds to it.
  const teamPeople = new Set(master.participants.filter((p) => p.teamId === teamId).map((p) => p.id));
  for (const change of file.changes.participants ?? []) if (change.after?.teamId === teamId) teamPeople.add(change.after.id);

  for (const collection of TEAM_WORK_COLLECTIONS) {
    if (collection === 'votes') continue;
    const current = indexOf(collection, master);
    const list = (file.changes[collection] ?? []) as readonly RecordChange<RecordOf<typeof collection>>[];
    for (const change of list) {
      const frame = FRAME_COLLECTIONS.has(collection);
      if (!frame && (notOwn(collection, change.before, teamId) || notOwn(collection, change.after, teamId))) {
        otherTeams += 1;
        continue;
      }
      const key = recordKey(collection, (change.after ?? change.before) as RecordOf<typeof collection>);
      const now = current.get(key) ?? null;
      if (sameValue(now, change.after)) {
        alreadyIn += 1;
        continue;
      }
      const what = describeRecord(collection, change.after ?? change.before, names);
      const id = `${collection}:${key}`;
      if (frame) {
        if (change.after === null) {
          frameDropped.push(what);
          continue;
        }
        conflicts.push(frameConflict(id, collection, what, now, change.after, names));
        steps.push({ collection, before: change.before, after: change.after, conflictId: id });
        continue;
      }
      if (sameValue(now, change.before)) {
        steps.push({ collection, before: change.before, after: change.after, conflictId: null });
        const item = { collection, label: what };
        if (change.before === null) added.push(item);
        else if (change.after === null) removed.push(item);
        else changed.push(item);
        continue;
      }
      conflicts.push(recordConflict(id, collection, what, change.before, change.after, now));
      steps.push({ collection, before: change.before, after: change.after, conflictId: id });
    }
  }

  planBallots(master, file, teamPeople, names, { steps, conflicts, added, changed, removed }, () => (otherTeams += 1), () => (alreadyIn += 1));
  const placed = planPlaces(master, steps, conflicts, names);

  const notes: string[] = [];
  if (otherTeams > 0) notes.push(`${plural(otherTeams, 'change')} to other teams’ work ${otherTeams === 1 ? 'is' : 'are'} left out: a team file only brings in its own team’s work.`);
  for (const what of frameDropped) notes.push(`The team’s copy no longer has ${what}; the workshop keeps it, since the frame is the facilitator’s.`);
  const lostPillars = countRatingsOnMissingPillars(master, steps);
  if (lostPillars > 0) notes.push(`${plural(lostPillars, 'rating')} on pillars this workshop no longer has ${lostPillars === 1 ? 'is' : 'are'} left out.`);

  return {
    preview: { teamId, teamName: names.team, added, changed, removed, conflicts, notes, alreadyIn },
    steps: placed,
  };
}

function notOwn(collection: TeamWorkCollection, record: unknown, teamId: Id): boolean {
  const owner = ownerOf(collection, record);
  return record !== null && owner !== teamId;
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

const KEEP = (label: string): MergeOption => ({ value: KEEP_WORKSHOP, label });
const TAKE = (label: string): MergeOption => ({ value: TAKE_TEAM, label });

function frameConflict(id: string, collection: TeamWorkCollection, what: string, now: unknown, after: unknown, names: Names): MergeConflict {
  const afterName = (after as { readonly name: string }).name;
  if (now === null) {
    return {
      id,
      kind: 'frame',
      collection,
      what,
      sentence: `The team’s copy has ${what}, which this workshop does not. The frame is yours: add it only if the whole room should have it.`,
      options: [KEEP('Leave it out'), TAKE(`Add “${afterName}”`)],
      choice: KEEP_WORKSHOP,
    };
  }
  const nowName = (now as { readonly name: string }).name;
  const renamed = nowName !== afterName;
  return {
    id,
    kind: 'frame',
    collection,
    what: describeRecord(collection, now, names),
    sentence: renamed
      ? `On the team’s laptop ${describeRecord(collection, now, names)} was renamed “${afterName}”. The frame is yours: every team’s cards sit on it.`
      : `On the team’s laptop ${describeRecord(collection, now, names)} was changed. The frame is yours: every team’s cards sit on it.`,
    options: [KEEP(renamed ? `Keep “${nowName}”` : 'Keep the workshop’s'), TAKE(renamed ? `Rename it “${afterName}”` : 'Use the team’s')],
    choice: KEEP_WORKSHOP,
  };
}

function recordConflict(id: string, collection: TeamWorkCollection, what: string, before: unknown, after: unknown, now: unknown): MergeConflict {
  const base = { id, collection, what, choice: KEEP_WORKSHOP };
  if (now === null) {
    return {
      ...base,
      kind: 'removed-here',
      sentence: `It was removed from this workshop after the pack was made, but the team changed it on their laptop.`,
      options: [KEEP('Leave it removed'), TAKE('Bring back the team’s version')],
    };
  }
  if (after === null) {
    return {
      ...base,
      kind: 'removed-there',
      sentence: `The team removed it on their laptop, but it was changed here after the pack was made.`,
      options: [KEEP('Keep it as it is here'), TAKE('Remove it')],
    };
  }
  return {
    ...base,
    kind: before === null ? 'made-both' : 'edited-both',
    sentence: before === null ? 'It was made both here and on the team’s laptop, differently.' : 'It was edited both here and on the team’s laptop since the pack was made.',
    options: [KEEP('Keep this workshop’s version'), TAKE('Use the team’s version')],
  };
}

interface Lists {
  readonly steps: Step[];
  readonly conflicts: MergeConflict[];
  readonly added: MergeItem[];
  readonly changed: MergeItem[];
  readonly removed: MergeItem[];
}

/**
 * Dots go in by ballot: one person's dots in one round. A ballot the
 * workshop changed since the pack, and the team changed too, is one
 * conflict — taking half of each could spend more dots than the person has.
 */
function planBallots(
  master: Workshop,
  file: TeamFile,
  teamPeople: ReadonlySet<Id>,
  names: Names,
  lists: Lists,
  otherTeam: () => void,
  already: () => void,
): void {
  const current = indexOf('votes', master);
  const ballots = new Map<string, RecordChange<Vote>[]>();
  for (const change of file.changes.votes ?? []) {
    const vote = (change.after ?? change.before) as Vote;
    if (!teamPeople.has(vote.participantId)) {
      otherTeam();
      continue;
    }
    const key = JSON.stringify([vote.participantId, vote.round]);
    const list = ballots.get(key) ?? [];
    list.push(change);
    ballots.set(key, list);
  }
  for (const [key, changes] of [...ballots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pending = changes.filter((c) => !sameValue(current.get(recordKey('votes', (c.after ?? c.before) as Vote)) ?? null, c.after));
    if (pending.length === 0) {
      already();
      continue;
    }
    const first = (changes[0]?.after ?? changes[0]?.before) as Vote;
    const what = `${names.person(first.participantId)}’s dots in ${roundName(first.round)}`;
    const clean = pending.every((c) => sameValue(current.get(recordKey('votes', (c.after ?? c.before) as Vote)) ?? null, c.before));
    const conflictId = clean ? null : `ballot:${key}`;
    for (const c of pending) lists.steps.push({ collection: 'votes', before: c.before, after: c.after, conflictId });
    if (clean) {
      lists.changed.push({ collection: 'votes', label: what });
      continue;
    }
    lists.conflicts.push({
      id: `ballot:${key}`,
      kind: 'ballot',
      collection: 'votes',
      what,
      sentence: 'These dots were changed both here and on the team’s laptop since the pack was made.',
      options: [KEEP('Keep the dots placed here'), TAKE('Use the dots from the team’s laptop')],
      choice: KEEP_WORKSHOP,
    });
  }
}

/**
 * A card must sit on a stage and a channel the workshop has. One on a stage
 * or channel removed here since the pack asks where it goes: onto a stage
 * that is still there, or left out with its ratings.
 */
function planPlaces(master: Workshop, steps: readonly Step[], conflicts: MergeConflict[], names: Names): Step[] {
  const stages = new Set(master.stages.map((s) => s.id));
  const channels = new Set(master.channels.map((c) => c.id));
  const firstStage = master.stages[0];
  const firstChannel = master.channels[0];
  const out: Step[] = [];
  for (const step of steps) {
    const card = step.collection === 'touchpoints' ? (step.after as Touchpoint | null) : null;
    if (card === null || (stages.has(card.stageId) && channels.has(card.channelId))) {
      out.push(step);
      continue;
    }
    const id = `place:${card.id}`;
    const removedHere = step.conflictId !== null;
    // Drop the record conflict this replaces: one question per card.
    const at = conflicts.findIndex((c) => c.id === step.conflictId);
    if (at >= 0) conflicts.splice(at, 1);
    const where = stages.has(card.stageId) ? `the channel “${names.channel(card.channelId)}”` : `the stage “${names.stage(card.stageId)}”`;
    const channelNote = channels.has(card.channelId) || !firstChannel ? '' : ` Its channel is gone too, so it goes in “${firstChannel.name}”.`;
    const options: MergeOption[] = [
      ...master.stages.map((s) => ({ value: `${STAGE_PREFIX}${s.id}`, label: `Put it in “${s.name}”` })),
      { value: LEAVE_OUT, label: 'Leave it out, with its ratings' },
    ];
    conflicts.push({
      id,
      kind: 'place',
      collection: 'touchpoints',
      what: `the card “${card.title}”`,
      sentence: removedHere
        ? `It sat on ${where}, which was removed here after the pack was made, taking the card with it; the team changed the card on their laptop.${channelNote}`
        : `The team put it on ${where}, which was removed here after the pack was made.${channelNote}`,
      options,
      choice: removedHere || !firstStage ? LEAVE_OUT : `${STAGE_PREFIX}${stages.has(card.stageId) ? card.stageId : firstStage.id}`,
    });
    out.push({ ...step, conflictId: id });
  }
  return out;
}

function countRatingsOnMissingPillars(master: Workshop, steps: readonly Step[]): number {
  const pillars = new Set(master.framework.pillars.map((p) => p.id));
  return steps.filter((s) => s.collection === 'ratings' && s.after !== null && !pillars.has((s.after as { pillarId: Id }).pillarId)).length;
}

/** The workshop with the team file merged as the person chose; conflicts not answered keep the workshop's. */
export function mergeTeamFile(master: Workshop, file: TeamFile, choices: MergeChoices, now: string): MergeResult {
  const refused = refusal(master, file);
  if (refused !== null) return { ok: false, message: refused };
  const plan = buildPlan(master, file);
  const conflicts = new Map(plan.preview.conflicts.map((c) => [c.id, c]));
  const put: Record<string, unknown[]> = {};
  const del: Record<string, unknown[]> = {};
  for (const step of plan.steps) {
    let after = step.after;
    if (step.conflictId !== null) {
      const conflict = conflicts.get(step.conflictId);
      const asked = choices[step.conflictId];
      const choice = conflict && asked !== undefined && conflict.options.some((o) => o.value === asked) ? asked : (conflict?.choice ?? KEEP_WORKSHOP);
      if (choice === KEEP_WORKSHOP || choice === LEAVE_OUT) continue;
      if (choice.startsWith(STAGE_PREFIX)) after = placed(after as Touchpoint, choice.slice(STAGE_PREFIX.length), master);
    }
    if (after !== null) (put[step.collection] ??= []).push(withMastersWeight(step.collection, after, master));
    else if (step.before !== null) {
      const spec = COLLECTIONS[step.collection] as unknown as { identity: (r: unknown) => unknown };
      (del[step.collection] ??= []).push(spec.identity(step.before));
    }
  }
  // Built per collection from that collection's own records and identities.
  const patch: Patch = { put: put as Patch['put'], del: del as Patch['del'] };
  const merged = applyPatch(master, patch);
  if (merged === master) return { ok: true, state: master, preview: plan.preview };
  const settled = withoutDanglingRatings(repairReferences(merged));
  return { ok: true, state: { ...settled, updatedAt: now }, preview: plan.preview };
}

function placed(card: Touchpoint, stageId: Id, master: Workshop): Touchpoint {
  const channelId = master.channels.some((c) => c.id === card.channelId) ? card.channelId : (master.channels[0]?.id ?? card.channelId);
  return { ...card, stageId, channelId };
}

/** A pillar taken from a team keeps this workshop's weight, so the weights still add up to 100. */
function withMastersWeight(collection: TeamWorkCollection, record: unknown, master: Workshop): unknown {
  if (collection !== 'pillars') return record;
  const pillar = record as { readonly id: Id; readonly weight: number };
  const mine = master.framework.pillars.find((p) => p.id === pillar.id);
  return { ...pillar, weight: mine?.weight ?? 0 };
}

/** Ratings on cards or pillars the workshop does not have are left out. */
function withoutDanglingRatings(state: Workshop): Workshop {
  const pillars = new Set(state.framework.pillars.map((p) => p.id));
  const cards = new Set(state.touchpoints.map((t) => t.id));
  const ratings = state.ratings.filter((r) => pillars.has(r.pillarId) && cards.has(r.touchpointId));
  return ratings.length === state.ratings.length ? state : { ...state, ratings };
}
