/**
 * A team's part of a workshop: the frame it works in (stages, channels,
 * pillars) and its own cards, ratings, fixes, people and its people's dots.
 * A team copy keeps this as handed out; what changed since, record by
 * record, is what its team file carries and what a merge applies.
 */
import { COLLECTIONS, recordKey, sameValue, type RecordOf } from '../changes/collections';
import type { RecordChange } from '../changes/types';
import type { Id, TeamWork, Vote, Workshop } from '../model';

/** The collections a team's work is made of, in the order a merge applies them: the frame, then what sits on it. */
export const TEAM_WORK_COLLECTIONS = ['stages', 'channels', 'pillars', 'participants', 'touchpoints', 'fixes', 'ratings', 'votes'] as const;
export type TeamWorkCollection = (typeof TEAM_WORK_COLLECTIONS)[number];

/** The frame's collections: the facilitator's, which a team file may only suggest changes to. */
export const FRAME_COLLECTIONS: ReadonlySet<TeamWorkCollection> = new Set(['stages', 'channels', 'pillars']);

/** What changed in a team's work, per collection: each record's value as handed out and as it is now. */
export type TeamChanges = { readonly [C in TeamWorkCollection]?: readonly RecordChange<RecordOf<C>>[] };

/** The frame of `workshop` and the work of team `teamId` in it. */
export function teamWorkOf(workshop: Workshop, teamId: Id): TeamWork {
  const participants = workshop.participants.filter((p) => p.teamId === teamId);
  const people = new Set(participants.map((p) => p.id));
  return {
    stages: workshop.stages,
    channels: workshop.channels,
    pillars: workshop.framework.pillars,
    touchpoints: workshop.touchpoints.filter((t) => t.teamId === teamId),
    ratings: workshop.ratings.filter((r) => r.teamId === teamId),
    fixes: workshop.fixes.filter((f) => f.teamId === teamId),
    participants,
    votes: workshop.votes.filter((v) => people.has(v.participantId)),
  };
}

/** Each record of one collection that differs from `before` to `after`, keyed as the change record keys it. */
function diffRecords<C extends TeamWorkCollection>(
  collection: C,
  before: readonly RecordOf<C>[],
  after: readonly RecordOf<C>[],
): RecordChange<RecordOf<C>>[] {
  const previous = new Map<string, RecordOf<C>>();
  for (const record of before) previous.set(recordKey(collection, record), record);
  const changes: RecordChange<RecordOf<C>>[] = [];
  for (const record of after) {
    const key = recordKey(collection, record);
    const old = previous.get(key);
    previous.delete(key);
    if (old === undefined) changes.push({ before: null, after: record });
    else if (!sameValue(old, record)) changes.push({ before: old, after: record });
  }
  for (const old of previous.values()) changes.push({ before: old, after: null });
  // Held in the collection's own order, so the same work always gives the same file.
  const spec = COLLECTIONS[collection];
  return changes.sort((a, b) => spec.compare((a.after ?? a.before) as RecordOf<C>, (b.after ?? b.before) as RecordOf<C>));
}

/**
 * Everything that differs between two states of a team's work. A person's
 * dots in one round are one ballot: when any of them changed, the ballot's
 * other dots come too, unchanged (the same value before and after), so a
 * merge can tell the whole ballot as handed out from one changed since.
 */
export function diffTeamWork(base: TeamWork, now: TeamWork): TeamChanges {
  const changes: { [C in TeamWorkCollection]?: RecordChange<RecordOf<C>>[] } = {};
  for (const collection of TEAM_WORK_COLLECTIONS) {
    const list = diffOne(collection, base, now);
    if (list.length > 0) (changes as Record<string, unknown>)[collection] = list;
  }
  if (changes.votes) changes.votes = withWholeBallots(changes.votes, base.votes);
  return changes;
}

function ballotKey(vote: Vote): string {
  return JSON.stringify([vote.participantId, vote.round]);
}

/** The vote changes with the unchanged dots of every ballot they touch. */
function withWholeBallots(changes: RecordChange<Vote>[], base: readonly Vote[]): RecordChange<Vote>[] {
  const touched = new Set<string>();
  const changed = new Set<string>();
  for (const change of changes) {
    const vote = (change.after ?? change.before) as Vote;
    touched.add(ballotKey(vote));
    changed.add(recordKey('votes', vote));
  }
  const unchanged = base.filter((v) => touched.has(ballotKey(v)) && !changed.has(recordKey('votes', v)));
  if (unchanged.length === 0) return changes;
  const spec = COLLECTIONS.votes;
  return [...changes, ...unchanged.map((v) => ({ before: v, after: v }))].sort((a, b) =>
    spec.compare((a.after ?? a.before) as Vote, (b.after ?? b.before) as Vote),
  );
}

function diffOne<C extends TeamWorkCollection>(collection: C, base: TeamWork, now: TeamWork): RecordChange<RecordOf<C>>[] {
  // TeamWork's field for each collection holds that collection's records.
  const before = base[collection] as readonly RecordOf<C>[];
  const after = now[collection] as readonly RecordOf<C>[];
  return diffRecords(collection, before, after);
}

/** How many records a team's changes touch, in all (a ballot's unchanged dots, carried along, are not counted). */
export function countTeamChanges(changes: TeamChanges): number {
  let total = 0;
  for (const collection of TEAM_WORK_COLLECTIONS) {
    const list: readonly RecordChange<unknown>[] = changes[collection] ?? [];
    for (const change of list) if (!sameValue(change.before, change.after)) total += 1;
  }
  return total;
}
