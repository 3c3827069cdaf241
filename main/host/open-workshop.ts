/**
 * A workshop as the host holds it while it is open: the workshop, its
 * sequence number, each seat's undo history, who last changed each record,
 * each page's last command number, and the recent updates pages may have
 * missed. All of it is rebuilt from the disk on opening — the snapshot and
 * the journal after it — so undo history and command numbers survive a
 * restart.
 */
import { COLLECTION_NAMES, FIELD_NAMES, recordKey, type CollectionName } from '../../shared/changes/collections';
import type { ChangedPlace } from '../../shared/changes/revert';
import type { Changes } from '../../shared/changes/types';
import type { Workshop } from '../../shared/model';
import type { DomainError } from '../../shared/result';
import { seatKey as ownKey, type Seat } from '../../shared/seat';
import type { JournalEntry, JournalHeader, SavedHistory, SavedMutation } from '../store/journal';
import type { StoredWorkshop } from '../store/workshop-store';
import { SeatHistory } from './seat-history';
import type { HostUpdate } from './workshop-host';

/** The last command a page sent, so a re-sent copy is answered, not applied again. */
export interface LastMutation {
  readonly n: number;
  /** Why it was refused, so a re-sent copy hears the same answer. */
  readonly error?: DomainError;
}

export interface OpenWorkshop {
  state: Workshop;
  seq: number;
  readonly epoch: string;
  readonly histories: Map<string, SeatHistory>;
  readonly recent: HostUpdate[];
  /** Who last changed each record and field (seat key), to name them when an undo is refused. */
  readonly lastWriters: Map<string, string>;
  readonly mutations: Map<string, LastMutation>;
  /** Changes journaled since the last snapshot. */
  sinceSnapshot: number;
  /** When the last automatic restore point was made (ms). */
  lastPointAt: number;
  idleTimer: NodeJS.Timeout | undefined;
  compacting: Promise<void> | null;
  /** Changes journaled but not yet flushed to the disk. */
  unflushed: number;
}

export function placeKey(place: ChangedPlace): string {
  return 'field' in place ? `field:${place.field}` : `${place.collection}:${place.key}`;
}

/** Every record and field the changes touched, as keys of `lastWriters`. */
export function placesOf(changes: Changes): string[] {
  const places: string[] = [];
  for (const collection of COLLECTION_NAMES) collectPlaces(collection, changes, places);
  for (const field of FIELD_NAMES) if (changes.fields[field] && field !== 'updatedAt') places.push(placeKey({ field }));
  return places;
}

function collectPlaces<C extends CollectionName>(collection: C, changes: Changes, into: string[]): void {
  for (const change of changes.records[collection] ?? []) {
    const record = change.after ?? change.before;
    if (record !== null) into.push(placeKey({ collection, key: recordKey(collection, record) }));
  }
}

/** Records a journaled change in the seat's history, as it was recorded when it happened. */
export function recordStep(histories: Map<string, SeatHistory>, limit: number, seat: string, step: JournalEntry['step'], changes: Changes): void {
  // A vote, the phase or a rename from the library is not an undo step, and it leaves the seat's redo alone.
  if (step === 'not-recorded') return;
  let history = histories.get(seat);
  if (!history) {
    history = new SeatHistory(limit);
    histories.set(seat, history);
  }
  if (step === 'new-step') history.recordNew(changes);
  else if (step === 'undo') history.undone(changes);
  else history.redone(changes);
}

/** The host's view of a workshop just read from disk. */
export function openFromDisk(stored: StoredWorkshop, epoch: string, historyLimit: number): OpenWorkshop {
  const histories = new Map<string, SeatHistory>();
  for (const [seat, saved] of Object.entries(stored.header.history)) {
    histories.set(seat, SeatHistory.from(saved, historyLimit));
  }
  const mutations = new Map<string, LastMutation>(
    Object.entries(stored.header.mutations).map(([clientId, saved]) => [clientId, { n: saved.n }]),
  );
  const lastWriters = new Map<string, string>();
  for (const entry of stored.entries) {
    recordStep(histories, historyLimit, entry.seat, entry.step, entry.changes);
    for (const place of placesOf(entry.changes)) lastWriters.set(place, entry.seat);
    if (entry.mutation) mutations.set(entry.mutation.clientId, { n: entry.mutation.n });
  }
  return {
    state: stored.workshop,
    seq: stored.seq,
    epoch,
    histories,
    recent: [],
    lastWriters,
    mutations,
    sinceSnapshot: stored.entries.length,
    lastPointAt: 0,
    idleTimer: undefined,
    compacting: null,
    unflushed: 0,
  };
}

/** The journal's first line for a snapshot taken now: each seat's stacks and each page's last number. */
export function headerFor(entry: OpenWorkshop): JournalHeader {
  const history: Record<string, SavedHistory> = {};
  for (const [seat, stacks] of entry.histories) history[seat] = stacks.saved();
  const mutations: Record<string, SavedMutation> = {};
  for (const [clientId, last] of entry.mutations) mutations[clientId] = { n: last.n };
  return { journal: 1, after: entry.seq, history, mutations };
}

/** Whose a seat key is, as a person would say it. */
export function seatName(seatKey: string, workshop: Workshop, mine: Seat): string {
  if (seatKey === ownKey(mine)) return 'you';
  if (seatKey === 'facilitator') return 'the facilitator';
  if (seatKey.startsWith('person:')) {
    const person = workshop.participants.find((p) => p.id === seatKey.slice('person:'.length));
    if (!person) return 'someone in the room';
    const team = workshop.teams.find((t) => t.id === person.teamId);
    return team ? `${person.name} (${team.name})` : person.name;
  }
  const teamId = seatKey.startsWith('team:') ? seatKey.slice('team:'.length) : '';
  return workshop.teams.find((t) => t.id === teamId)?.name ?? 'another team';
}
