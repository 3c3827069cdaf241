/**
 * The single writer. Every change to every workshop comes through here, from
 * the desktop window and from browsers alike: check, apply with the pure
 * reducer, persist, then tell every subscriber the change record — never
 * the whole workshop. Undo and redo live here too, one history per seat, so
 * each seat undoes only its own changes.
 *
 * Everything below is synchronous — the reducer is pure and the store writes
 * synchronously — so commands are applied strictly one at a time without a
 * queue: no other command can run between applying, saving and telling.
 */
import { randomUUID } from 'node:crypto';
import { COLLECTION_NAMES, FIELD_NAMES, recordKey, type CollectionName } from '../../shared/changes/collections';
import { revertChanges, type ChangedPlace } from '../../shared/changes/revert';
import { stateForSeat } from '../../shared/changes/seat-view';
import type { Changes } from '../../shared/changes/types';
import { isUndoable, type ClientCommand } from '../../shared/commands';
import { NAME_MAX, nameSchema, type Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import type { ApplyResult, CommandContext, DomainError } from '../../shared/result';
import { createSampleWorkshop } from '../../shared/sample-workshop';
import { seatKey, type Seat } from '../../shared/seat';
import { createFromTemplate } from '../../shared/templates';
import type { HistoryFlags, LibraryListing, Mutation, WORKSHOP_TEMPLATES, WorkshopSummary } from '../../shared/wire';
import type { WorkshopStore } from '../store/workshop-store';
import { summarise } from '../store/summary';
import { HostRefusal } from './host-errors';
import { NO_HISTORY, SeatHistory } from './seat-history';

/** Who sent a change: the seat (for undo and for naming who changed what), and the page. */
export interface Origin {
  readonly seat: Seat;
  /** The connection that sent it; it hears of the change in its reply, not again as an event. */
  readonly connectionId?: string;
}

/** One applied change, as the host tells its subscribers. */
export interface HostUpdate {
  readonly workshopId: string;
  readonly epoch: string;
  /** Rises by one with every applied change to this workshop. */
  readonly seq: number;
  readonly before: Workshop;
  readonly after: Workshop;
  readonly changes: Changes;
  readonly origin: Origin;
}

export type HostEvent =
  | { readonly name: 'workshop/changes'; readonly data: HostUpdate }
  | { readonly name: 'library/changed'; readonly data: Record<string, never> };
export type HostListener = (event: HostEvent) => void;

/** 'duplicate': a re-sent command that had already arrived and was applied once. */
export interface HostError {
  readonly code: DomainError['code'] | 'duplicate';
  readonly message: string;
}

export type DispatchOutcome =
  | { readonly ok: true; readonly update: HostUpdate }
  | { readonly ok: false; readonly error: HostError };

/** A workshop as the host holds it now: where it stands and what it is. */
export interface OpenedWorkshop {
  readonly workshopId: string;
  readonly epoch: string;
  readonly seq: number;
  readonly state: Workshop;
}

export type WorkshopTemplate = (typeof WORKSHOP_TEMPLATES)[number];

export interface WorkshopHostOptions {
  readonly store: WorkshopStore;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Most undo (and redo) steps kept per seat and workshop. */
  readonly historyLimit?: number;
  /** How many recent updates are kept for pages that come back after a drop. */
  readonly recentLimit?: number;
  /** Where unexpected trouble is reported (a listener that throws, for example). */
  readonly log?: (message: string, detail?: unknown) => void;
}

/** The last command a page sent, so a re-sent copy is answered, not applied again. */
interface LastMutation {
  readonly n: number;
  /** Why it was refused, so a re-sent copy hears the same answer. */
  readonly error?: DomainError;
}

interface OpenWorkshop {
  state: Workshop;
  seq: number;
  readonly epoch: string;
  readonly histories: Map<string, SeatHistory>;
  readonly recent: HostUpdate[];
  /** Who last changed each record and field, to name them when an undo is refused. */
  readonly lastWriters: Map<string, Seat>;
  readonly mutations: Map<string, LastMutation>;
}

type StepKind = 'new-step' | 'not-recorded' | 'undo' | 'redo';

const COPY_SUFFIX = ' (copy)';
const DUPLICATE = 'That change had already arrived, so it was applied once.';

export class WorkshopHost {
  private readonly store: WorkshopStore;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly historyLimit: number;
  private readonly recentLimit: number;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly open = new Map<string, OpenWorkshop>();
  private readonly listeners = new Set<HostListener>();

  constructor(options: WorkshopHostOptions) {
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.historyLimit = options.historyLimit ?? 200;
    this.recentLimit = options.recentLimit ?? 500;
    this.log = options.log ?? ((message, detail) => console.error(message, detail));
  }

  // ── Library ────────────────────────────────────────────────────────────

  listWorkshops(): LibraryListing {
    return this.store.list();
  }

  createWorkshop(input: { readonly title: string; readonly template: WorkshopTemplate }): WorkshopSummary {
    const title = checkedName(input.title);
    const now = this.now().toISOString();
    const newId = this.newId;
    const workshop =
      input.template === 'sample'
        ? createSampleWorkshop({ now, newId, title })
        : createFromTemplate({ templateId: input.template, title, now, newId });
    this.store.save(workshop);
    this.emit({ name: 'library/changed', data: {} });
    return summarise(workshop);
  }

  duplicateWorkshop(workshopId: string): WorkshopSummary {
    const original = this.entry(workshopId).state;
    const now = this.now().toISOString();
    const copy: Workshop = {
      ...original,
      id: this.newId(),
      title: copyTitle(original.title),
      createdAt: now,
      updatedAt: now,
    };
    this.store.save(copy);
    this.emit({ name: 'library/changed', data: {} });
    return summarise(copy);
  }

  /** Renaming from the library is the facilitator's, and not an undo step inside the workshop. */
  renameWorkshop(workshopId: string, title: string): WorkshopSummary {
    const outcome = this.dispatch(workshopId, { type: 'workshop/update', title }, { seat: { kind: 'facilitator' } }, 'not-recorded');
    if (!outcome.ok) throw new HostRefusal(outcome.error.code === 'duplicate' ? 'conflict' : outcome.error.code, outcome.error.message);
    return summarise(outcome.update.after);
  }

  /** Moves the workshop's file to the trash folder; it disappears from the library. */
  deleteWorkshop(workshopId: string): void {
    this.store.remove(workshopId);
    this.open.delete(workshopId);
    this.emit({ name: 'library/changed', data: {} });
  }

  // ── One workshop ───────────────────────────────────────────────────────

  openWorkshop(workshopId: string): OpenedWorkshop {
    const entry = this.entry(workshopId);
    return { workshopId, epoch: entry.epoch, seq: entry.seq, state: entry.state };
  }

  /**
   * The updates after `since`, for a page coming back after a drop; undefined
   * when they are not all here any more (another run of the host, or too far
   * behind), and the page needs the whole workshop again.
   */
  updatesSince(workshopId: string, since: { readonly epoch: string; readonly seq: number }): readonly HostUpdate[] | undefined {
    const entry = this.entry(workshopId);
    if (since.epoch !== entry.epoch || since.seq > entry.seq) return undefined;
    if (since.seq === entry.seq) return [];
    const first = entry.recent[0];
    if (!first || first.seq > since.seq + 1) return undefined;
    return entry.recent.filter((update) => update.seq > since.seq);
  }

  /** The workshop as it is now, for export. */
  currentState(workshopId: string): Workshop {
    return this.entry(workshopId).state;
  }

  /** Whether this seat has changes of its own to undo or redo in this workshop. */
  historyFlags(workshopId: string, seat: Seat): HistoryFlags {
    return this.open.get(workshopId)?.histories.get(seatKey(seat))?.flags ?? NO_HISTORY;
  }

  /**
   * Applies one command from `origin`. With a `mutation`, a command that
   * already arrived (a page re-sending after a reconnect) is answered and not
   * applied again.
   */
  dispatch(
    workshopId: string,
    command: ClientCommand,
    origin: Origin,
    kind: 'auto' | 'not-recorded' = 'auto',
    mutation?: Mutation,
  ): DispatchOutcome {
    const entry = this.entry(workshopId);
    if (mutation) {
      const last = entry.mutations.get(mutation.clientId);
      if (last && mutation.n <= last.n) {
        const error = mutation.n === last.n ? last.error : undefined;
        return { ok: false, error: error ?? { code: 'duplicate', message: DUPLICATE } };
      }
    }
    const result = applyCommand(entry.state, command, this.context());
    if (!result.ok) {
      if (mutation) entry.mutations.set(mutation.clientId, { n: mutation.n, error: result.error });
      return result;
    }
    const step: StepKind = kind === 'not-recorded' || !isUndoable(command) ? 'not-recorded' : 'new-step';
    const update = this.commit(workshopId, entry, result, origin, step);
    // Only once it is saved: a copy re-sent after a failed save must be applied, not called a duplicate.
    if (mutation) entry.mutations.set(mutation.clientId, { n: mutation.n });
    return { ok: true, update };
  }

  /** Reverses this seat's last change of its own, unless others have changed its records since. */
  undo(workshopId: string, origin: Origin): DispatchOutcome {
    const entry = this.entry(workshopId);
    const changes = entry.histories.get(seatKey(origin.seat))?.peekUndo();
    if (!changes) return refusal('conflict', 'There is nothing of yours to undo.');
    return this.revert(workshopId, entry, changes, origin, 'undo');
  }

  redo(workshopId: string, origin: Origin): DispatchOutcome {
    const entry = this.entry(workshopId);
    const changes = entry.histories.get(seatKey(origin.seat))?.peekRedo();
    if (!changes) return refusal('conflict', 'There is nothing of yours to redo.');
    return this.revert(workshopId, entry, changes, origin, 'redo');
  }

  subscribe(listener: HostListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Writes anything the store still holds back; call before the process exits. */
  close(): void {
    this.store.flush();
  }

  // ── Inside ─────────────────────────────────────────────────────────────

  /** The open workshop, loaded from the store the first time (store errors pass through). */
  private entry(workshopId: string): OpenWorkshop {
    let entry = this.open.get(workshopId);
    if (!entry) {
      entry = {
        state: this.store.load(workshopId),
        seq: 0,
        epoch: randomUUID(),
        histories: new Map(),
        recent: [],
        lastWriters: new Map(),
        mutations: new Map(),
      };
      this.open.set(workshopId, entry);
    }
    return entry;
  }

  private context(): CommandContext {
    return { now: () => this.now().toISOString(), newId: this.newId };
  }

  private revert(workshopId: string, entry: OpenWorkshop, changes: Changes, origin: Origin, step: 'undo' | 'redo'): DispatchOutcome {
    const mine = seatKey(origin.seat);
    const whoChanged = (place: ChangedPlace): string | undefined => {
      const seat = entry.lastWriters.get(placeKey(place));
      if (!seat) return undefined;
      if (seatKey(seat) === mine) return 'you';
      return seat.kind === 'facilitator' ? 'the facilitator' : (entry.state.teams.find((t) => t.id === seat.teamId)?.name ?? 'another team');
    };
    // A team is told only of what it may see; another team's hidden work is "someone else's".
    const seen = (workshop: Workshop) => stateForSeat(workshop, origin.seat);
    const result = revertChanges(entry.state, changes, this.context(), whoChanged, seen);
    if (!result.ok) return result;
    return { ok: true, update: this.commit(workshopId, entry, result, origin, step) };
  }

  /**
   * Persists, then records and tells. If the disk refuses the save, the error
   * propagates and the workshop in memory stays as it was on disk.
   */
  private commit(
    workshopId: string,
    entry: OpenWorkshop,
    result: Extract<ApplyResult, { ok: true }>,
    origin: Origin,
    step: StepKind,
  ): HostUpdate {
    const before = entry.state;
    this.store.save(result.state);
    entry.state = result.state;
    entry.seq += 1;
    this.record(entry, result.changes, origin, step);
    const update: HostUpdate = {
      workshopId,
      epoch: entry.epoch,
      seq: entry.seq,
      before,
      after: result.state,
      changes: result.changes,
      origin,
    };
    entry.recent.push(update);
    if (entry.recent.length > this.recentLimit) entry.recent.splice(0, entry.recent.length - this.recentLimit);
    this.emit({ name: 'workshop/changes', data: update });
    if (summaryChanged(before, result.state)) this.emit({ name: 'library/changed', data: {} });
    return update;
  }

  private record(entry: OpenWorkshop, changes: Changes, origin: Origin, step: StepKind): void {
    for (const place of placesOf(changes)) entry.lastWriters.set(place, origin.seat);
    // A vote, the phase or a rename from the library is not an undo step, and
    // it leaves the seat's redo alone.
    if (step === 'not-recorded') return;
    const key = seatKey(origin.seat);
    let history = entry.histories.get(key);
    if (!history) {
      history = new SeatHistory(this.historyLimit);
      entry.histories.set(key, history);
    }
    if (step === 'new-step') history.recordNew(changes);
    else if (step === 'undo') history.undone(changes);
    else history.redone(changes);
  }

  private emit(event: HostEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken client must not stop the others hearing about the change.
        this.log('A workshop event listener failed.', error);
      }
    }
  }
}

function placeKey(place: ChangedPlace): string {
  return 'field' in place ? `field:${place.field}` : `${place.collection}:${place.key}`;
}

/** Every record and field the changes touched, as keys of `lastWriters`. */
function placesOf(changes: Changes): string[] {
  const places: string[] = [];
  for (const collection of COLLECTION_NAMES) collectPlaces(collection, changes, places);
  for (const field of FIELD_NAMES) if (changes.fields[field] && field !== 'updatedAt') places.push(placeKey({ field }));
  return places;
}

function collectPlaces<C extends CollectionName>(collection: C, changes: Changes, into: string[]): void {
  const list = changes.records[collection];
  if (!list) return;
  for (const change of list) {
    const record = change.after ?? change.before;
    if (record !== null) into.push(placeKey({ collection, key: recordKey(collection, record) }));
  }
}

function refusal(code: DomainError['code'], message: string): DispatchOutcome {
  return { ok: false, error: { code, message } };
}

function checkedName(title: string): string {
  const parsed = nameSchema.safeParse(title);
  if (!parsed.success) throw new HostRefusal('invalid', parsed.error.issues[0]?.message ?? 'That name is not valid.');
  return parsed.data;
}

/** "Kick-off (copy)", shortening the original title so the result still fits. */
export function copyTitle(title: string): string {
  const room = NAME_MAX - COPY_SUFFIX.length;
  const base = title.length > room ? title.slice(0, room).trimEnd() : title;
  return `${base}${COPY_SUFFIX}`;
}

function summaryChanged(before: Workshop, after: Workshop): boolean {
  return (
    before.title !== after.title ||
    before.organisation !== after.organisation ||
    before.phase !== after.phase ||
    before.teams.length !== after.teams.length ||
    before.touchpoints.length !== after.touchpoints.length
  );
}
