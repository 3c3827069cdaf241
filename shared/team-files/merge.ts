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
 * A person's dots go in as a whole ballot. The frame (stages, channels,
 * pillars) is the facilitator's: a team's change to it is only ever a
 * suggestion to take or leave. A card a team removed takes what hangs on it,
 * as in the room, and what points at a card gone for good is measured
 * without it. So the files of different teams can come in any order.
 *
 * The same rules serve a device of the local-network room that worked
 * offline for a while: its changes are records with a value then and now.
 */
import { count as plural } from '../present/numbers';
import { COLLECTIONS, recordKey, sameValue, type RecordOf } from '../changes/collections';
import { applyPatch, indexOfIdentity } from '../changes/patch';
import type { Patch, RecordChange } from '../changes/types';
import { LIMITS } from '../reducers/common';
import type { Fix, Id, Rating, Touchpoint, Vote, Workshop } from '../model';
import { repairReferences } from '../reducers/cascade';
import { openRound, roundRules } from '../selectors/voting';
import type { TeamFile } from './team-file';
import { FRAME_COLLECTIONS, TEAM_WORK_COLLECTIONS, type TeamWorkCollection } from './team-work';
import { roundName } from '../present/rounds';
import { describeRecord, namesFor, placeName, type Names } from './merge-words';

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

/** How the preview lists a record that goes in without a question. */
interface Listed {
  readonly list: 'added' | 'changed' | 'removed';
  readonly label: string;
}

/** One record the merge may write: the workshop's value now, the team's value, and the conflict that decides it, if any. */
interface Step {
  readonly collection: TeamWorkCollection;
  readonly now: unknown;
  readonly before: unknown;
  readonly after: unknown;
  readonly conflictId: string | null;
  readonly item: Listed | null;
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

/**
 * Finds the workshop's record with the same identity: ratings and votes, held
 * sorted by what identifies them, by binary search; the rest by id.
 */
function finder<C extends TeamWorkCollection>(collection: C, master: Workshop): (record: RecordOf<C>) => RecordOf<C> | null {
  const spec = COLLECTIONS[collection];
  const items = spec.get(master);
  if (spec.sortedByIdentity) return (record) => items[indexOfIdentity(collection, items, spec.identity(record))] ?? null;
  const byKey = new Map<string, RecordOf<C>>();
  for (const item of items) byKey.set(recordKey(collection, item), item);
  return (record) => byKey.get(recordKey(collection, record)) ?? null;
}

/** What the merge would do, before anything changes: what is new, changed, removed, and what conflicts. */
export function planTeamMerge(master: Workshop, file: TeamFile): MergePlanResult {
  const refused = refusal(master, file);
  if (refused !== null) return { ok: false, message: refused };
  return { ok: true, preview: buildPlan(master, file).preview };
}

/** What the workshop has now, looked up once per plan. */
interface Here {
  readonly stages: ReadonlySet<Id>;
  readonly channels: ReadonlySet<Id>;
  readonly pillars: ReadonlySet<Id>;
  readonly cards: ReadonlySet<Id>;
  readonly fixes: ReadonlySet<Id>;
}

function hereOf(master: Workshop): Here {
  const ids = (items: readonly { readonly id: Id }[]) => new Set(items.map((i) => i.id));
  return {
    stages: ids(master.stages),
    channels: ids(master.channels),
    pillars: ids(master.framework.pillars),
    cards: ids(master.touchpoints),
    fixes: ids(master.fixes),
  };
}

function buildPlan(master: Workshop, file: TeamFile): Plan {
  const teamId = file.teamId;
  const names = namesFor(master, file);
  const here = hereOf(master);
  const conflicts: MergeConflict[] = [];
  const steps: Step[] = [];
  const counts = { alreadyIn: 0, otherTeams: 0, ratingsOfGoneCards: 0 };
  const frameDropped: string[] = [];
  // Cards neither here nor in the file are gone for good (removed here, or by another team's file merged before):
  // what points at them is measured without them, so the teams' files give the same workshop in any order.
  const fileCards = new Set<Id>();
  for (const change of file.changes.touchpoints ?? []) if (change.after) fileCards.add(change.after.id);
  const gone = (id: Id) => !here.cards.has(id) && !fileCards.has(id);
  const comparable = (collection: TeamWorkCollection, record: unknown): unknown => {
    if (collection !== 'fixes' || record === null) return record;
    const fix = record as Fix;
    return fix.touchpointIds.some(gone) ? { ...fix, touchpointIds: fix.touchpointIds.filter((id) => !gone(id)) } : fix;
  };

  // The team's people: those the workshop knows as the team's, and those the file adds to it (never another team's person).
  const teamPeople = new Set(master.participants.filter((p) => p.teamId === teamId).map((p) => p.id));
  const elsewhere = new Set(master.participants.filter((p) => p.teamId !== teamId).map((p) => p.id));
  for (const { before, after } of file.changes.participants ?? []) {
    if (after?.teamId === teamId && (before === null || before.teamId === teamId) && !elsewhere.has(after.id)) teamPeople.add(after.id);
  }

  for (const collection of TEAM_WORK_COLLECTIONS) {
    if (collection === 'votes') continue;
    const find = finder(collection, master);
    const list = (file.changes[collection] ?? []) as readonly RecordChange<RecordOf<typeof collection>>[];
    const frame = FRAME_COLLECTIONS.has(collection);
    for (const change of list) {
      if (!frame && (notOwn(collection, change.before, teamId) || notOwn(collection, change.after, teamId))) {
        counts.otherTeams += 1;
        continue;
      }
      const record = (change.after ?? change.before) as RecordOf<typeof collection>;
      const key = recordKey(collection, record);
      const now = find(record);
      if (collection === 'ratings' && change.after !== null && gone((change.after as Rating).touchpointId)) {
        counts.ratingsOfGoneCards += 1;
        continue;
      }
      const alreadyIn = sameValue(now, comparable(collection, change.after));
      if (alreadyIn || (collection === 'touchpoints' && placedBefore(now as Touchpoint | null, change as RecordChange<Touchpoint>, here))) {
        counts.alreadyIn += 1;
        continue;
      }
      const what = describeRecord(collection, change.after ?? change.before, names);
      const id = `${collection}:${key}`;
      const step = { collection, now, before: change.before, after: change.after };
      if (frame) {
        if (change.after === null) {
          frameDropped.push(what);
          continue;
        }
        conflicts.push(frameConflict(id, collection, what, now, change.after, master, names));
        steps.push({ ...step, conflictId: id, item: null });
        continue;
      }
      if (sameValue(now, comparable(collection, change.before))) {
        const list = change.before === null ? 'added' : change.after === null ? 'removed' : 'changed';
        steps.push({ ...step, conflictId: null, item: { list, label: what } });
        continue;
      }
      // A question names the record as the facilitator sees it here, when it is still here.
      const named = now === null ? what : describeRecord(collection, now, names);
      conflicts.push(recordConflict(id, collection, named, change.before, change.after, now));
      steps.push({ ...step, conflictId: id, item: null });
    }
  }

  const ballotNotes: string[] = [];
  planBallots(master, file, teamPeople, names, steps, conflicts, counts, ballotNotes);
  const placed = planPlaces(master, withRemovedCards(steps), conflicts, names);

  const notes: string[] = [];
  const { otherTeams } = counts;
  if (otherTeams > 0) notes.push(`${plural(otherTeams, 'change')} to other teams’ work ${otherTeams === 1 ? 'is' : 'are'} left out: a team file only brings in its own team’s work.`);
  for (const what of frameDropped) notes.push(`The team’s copy no longer has ${what}; the workshop keeps it, since the frame is the facilitator’s.`);
  notes.push(...leftOutNotes(file, placed, here, counts.ratingsOfGoneCards));
  notes.push(...ballotNotes);

  const listed = (list: Listed['list']): MergeItem[] =>
    placed.filter((s) => s.conflictId === null && s.item?.list === list).map((s) => ({ collection: s.collection, label: s.item?.label ?? '' }));
  return {
    preview: {
      teamId,
      teamName: names.team,
      added: listed('added'),
      changed: listed('changed'),
      removed: listed('removed'),
      conflicts,
      notes,
      alreadyIn: counts.alreadyIn,
    },
    steps: placed,
  };
}

/**
 * Removing a card on the laptop took the team's ratings of it. When that
 * removal is a question, so are they: kept with the card, gone with it.
 */
function withRemovedCards(steps: readonly Step[]): Step[] {
  const asked = new Map<Id, string>();
  for (const step of steps) {
    if (step.collection === 'touchpoints' && step.after === null && step.conflictId !== null) asked.set((step.before as Touchpoint).id, step.conflictId);
  }
  if (asked.size === 0) return [...steps];
  return steps.map((step) => {
    if (step.collection !== 'ratings' || step.after !== null || step.conflictId !== null) return step;
    const conflictId = asked.get((step.before as { readonly touchpointId: Id }).touchpointId);
    return conflictId === undefined ? step : { ...step, conflictId, item: null };
  });
}

function notOwn(collection: TeamWorkCollection, record: unknown, teamId: Id): boolean {
  const owner = ownerOf(collection, record);
  return record !== null && owner !== teamId;
}

/**
 * Whether the team's card is already here, put on a stage of this workshop
 * by an earlier merge because its own stage or channel was removed here:
 * the team's card but for its place, and no longer the card as handed out
 * (a card the team only moved onto a removed stage is still a question).
 */
function placedBefore(now: Touchpoint | null, { before, after }: RecordChange<Touchpoint>, here: Here): boolean {
  if (now === null || after === null || (here.stages.has(after.stageId) && here.channels.has(after.channelId))) return false;
  return !sameValue(now, before) && sameValue(now, { ...after, stageId: now.stageId, channelId: now.channelId });
}


const KEEP = (label: string): MergeOption => ({ value: KEEP_WORKSHOP, label });
const TAKE = (label: string): MergeOption => ({ value: TAKE_TEAM, label });

const FRAME_LIMITS: Readonly<Record<string, number>> = { stages: LIMITS.stages, channels: LIMITS.channels, pillars: 12 };
const FRAME_WORD: Readonly<Record<string, string>> = { stages: 'stage', channels: 'channel', pillars: 'pillar' };

/** Why the team's frame record cannot go into this workshop as it is (a name another one has, no room), or null. */
function frameRoom(collection: TeamWorkCollection, now: unknown, after: unknown, master: Workshop): string | null {
  const records = COLLECTIONS[collection].get(master) as readonly { readonly id: Id; readonly name: string }[];
  const record = after as { readonly id: Id; readonly name: string };
  const word = FRAME_WORD[collection] ?? 'part of the frame';
  const clash = records.find((r) => r.id !== record.id && r.name.trim().toLowerCase() === record.name.trim().toLowerCase());
  if (clash) return ` This workshop already has a ${word} called “${clash.name}”, so the team’s cannot be taken as it is.`;
  const limit = FRAME_LIMITS[collection] ?? Number.POSITIVE_INFINITY;
  if (now === null && records.length >= limit) return ` This workshop already has ${plural(limit, word)}, the most it can hold.`;
  return null;
}

function frameConflict(
  id: string,
  collection: TeamWorkCollection,
  what: string,
  now: unknown,
  after: unknown,
  master: Workshop,
  names: Names,
): MergeConflict {
  const afterName = (after as { readonly name: string }).name;
  const blocked = frameRoom(collection, now, after, master);
  if (now === null) {
    return {
      id,
      kind: 'frame',
      collection,
      what,
      sentence: `The team’s copy has ${what}, which this workshop does not. The frame is yours: add it only if the whole room should have it.${blocked ?? ''}`,
      options: [KEEP('Leave it out'), ...(blocked === null ? [TAKE(`Add “${afterName}”`)] : [])],
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
    sentence: `${
      renamed
        ? `On the team’s laptop ${describeRecord(collection, now, names)} was renamed “${afterName}”.`
        : `On the team’s laptop ${describeRecord(collection, now, names)} was changed.`
    } The frame is yours: every team’s cards sit on it.${blocked ?? ''}`,
    options: [
      KEEP(renamed ? `Keep “${nowName}”` : 'Keep the workshop’s'),
      ...(blocked === null ? [TAKE(renamed ? `Rename it “${afterName}”` : 'Use the team’s')] : []),
    ],
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

/** One person's dots in one round, as handed out and as the team left them. */
interface Ballot {
  readonly participantId: Id;
  readonly round: number;
  readonly base: Vote[];
  readonly final: Vote[];
}

function sameBallot(a: readonly Vote[], b: readonly Vote[]): boolean {
  if (a.length !== b.length) return false;
  const dots = new Map(a.map((v) => [v.fixId, v.dots]));
  return b.every((v) => dots.get(v.fixId) === v.dots);
}

/**
 * Dots go in by ballot: one person's dots in one round, whole. A team file
 * carries every ballot it touched whole (./team-work.ts), so the ballot as
 * handed out is known: the workshop still holding it takes the team's
 * ballot; a ballot changed here too is one conflict, since taking half of
 * each could spend more dots than the person has. A ballot that breaks the
 * workshop's vote as it is now (its round closed, the rules changed while no
 * dot was cast) is left out and said.
 */
function planBallots(
  master: Workshop,
  file: TeamFile,
  teamPeople: ReadonlySet<Id>,
  names: Names,
  steps: Step[],
  conflicts: MergeConflict[],
  counts: { alreadyIn: number; otherTeams: number },
  notes: string[],
): void {
  const ballots = new Map<string, Ballot>();
  for (const change of file.changes.votes ?? []) {
    const vote = (change.after ?? change.before) as Vote;
    if (!teamPeople.has(vote.participantId)) {
      if (!sameValue(change.before, change.after)) counts.otherTeams += 1;
      continue;
    }
    const key = JSON.stringify([vote.participantId, vote.round]);
    const ballot = ballots.get(key) ?? { participantId: vote.participantId, round: vote.round, base: [], final: [] };
    if (change.before !== null) ballot.base.push(change.before);
    if (change.after !== null) ballot.final.push(change.after);
    ballots.set(key, ballot);
  }
  if (ballots.size === 0) return;
  const current = new Map<string, Vote[]>();
  for (const vote of master.votes) {
    if (!teamPeople.has(vote.participantId)) continue;
    const key = JSON.stringify([vote.participantId, vote.round]);
    const list = current.get(key) ?? [];
    list.push(vote);
    current.set(key, list);
  }
  const fixTeam = new Map(master.fixes.map((f) => [f.id, f.teamId]));
  for (const change of file.changes.fixes ?? []) if (change.after && !fixTeam.has(change.after.id)) fixTeam.set(change.after.id, change.after.teamId);

  for (const [key, ballot] of [...ballots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const here = current.get(key) ?? [];
    if (sameBallot(here, ballot.final)) {
      counts.alreadyIn += 1;
      continue;
    }
    const what = `${names.person(ballot.participantId)}’s dots in ${roundName(ballot.round)}`;
    const broken = ballotRefusal(master, file.teamId, ballot, fixTeam);
    if (broken !== null) {
      notes.push(`${capitalised(what)} ${ballot.final.length === 0 ? 'are taken back on the team’s laptop, but stay' : 'are left out'}: ${broken}`);
      continue;
    }
    const clean = sameBallot(here, ballot.base);
    const conflictId = clean ? null : `ballot:${key}`;
    const finalByFix = new Map(ballot.final.map((v) => [v.fixId, v]));
    const hereByFix = new Map(here.map((v) => [v.fixId, v]));
    let first = true;
    const item = (): Listed | null => {
      if (!clean || !first) return null;
      first = false;
      return { list: 'changed', label: what };
    };
    for (const vote of here) {
      if (!finalByFix.has(vote.fixId)) steps.push({ collection: 'votes', now: vote, before: vote, after: null, conflictId, item: item() });
    }
    for (const vote of ballot.final) {
      const now = hereByFix.get(vote.fixId) ?? null;
      if (!sameValue(now, vote)) steps.push({ collection: 'votes', now, before: now, after: vote, conflictId, item: item() });
    }
    if (clean) continue;
    conflicts.push({
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

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why the team's ballot cannot stand in this workshop's vote as it is now, or null. */
function ballotRefusal(master: Workshop, teamId: Id, ballot: Ballot, fixTeam: ReadonlyMap<Id, Id>): string | null {
  const open = openRound(master);
  if (ballot.round !== open) {
    return ballot.round < open
      ? `${roundName(ballot.round)} was closed here after the pack was made.`
      : `${roundName(ballot.round)} was cancelled here after the pack was made.`;
  }
  if (master.voting.mode !== 'ballot') return 'this workshop’s vote is now counted from the wall.';
  const { budget, maxPerFix } = roundRules(master, ballot.round);
  // Dots on a fix removed here go with it; the rest must keep the vote's rules.
  const standing = ballot.final.filter((v) => fixTeam.has(v.fixId));
  const total = standing.reduce((sum, v) => sum + v.dots, 0);
  if (total > budget || standing.some((v) => v.dots > maxPerFix)) {
    return `they no longer fit this workshop’s vote (${plural(budget, 'dot')} each, at most ${String(maxPerFix)} on one fix).`;
  }
  if (!master.voting.ownTeamVoting && standing.some((v) => fixTeam.get(v.fixId) === teamId)) {
    return 'in this workshop’s vote nobody puts dots on their own team’s fixes now.';
  }
  return null;
}

/**
 * What goes in without a question but cannot stand, said in notes: ratings
 * of cards gone for good (counted while planning) or on pillars this
 * workshop no longer has, links from the team's fixes to cards removed
 * here, dots on fixes removed here.
 */
function leftOutNotes(file: TeamFile, steps: readonly Step[], here: Here, ofCards: number): string[] {
  const fileCards = new Set<Id>();
  for (const change of file.changes.touchpoints ?? []) if (change.after) fileCards.add(change.after.id);
  const fileFixes = new Set<Id>();
  for (const change of file.changes.fixes ?? []) if (change.after) fileFixes.add(change.after.id);
  const cardKnown = (id: Id) => here.cards.has(id) || fileCards.has(id);
  let onPillars = 0;
  let links = 0;
  const dotsOn = new Set<Id>();
  for (const step of steps) {
    if (step.conflictId !== null || step.after === null) continue;
    if (step.collection === 'ratings') {
      const rating = step.after as { readonly pillarId: Id; readonly touchpointId: Id };
      if (!here.pillars.has(rating.pillarId)) onPillars += 1;
    } else if (step.collection === 'fixes') {
      links += (step.after as { readonly touchpointIds: readonly Id[] }).touchpointIds.filter((id) => !cardKnown(id)).length;
    } else if (step.collection === 'votes') {
      const fixId = (step.after as Vote).fixId;
      if (!here.fixes.has(fixId) && !fileFixes.has(fixId)) dotsOn.add(fixId);
    }
  }
  const notes: string[] = [];
  const are = (n: number) => (n === 1 ? 'is' : 'are');
  if (onPillars > 0) notes.push(`${plural(onPillars, 'rating')} on pillars this workshop no longer has ${are(onPillars)} left out.`);
  if (ofCards > 0) notes.push(`${plural(ofCards, 'rating')} of cards removed here ${are(ofCards)} left out.`);
  if (links > 0) notes.push(`${plural(links, 'link')} from the team’s fixes to cards removed here ${are(links)} left out.`);
  if (dotsOn.size > 0) notes.push(`Dots on ${dotsOn.size === 1 ? 'a fix' : `${String(dotsOn.size)} fixes`} removed here are left out.`);
  return notes;
}

/**
 * A card must sit on a stage and a channel the workshop has. One whose place
 * was removed here since the pack asks where it goes: onto a stage that is
 * still there, or not at all. A new card goes to the first stage unless the
 * person says otherwise; a card the workshop still has stays as it is here,
 * and one removed here stays removed.
 */
function planPlaces(master: Workshop, steps: readonly Step[], conflicts: MergeConflict[], names: Names): Step[] {
  const stages = new Set(master.stages.map((s) => s.id));
  const channels = new Set(master.channels.map((c) => c.id));
  const fits = (card: Touchpoint) => stages.has(card.stageId) && channels.has(card.channelId);
  const firstStage = master.stages[0];
  const firstChannel = master.channels[0];
  const replaced = new Set<string>();
  const out: Step[] = [];
  for (const step of steps) {
    const card = step.collection === 'touchpoints' ? (step.after as Touchpoint | null) : null;
    if (card === null || fits(card)) {
      out.push(step);
      continue;
    }
    const id = `place:${card.id}`;
    // One question per card: the place question replaces the record's own.
    if (step.conflictId !== null) replaced.add(step.conflictId);
    const named = stages.has(card.stageId) ? placeName('channel', card.channelId, names) : placeName('stage', card.stageId, names);
    // "the stage “Buy”, which was removed here", or "a stage that was removed here" when its name is known nowhere.
    const place = `${named}${named.startsWith('a ') ? ' that' : ', which'} was removed here`;
    // The team's copy may still have that stage or channel: taking it back is one of the frame's questions.
    const onlyPlaced = step.now === null ? step.before === null : sameValue(step.now, step.before);
    const offered = onlyPlaced && [`stages:${card.stageId}`, `channels:${card.channelId}`].some((id) => conflicts.some((c) => c.id === id && c.options.some((o) => o.value === TAKE_TEAM)));
    const channelNote =
      (channels.has(card.channelId) || !firstChannel ? '' : ` Its channel is gone too, so it goes in “${firstChannel.name}”.`) +
      (offered ? ' If you take the team’s stage or channel back into the frame, it goes there as the team left it.' : '');
    const before = step.before as Touchpoint | null;
    let sentence: string;
    let leaveOut = 'Leave it out, with its ratings';
    let choice: string = LEAVE_OUT;
    if (step.now !== null) {
      sentence = `The team moved it to ${place} after the pack was made. Unless you choose a stage, it stays where it is here.${channelNote}`;
      leaveOut = 'Leave it where it is here';
    } else if (before !== null) {
      sentence = fits(before)
        ? `It was removed here after the pack was made, and on their laptop the team moved it to ${place} too.${channelNote}`
        : `It sat on ${place} after the pack was made, taking the card with it; the team changed the card on their laptop.${channelNote}`;
    } else {
      sentence = `The team put it on ${place} after the pack was made.${channelNote}`;
      if (firstStage) choice = `${STAGE_PREFIX}${stages.has(card.stageId) ? card.stageId : firstStage.id}`;
    }
    conflicts.push({
      id,
      kind: 'place',
      collection: 'touchpoints',
      what: `the card “${card.title}”`,
      sentence,
      options: [...master.stages.map((s) => ({ value: `${STAGE_PREFIX}${s.id}`, label: `Put it in “${s.name}”` })), { value: LEAVE_OUT, label: leaveOut }],
      choice,
    });
    out.push({ ...step, conflictId: id, item: null });
  }
  if (replaced.size > 0) {
    const kept = conflicts.filter((c) => !replaced.has(c.id));
    conflicts.splice(0, conflicts.length, ...kept);
  }
  return out;
}

/** The workshop with the team file merged as the person chose; conflicts not answered keep the workshop's. */
export function mergeTeamFile(master: Workshop, file: TeamFile, choices: MergeChoices, now: string): MergeResult {
  const refused = refusal(master, file);
  if (refused !== null) return { ok: false, message: refused };
  const plan = buildPlan(master, file);
  const conflicts = new Map(plan.preview.conflicts.map((c) => [c.id, c]));
  const choiceFor = (conflictId: string): string => {
    const conflict = conflicts.get(conflictId);
    const asked = choices[conflictId];
    return conflict && asked !== undefined && conflict.options.some((o) => o.value === asked) ? asked : (conflict?.choice ?? KEEP_WORKSHOP);
  };
  const taken = (step: Step) => step.conflictId === null || choiceFor(step.conflictId) === TAKE_TEAM;

  // The frame first: a stage or channel taken from the team is there for the cards on it.
  const frame = { stages: new Set(master.stages.map((s) => s.id)), channels: new Set(master.channels.map((c) => c.id)), pillars: new Set(master.framework.pillars.map((p) => p.id)) };
  for (const step of plan.steps) {
    if (!FRAME_COLLECTIONS.has(step.collection) || step.after === null || !taken(step)) continue;
    (frame[step.collection as 'stages' | 'channels' | 'pillars'] as Set<Id>).add((step.after as { readonly id: Id }).id);
  }
  const firstChannel = master.channels[0]?.id;

  const chosen: { readonly collection: TeamWorkCollection; readonly before: unknown; readonly after: unknown }[] = [];
  for (const step of plan.steps) {
    let after = step.after;
    if (step.conflictId !== null) {
      const card = step.collection === 'touchpoints' ? (after as Touchpoint | null) : null;
      const fits = card !== null && frame.stages.has(card.stageId) && frame.channels.has(card.channelId);
      // A place question whose stage or channel this merge brings back answers itself: a new or only moved card goes on it.
      const settled = fits && step.conflictId.startsWith('place:') && (step.now === null ? step.before === null : sameValue(step.now, step.before));
      if (!settled) {
        const choice = choiceFor(step.conflictId);
        if (choice === KEEP_WORKSHOP || choice === LEAVE_OUT) continue;
        if (choice.startsWith(STAGE_PREFIX)) after = placed(after as Touchpoint, choice.slice(STAGE_PREFIX.length), frame.channels, firstChannel);
      }
    }
    chosen.push({ collection: step.collection, before: step.before, after });
  }
  const put: Record<string, unknown[]> = {};
  const del: Record<string, unknown[]> = {};
  for (const { collection, before, after } of chosen) {
    if (after !== null) {
      // Ratings on pillars the workshop will not have are left out (as the preview's note says); the workshop's own stay.
      if (collection === 'ratings' && !frame.pillars.has((after as { readonly pillarId: Id }).pillarId)) continue;
      (put[collection] ??= []).push(withMastersWeight(collection, after, master));
    } else if (before !== null) {
      const spec = COLLECTIONS[collection] as unknown as { identity: (r: unknown) => unknown };
      (del[collection] ??= []).push(spec.identity(before));
    }
  }
  // Built per collection from that collection's own records and identities.
  const patch: Patch = { put: put as Patch['put'], del: del as Patch['del'] };
  const merged = applyPatch(master, patch);
  if (merged === master) return { ok: true, state: master, preview: plan.preview };
  // What the team's records point at and the workshop no longer has is let go, as the preview's notes say.
  return { ok: true, state: { ...repairReferences(merged), updatedAt: now }, preview: plan.preview };
}

/** The card on the chosen stage, in its own channel when the workshop has it, else in the first. */
function placed(card: Touchpoint, stageId: Id, channels: ReadonlySet<Id>, firstChannel: Id | undefined): Touchpoint {
  return { ...card, stageId, channelId: channels.has(card.channelId) ? card.channelId : (firstChannel ?? card.channelId) };
}

/** A pillar taken from a team keeps this workshop's weight, so the weights still add up to 100. */
function withMastersWeight(collection: TeamWorkCollection, record: unknown, master: Workshop): unknown {
  if (collection !== 'pillars') return record;
  const pillar = record as { readonly id: Id; readonly weight: number };
  const mine = master.framework.pillars.find((p) => p.id === pillar.id);
  return { ...pillar, weight: mine?.weight ?? 0 };
}
