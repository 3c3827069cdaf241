/**
 * The parts of a workshop a change record speaks of: its collections of
 * records, each keyed by what identifies a record in it, and its single
 * fields. Everything that consumes changes (undo, the wire, the screens, a
 * merge) finds records through this one table.
 *
 * Every collection is held sorted, so two parties that apply the same changes
 * hold the same arrays: ordered records by their fractional key (then id),
 * ratings, votes and tallies by what identifies them.
 */
import type {
  Action,
  AgendaItem,
  LockablePhase,
  ProjectorView,
  Timer,
  Channel,
  Fix,
  Id,
  Participant,
  Phase,
  Pillar,
  Rating,
  Stage,
  Tally,
  Team,
  Touchpoint,
  Vote,
  VotingSettings,
  Workshop,
} from '../model';
import { compareOrdered, compareText } from '../order';

/** The record type of each collection. */
export interface CollectionRecords {
  readonly stages: Stage;
  readonly channels: Channel;
  readonly teams: Team;
  readonly touchpoints: Touchpoint;
  readonly pillars: Pillar;
  readonly ratings: Rating;
  readonly fixes: Fix;
  readonly participants: Participant;
  readonly votes: Vote;
  readonly tallies: Tally;
  readonly actions: Action;
}
export type CollectionName = keyof CollectionRecords;
export type RecordOf<C extends CollectionName> = CollectionRecords[C];

/** What names one record of a collection: its id, or for ratings, votes and tallies the fields that make it one. */
export interface CollectionIdentities {
  readonly stages: Id;
  readonly channels: Id;
  readonly teams: Id;
  readonly touchpoints: Id;
  readonly pillars: Id;
  readonly ratings: Pick<Rating, 'teamId' | 'touchpointId' | 'pillarId'>;
  readonly fixes: Id;
  readonly participants: Id;
  readonly votes: Pick<Vote, 'participantId' | 'fixId' | 'round'>;
  readonly tallies: Pick<Tally, 'fixId' | 'round'>;
  readonly actions: Id;
}
export type IdentityOf<C extends CollectionName> = CollectionIdentities[C];

/** The framework's own name and id; its pillars are a collection. */
export interface FrameworkInfo {
  readonly id: Id;
  readonly name: string;
}

/** The single fields a change can set. */
export interface FieldValues {
  readonly title: string;
  readonly organisation: string;
  readonly facilitator: string;
  readonly persona: string;
  readonly scope: string;
  readonly locale: string;
  readonly phase: Phase;
  readonly agenda: readonly AgendaItem[];
  readonly locks: readonly LockablePhase[];
  readonly timer: Timer | null;
  readonly chimeMuted: boolean;
  readonly projectorView: ProjectorView;
  readonly ratingsRevealed: boolean;
  readonly framework: FrameworkInfo;
  readonly voting: VotingSettings;
  readonly updatedAt: string;
}
export type FieldName = keyof FieldValues;

export const FIELD_NAMES = [
  'title',
  'organisation',
  'facilitator',
  'persona',
  'scope',
  'locale',
  'phase',
  'agenda',
  'locks',
  'timer',
  'chimeMuted',
  'projectorView',
  'ratingsRevealed',
  'framework',
  'voting',
  'updatedAt',
] as const satisfies readonly FieldName[];

interface CollectionSpec<C extends CollectionName> {
  readonly get: (w: Workshop) => readonly RecordOf<C>[];
  readonly set: (w: Workshop, items: readonly RecordOf<C>[]) => Workshop;
  readonly identity: (record: RecordOf<C>) => IdentityOf<C>;
  /** A string naming one record, for maps. */
  readonly key: (identity: IdentityOf<C>) => string;
  /** The order the collection is held in. */
  readonly compare: (a: RecordOf<C>, b: RecordOf<C>) => number;
  /** Whether the order alone finds a record (binary search), or it must be looked up by id. */
  readonly sortedByIdentity: boolean;
  /** Compares a record with an identity in the collection's order (only for sortedByIdentity). */
  readonly compareIdentity: (record: RecordOf<C>, identity: IdentityOf<C>) => number;
}

const byId = <T extends { readonly id: Id; readonly order: string }>() => ({
  identity: (record: T): Id => record.id,
  key: (id: Id): string => id,
  compare: compareOrdered,
  sortedByIdentity: false,
  compareIdentity: (record: T, id: Id) => compareText(record.id, id),
});

function ratingOrder(a: CollectionIdentities['ratings'], b: CollectionIdentities['ratings']): number {
  return compareText(a.teamId, b.teamId) || compareText(a.touchpointId, b.touchpointId) || compareText(a.pillarId, b.pillarId);
}

function voteOrder(a: CollectionIdentities['votes'], b: CollectionIdentities['votes']): number {
  return a.round - b.round || compareText(a.fixId, b.fixId) || compareText(a.participantId, b.participantId);
}

function tallyOrder(a: CollectionIdentities['tallies'], b: CollectionIdentities['tallies']): number {
  return a.round - b.round || compareText(a.fixId, b.fixId);
}

export const COLLECTIONS: { readonly [C in CollectionName]: CollectionSpec<C> } = {
  stages: { get: (w) => w.stages, set: (w, stages) => ({ ...w, stages }), ...byId<Stage>() },
  channels: { get: (w) => w.channels, set: (w, channels) => ({ ...w, channels }), ...byId<Channel>() },
  teams: { get: (w) => w.teams, set: (w, teams) => ({ ...w, teams }), ...byId<Team>() },
  touchpoints: { get: (w) => w.touchpoints, set: (w, touchpoints) => ({ ...w, touchpoints }), ...byId<Touchpoint>() },
  pillars: {
    get: (w) => w.framework.pillars,
    set: (w, pillars) => ({ ...w, framework: { ...w.framework, pillars } }),
    ...byId<Pillar>(),
  },
  ratings: {
    get: (w) => w.ratings,
    set: (w, ratings) => ({ ...w, ratings }),
    identity: ({ teamId, touchpointId, pillarId }) => ({ teamId, touchpointId, pillarId }),
    key: (r) => JSON.stringify([r.teamId, r.touchpointId, r.pillarId]),
    compare: ratingOrder,
    sortedByIdentity: true,
    compareIdentity: ratingOrder,
  },
  fixes: { get: (w) => w.fixes, set: (w, fixes) => ({ ...w, fixes }), ...byId<Fix>() },
  participants: { get: (w) => w.participants, set: (w, participants) => ({ ...w, participants }), ...byId<Participant>() },
  votes: {
    get: (w) => w.votes,
    set: (w, votes) => ({ ...w, votes }),
    identity: ({ participantId, fixId, round }) => ({ participantId, fixId, round }),
    key: (v) => JSON.stringify([v.participantId, v.fixId, v.round]),
    compare: voteOrder,
    sortedByIdentity: true,
    compareIdentity: voteOrder,
  },
  tallies: {
    get: (w) => w.tallies,
    set: (w, tallies) => ({ ...w, tallies }),
    identity: ({ fixId, round }) => ({ fixId, round }),
    key: (t) => JSON.stringify([t.fixId, t.round]),
    compare: tallyOrder,
    sortedByIdentity: true,
    compareIdentity: tallyOrder,
  },
  actions: { get: (w) => w.actions, set: (w, actions) => ({ ...w, actions }), ...byId<Action>() },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as readonly CollectionName[];

/** The string naming a record in its collection (its id, or its identity as JSON). */
export function recordKey<C extends CollectionName>(collection: C, record: RecordOf<C>): string {
  const spec = COLLECTIONS[collection];
  return spec.key(spec.identity(record));
}

export function getField<F extends FieldName>(w: Workshop, field: F): FieldValues[F] {
  const values: FieldValues = {
    title: w.title,
    organisation: w.organisation,
    facilitator: w.facilitator,
    persona: w.persona,
    scope: w.scope,
    locale: w.locale,
    phase: w.phase,
    agenda: w.agenda,
    locks: w.locks,
    timer: w.timer,
    chimeMuted: w.chimeMuted,
    projectorView: w.projectorView,
    ratingsRevealed: w.ratingsRevealed,
    framework: { id: w.framework.id, name: w.framework.name },
    voting: w.voting,
    updatedAt: w.updatedAt,
  };
  return values[field];
}

/** The workshop with these fields set; the framework's pillars stay as they are. */
export function setFields(w: Workshop, fields: Partial<FieldValues>): Workshop {
  const { framework, ...plain } = fields;
  const next: Workshop = { ...w, ...plain };
  return framework === undefined ? next : { ...next, framework: { ...next.framework, id: framework.id, name: framework.name } };
}

/** Equal values: the same, or plain data with equal contents (records are small). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(recordB, key) && sameValue(recordA[key], recordB[key]));
}
