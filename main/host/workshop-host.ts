/**
 * The single writer. Every change to every workshop comes through here, from
 * the desktop window and from browsers alike: check, apply with the pure
 * reducer, append to the workshop's journal, and — once the disk has it —
 * acknowledge and tell every subscriber the change record, never the whole
 * workshop. Undo and redo live here too, one history per seat, so each seat
 * undoes only its own changes.
 *
 * Commands are applied strictly one at a time, synchronously, so none can
 * run between checking, applying and journaling another. Only the flush to
 * the disk is waited for, and commands that arrive together share one flush.
 * If the disk refuses, nothing is acknowledged: the workshop is read back as
 * the disk has it, and each waiting command is refused with a sentence.
 */
import { randomUUID } from 'node:crypto';
import { revertChanges, type ChangedPlace } from '../../shared/changes/revert';
import { stateForSeat } from '../../shared/changes/seat-view';
import type { Changes } from '../../shared/changes/types';
import { isUndoable, restorePointBefore, type ClientCommand } from '../../shared/commands';
import { NAME_MAX, nameSchema, type Workshop } from '../../shared/model';
import { applyCommand, settle } from '../../shared/reducer';
import type { ApplyResult, CommandContext, DomainError } from '../../shared/result';
import { createSampleWorkshop, isSampleId, SAMPLE_ID_PREFIX, SAMPLE_TITLE } from '../../shared/sample-workshop';
import { seatKey, type Seat } from '../../shared/seat';
import { deviceLocale } from './device-locale';
import { createFromTemplate } from '../../shared/templates';
import type { HistoryFlags, ImportResult, LibraryListing, Mutation, RestorePoint, WORKSHOP_TEMPLATES, WorkshopSummary } from '../../shared/wire';
import { looksLikeTeamFile, parseTeamFile } from '../../shared/team-files/team-file';
import { looksLikeTeamPack, parseTeamPack, teamCopyFromPack } from '../../shared/team-files/team-pack';
import { parseWorkshopFile } from '../../shared/workshop-file';
import { isSafeId } from '../store/data-paths';
import type { JournalStep } from '../store/journal';
import { diffWorkshops } from '../../shared/changes/diff';
import { describeChanges } from '../../shared/present/change-summary';
import type { RestorePointKind } from '../store/restore-points';
import { StorageError } from '../store/storage-error';
import type { WorkshopStore } from '../store/workshop-store';
import { summarise } from '../store/summary';
import { HostRefusal } from './host-errors';
import { headerFor, openFromDisk, placeKey, placesOf, recordStep, seatName, type OpenWorkshop } from './open-workshop';
import { NO_HISTORY } from './seat-history';

/** Who sent a change: the seat (for undo and for naming who changed what), and the connection. */
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

/**
 * 'duplicate': a re-sent command that had already arrived and was applied
 * once. 'storage': the disk refused the save; nothing of it was kept.
 */
export interface HostError {
  readonly code: DomainError['code'] | 'duplicate' | 'storage';
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

/** A file brought into the library: its name (for sentences), its text, and what to do when it is there already. */
export interface ImportRequest {
  readonly fileName: string;
  readonly text: string;
  /** 'ask': answer `exists` when the workshop is in the library already; 'keep-both': import it beside that one. */
  readonly ifExists: 'ask' | 'keep-both';
}

export interface WorkshopHostOptions {
  readonly store: WorkshopStore;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Most undo (and redo) steps kept per seat and workshop. */
  readonly historyLimit?: number;
  /** How many recent updates are kept for pages that come back after a drop. */
  readonly recentLimit?: number;
  /** After this many journaled changes the snapshot is rewritten (in the background). */
  readonly snapshotEvery?: number;
  /** A quiet workshop has its snapshot rewritten after this long without changes. */
  readonly idleSnapshotMs?: number;
  /** At most one automatic restore point per this much time of changes. */
  readonly autoPointEveryMs?: number;
  /** Where unexpected trouble is reported (a listener that throws, a background write). */
  readonly log?: (message: string, detail?: unknown) => void;
}

const COPY_SUFFIX = ' (copy)';
const DUPLICATE = 'That change had already arrived, so it was applied once.';

export class WorkshopHost {
  private readonly store: WorkshopStore;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly historyLimit: number;
  private readonly recentLimit: number;
  private readonly snapshotEvery: number;
  private readonly idleSnapshotMs: number;
  private readonly autoPointEveryMs: number;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly open = new Map<string, OpenWorkshop>();
  private readonly listeners = new Set<HostListener>();
  /** Restore points and snapshots on their way to the disk, so closing can wait for them. */
  private readonly background = new Set<Promise<unknown>>();
  /**
   * The last of the library's additions (new, copied, imported, brought
   * back). They run one at a time, each looking at the library and adding to
   * it in one go, so two imports of one file cannot both find it missing.
   */
  private additions: Promise<unknown> = Promise.resolve();

  constructor(options: WorkshopHostOptions) {
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.historyLimit = options.historyLimit ?? 200;
    this.recentLimit = options.recentLimit ?? 500;
    this.snapshotEvery = options.snapshotEvery ?? 500;
    this.idleSnapshotMs = options.idleSnapshotMs ?? 30_000;
    this.autoPointEveryMs = options.autoPointEveryMs ?? 5 * 60_000;
    this.log = options.log ?? ((message, detail) => console.error(message, detail));
  }

  // ── Library ────────────────────────────────────────────────────────────

  listWorkshops(): LibraryListing {
    return this.store.list();
  }

  /** A new workshop, from a template; resolves once its files are on the disk. */
  async createWorkshop(input: { readonly title: string; readonly template: WorkshopTemplate }): Promise<WorkshopSummary> {
    const title = checkedName(input.title);
    const now = this.now().toISOString();
    const newId = this.newId;
    const workshop =
      input.template === 'sample'
        ? createSampleWorkshop({ now, newId, title })
        : createFromTemplate({ templateId: input.template, title, now, newId });
    // Dates are written as on the computer that made it, until the facilitator chooses otherwise.
    return this.addition(() => this.createFile({ ...workshop, locale: deviceLocale() }));
  }

  /**
   * The sample to open: the library's own (the newest, should an imported
   * file have brought a second), or a fresh one when there is none. To start
   * over, the old one goes to the trash (after `beforeReplacing`, which lets
   * the room close it) and a fresh one takes its place, under an id of its
   * own so no page remembers a tab or team of the old one.
   */
  openSample(startOver: boolean, beforeReplacing: (sampleId: string) => Promise<void>): Promise<WorkshopSummary> {
    return this.addition(async () => {
      const sample = this.store
        .list()
        .workshops.filter((summary) => isSampleId(summary.id))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      if (sample && !startOver) return sample;
      if (sample) {
        await beforeReplacing(sample.id);
        this.deleteWorkshop(sample.id);
      }
      let id = `${SAMPLE_ID_PREFIX}${this.newId()}`;
      if (!isSafeId(id) || this.store.exists(id)) id = this.newId();
      return this.createFile(createSampleWorkshop({ now: this.now().toISOString(), newId: this.newId, id, title: SAMPLE_TITLE }));
    });
  }

  async duplicateWorkshop(workshopId: string): Promise<WorkshopSummary> {
    const original = this.entry(workshopId).state;
    const now = this.now().toISOString();
    const copy: Workshop = { ...original, id: this.newId(), title: copyTitle(original.title), createdAt: now, updatedAt: now };
    return this.addition(() => this.createFile(copy));
  }

  /**
   * Brings a workshop file, or a team pack, into the library. The file is
   * checked exactly as opening a workshop checks its own file (migrated when
   * older, refused with a sentence when damaged, newer or not a workshop). A
   * workshop already in the library — the same id, or for a pack a copy of
   * the same pack — is never written over: the answer is `exists`, unless
   * the person asked to keep both, which imports it under a new id with a
   * title like a duplicate's. A refusal changes nothing.
   */
  async importWorkshop(request: ImportRequest): Promise<ImportResult> {
    const json = parseImportedJson(request.text);
    if (looksLikeTeamPack(json)) return this.importTeamPack(json, request.ifExists);
    if (looksLikeTeamFile(json)) throw new HostRefusal('invalid', teamFileSentence(json));
    const parsed = parseWorkshopFile(json);
    if (!parsed.ok) throw new HostRefusal('invalid', parsed.message);
    const file = parsed.workshop;
    return this.addition(async (): Promise<ImportResult> => {
      // Listing first sets aside a damaged file of that id, as opening the library would.
      const listed = this.store.list().workshops.find((summary) => summary.id === file.id);
      if (listed && request.ifExists === 'ask') return { kind: 'exists', workshop: listed };
      let workshop = file;
      if (listed) {
        const now = this.now().toISOString();
        workshop = { ...file, id: this.newId(), title: copyTitle(file.title), createdAt: now, updatedAt: now };
      } else if (!isSafeId(file.id) || this.store.exists(file.id)) {
        // An id the store cannot use as a file name (a file edited by hand), or one taken by a file this
        // version cannot open (from a newer version, left where it is): the workshop gets an id of its own.
        workshop = { ...file, id: this.newId() };
      }
      const summary = await this.createFile(workshop);
      return { kind: 'imported', workshop: summary, migrated: parsed.migrated, teamCopy: workshop.teamCopy !== null };
    });
  }

  /** Renaming from the library is the facilitator's, and not an undo step inside the workshop. */
  async renameWorkshop(workshopId: string, title: string): Promise<WorkshopSummary> {
    const outcome = await this.dispatch(workshopId, { type: 'workshop/update', title }, { seat: { kind: 'facilitator' } }, 'not-recorded');
    if (!outcome.ok) throw new HostRefusal(outcome.error.code === 'duplicate' ? 'conflict' : outcome.error.code, outcome.error.message);
    return summarise(outcome.update.after);
  }

  /** Moves the workshop's files to the trash folder; it disappears from the library. */
  deleteWorkshop(workshopId: string): void {
    const entry = this.open.get(workshopId);
    try {
      this.store.remove(workshopId);
    } catch (error) {
      if (error instanceof StorageError) throw new HostRefusal('storage', error.message);
      throw error;
    }
    if (entry) clearTimeout(entry.idleTimer);
    this.open.delete(workshopId);
    this.emit({ name: 'library/changed', data: {} });
  }

  /** Forgets a problem the person has read. */
  dismissProblem(problemId: string): boolean {
    const dismissed = this.store.dismissProblem(problemId);
    if (dismissed) this.emit({ name: 'library/changed', data: {} });
    return dismissed;
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
  async dispatch(
    workshopId: string,
    command: ClientCommand,
    origin: Origin,
    kind: 'auto' | 'not-recorded' = 'auto',
    mutation?: Mutation,
  ): Promise<DispatchOutcome> {
    const entry = this.entry(workshopId);
    if (mutation) {
      const last = entry.mutations.get(mutation.clientId);
      if (last && mutation.n <= last.n) {
        const error = mutation.n === last.n ? last.error : undefined;
        return { ok: false, error: error ?? { code: 'duplicate', message: DUPLICATE } };
      }
    }
    const before = entry.state;
    const result = applyCommand(before, command, this.context());
    if (!result.ok) {
      if (mutation) entry.mutations.set(mutation.clientId, { n: mutation.n, error: result.error });
      return result;
    }
    const step: JournalStep = kind === 'not-recorded' || !isUndoable(command) ? 'not-recorded' : 'new-step';
    // Kept before the step is taken, so it sorts before any automatic point of what follows.
    const label = restorePointBefore(before, command);
    if (label !== null) this.keepPoint(before, 'before-step', label);
    return this.commit(workshopId, entry, result, origin, step, mutation);
  }

  /** Reverses this seat's last change of its own, unless others have changed its records since. */
  undo(workshopId: string, origin: Origin): Promise<DispatchOutcome> {
    const entry = this.entry(workshopId);
    const changes = entry.histories.get(seatKey(origin.seat))?.peekUndo();
    if (!changes) return Promise.resolve(refusal('conflict', 'There is nothing of yours to undo.'));
    return this.revert(workshopId, entry, changes, origin, 'undo');
  }

  redo(workshopId: string, origin: Origin): Promise<DispatchOutcome> {
    const entry = this.entry(workshopId);
    const changes = entry.histories.get(seatKey(origin.seat))?.peekRedo();
    if (!changes) return Promise.resolve(refusal('conflict', 'There is nothing of yours to redo.'));
    return this.revert(workshopId, entry, changes, origin, 'redo');
  }

  /** The restore points kept for a workshop, newest first, each with what has changed since, in words. */
  restorePointsWithChanges(workshopId: string): RestorePoint[] {
    const now = this.entry(workshopId).state;
    return this.store.points.list(workshopId).map((point) => {
      const then = this.store.points.read(workshopId, point.id);
      const since = then ? describeChanges(diffWorkshops({ ...then, updatedAt: now.updatedAt }, now)) : 'this copy can no longer be read';
      return { id: point.id, kind: point.kind, label: point.label, at: point.at, since };
    });
  }

  /**
   * Brings back a workshop whose file was set aside (damaged), from its
   * newest restore point. The damaged file stays where it was moved.
   */
  recoverWorkshop(workshopId: string): Promise<WorkshopSummary> {
    return this.addition(async () => {
      if (this.store.exists(workshopId)) throw new HostRefusal('conflict', 'That workshop is in the library already; open it from there.');
      const newest = this.store.points.list(workshopId)[0];
      const workshop = newest ? this.store.points.read(workshopId, newest.id) : undefined;
      if (!workshop) throw new HostRefusal('not-found', 'No restore point of that workshop is kept, so it cannot be brought back from one.');
      const summary = await this.createFile(workshop);
      this.store.dismissProblemsOf(workshopId);
      return summary;
    });
  }

  /**
   * Brings the workshop back to a restore point: one step of the
   * facilitator's, so it can be undone, with a restore point made first.
   */
  async restore(workshopId: string, pointId: string, origin: Origin): Promise<DispatchOutcome> {
    const entry = this.entry(workshopId);
    const point = this.store.points.list(workshopId).find((p) => p.id === pointId);
    const then = point ? this.store.points.read(workshopId, pointId) : undefined;
    if (!point || !then) return refusal('not-found', 'That restore point is no longer kept.');
    const before = entry.state;
    const restored: Workshop = { ...then, id: before.id, createdAt: before.createdAt, updatedAt: this.now().toISOString() };
    this.keepPoint(before, 'before-restore', `Before going back to ${describeTime(point.at)}`);
    return this.commit(workshopId, entry, settle(before, restored), origin, 'new-step');
  }

  subscribe(listener: HostListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Rewrites every changed snapshot and waits for what is on its way to the disk; call before the process exits. */
  async close(): Promise<void> {
    for (const [workshopId, entry] of this.open) {
      clearTimeout(entry.idleTimer);
      if (entry.sinceSnapshot > 0) this.snapshot(workshopId, entry);
    }
    await Promise.allSettled([...this.background, this.additions]);
    await this.store.close();
  }

  // ── Inside ─────────────────────────────────────────────────────────────

  /** A team pack opens as the team's copy, under a new id; the same pack imported again finds that copy. */
  private importTeamPack(json: unknown, ifExists: ImportRequest['ifExists']): Promise<ImportResult> {
    const parsed = parseTeamPack(json);
    if (!parsed.ok) throw new HostRefusal('invalid', parsed.message);
    const packId = parsed.pack.header.packId;
    return this.addition(async (): Promise<ImportResult> => {
      const already = this.store.list().workshops.find((summary) => summary.teamCopy?.packId === packId);
      if (already && ifExists === 'ask') return { kind: 'exists', workshop: already };
      const copy = teamCopyFromPack(parsed.pack, { newId: this.newId(), now: this.now().toISOString() });
      const workshop = already ? { ...copy, title: copyTitle(copy.title) } : copy;
      return { kind: 'imported', workshop: await this.createFile(workshop), migrated: false, teamCopy: true };
    });
  }

  /** Runs one addition to the library after the ones before it have ended, however they ended. */
  private addition<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.additions.then(work);
    this.additions = turn.catch(() => undefined);
    return turn;
  }

  /** Writes a new workshop's files; resolves once they are on the disk. */
  private async createFile(workshop: Workshop): Promise<WorkshopSummary> {
    try {
      await this.store.create(workshop);
    } catch (error) {
      if (error instanceof StorageError) throw new HostRefusal('storage', error.message);
      throw error;
    }
    this.emit({ name: 'library/changed', data: {} });
    return summarise(workshop);
  }

  /** The open workshop, read from the disk the first time (store errors pass through). */
  private entry(workshopId: string): OpenWorkshop {
    let entry = this.open.get(workshopId);
    if (!entry) {
      entry = openFromDisk(this.store.load(workshopId), randomUUID(), this.historyLimit);
      this.open.set(workshopId, entry);
    }
    return entry;
  }

  private context(): CommandContext {
    return { now: () => this.now().toISOString(), newId: this.newId };
  }

  private revert(workshopId: string, entry: OpenWorkshop, changes: Changes, origin: Origin, step: 'undo' | 'redo'): Promise<DispatchOutcome> {
    const whoChanged = (place: ChangedPlace): string | undefined => {
      const seat = entry.lastWriters.get(placeKey(place));
      return seat === undefined ? undefined : seatName(seat, entry.state, origin.seat);
    };
    // A team is told only of what it may see; another team's hidden work is "someone else's".
    const seen = (workshop: Workshop) => stateForSeat(workshop, origin.seat);
    const result = revertChanges(entry.state, changes, this.context(), whoChanged, seen);
    if (!result.ok) return Promise.resolve(result);
    return this.commit(workshopId, entry, result, origin, step);
  }

  /**
   * Journals the change and takes it as the workshop's state at once (the
   * next command builds on it), then waits for the disk. Only when the disk
   * has it is it acknowledged and told; if the disk refuses, the workshop is
   * read back as the disk has it and the command is refused with a sentence.
   */
  private async commit(
    workshopId: string,
    entry: OpenWorkshop,
    result: Extract<ApplyResult, { ok: true }>,
    origin: Origin,
    step: JournalStep,
    mutation?: Mutation,
  ): Promise<DispatchOutcome> {
    const before = entry.state;
    const seq = entry.seq + 1;
    const seat = seatKey(origin.seat);
    try {
      this.store.append(
        workshopId,
        { seq, at: result.state.updatedAt, seat, step, ...(mutation ? { mutation } : {}), changes: result.changes },
        result.state,
      );
    } catch (error) {
      return refusedBy(error);
    }
    entry.state = result.state;
    entry.seq = seq;
    entry.sinceSnapshot += 1;
    recordStep(entry.histories, this.historyLimit, seat, step, result.changes);
    for (const place of placesOf(result.changes)) entry.lastWriters.set(place, seat);
    if (mutation) entry.mutations.set(mutation.clientId, { n: mutation.n });

    entry.unflushed += 1;
    try {
      await this.store.flush(workshopId);
    } catch (error) {
      if (this.open.get(workshopId) === entry) this.reopen(workshopId, entry);
      return refusedBy(error);
    } finally {
      entry.unflushed -= 1;
    }
    if (this.open.get(workshopId) !== entry) {
      // The disk refused a change made together with this one; the workshop was read back without either.
      return refusal('storage', 'The disk refused a change saved together with this one, so neither was kept. Press Retry.');
    }

    const update: HostUpdate = { workshopId, epoch: entry.epoch, seq, before, after: result.state, changes: result.changes, origin };
    entry.recent.push(update);
    if (entry.recent.length > this.recentLimit) entry.recent.splice(0, entry.recent.length - this.recentLimit);
    this.emit({ name: 'workshop/changes', data: update });
    if (summaryChanged(before, result.state)) this.emit({ name: 'library/changed', data: {} });
    this.afterCommit(workshopId, entry);
    return { ok: true, update };
  }

  /** After the disk refused: the workshop as the disk has it, with the same epoch (pages already hold only what was told). */
  private reopen(workshopId: string, entry: OpenWorkshop): void {
    clearTimeout(entry.idleTimer);
    this.open.delete(workshopId);
    try {
      const fresh = openFromDisk(this.store.load(workshopId), entry.epoch, this.historyLimit);
      fresh.recent.push(...entry.recent.filter((update) => update.seq <= fresh.seq));
      this.open.set(workshopId, fresh);
    } catch (error) {
      this.log('The workshop could not be read back after the disk refused a save.', error);
    }
  }

  /** Snapshots now and then, and an automatic restore point every so often. */
  private afterCommit(workshopId: string, entry: OpenWorkshop): void {
    clearTimeout(entry.idleTimer);
    if (entry.sinceSnapshot >= this.snapshotEvery) this.snapshot(workshopId, entry);
    else if (entry.sinceSnapshot > 0) {
      entry.idleTimer = setTimeout(() => this.snapshot(workshopId, entry), this.idleSnapshotMs);
      entry.idleTimer.unref();
    }
    const now = this.now().getTime();
    if (now - entry.lastPointAt >= this.autoPointEveryMs) {
      entry.lastPointAt = now;
      this.keepPoint(entry.state, 'auto', '');
    }
  }

  /** Rewrites the snapshot from memory in the background; the journal holds everything until it is done. */
  private snapshot(workshopId: string, entry: OpenWorkshop): void {
    // Only a workshop the disk holds in full is written whole: a change still on its way may yet be refused.
    if (entry.compacting || entry.unflushed > 0 || this.open.get(workshopId) !== entry) return;
    const header = headerFor(entry);
    const taken = entry.sinceSnapshot;
    const done = this.store.compact(workshopId, entry.state, header).then((written) => {
      // A snapshot that could not be written leaves the count: the next change tries again.
      if (written) entry.sinceSnapshot = Math.max(0, entry.sinceSnapshot - taken);
      entry.compacting = null;
    });
    entry.compacting = done;
    this.track(done);
  }

  private keepPoint(workshop: Workshop, kind: RestorePointKind, label: string): void {
    this.track(
      this.store.points.save(workshop, kind, label).catch((error: unknown) => {
        this.log(`A restore point of '${workshop.title}' could not be kept.`, error);
      }),
    );
  }

  private track(work: Promise<unknown>): void {
    // Background work never rejects here (each catches and reports its own trouble).
    const tracked = work.catch((error: unknown) => this.log('Background work failed.', error));
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
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

function refusal(code: HostError['code'], message: string): DispatchOutcome {
  return { ok: false, error: { code, message } };
}

/** A refused save as the person hears it; anything else is a fault and passes on. */
function refusedBy(error: unknown): DispatchOutcome {
  if (error instanceof StorageError) return refusal('storage', error.message);
  throw error;
}

const NOT_JSON =
  'This file is not a Journey Room workshop: it cannot be read as JSON. It may have been cut short, or be another kind of file.';

/** The imported file's JSON value; a byte-order mark some editors put first is allowed. */
function parseImportedJson(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    throw new HostRefusal('invalid', NOT_JSON);
  }
}

/** Why a team file is not imported into the library, and where it goes instead. */
function teamFileSentence(json: unknown): string {
  const parsed = parseTeamFile(json);
  const workshop = parsed.ok ? `“${parsed.file.masterTitle}”` : 'the workshop it belongs to';
  return `This is a team file, not a workshop: it goes into the workshop its team pack came from. Open ${workshop} and import the team file on its Frame screen.`;
}

function checkedName(title: string): string {
  const parsed = nameSchema.safeParse(title);
  if (!parsed.success) throw new HostRefusal('invalid', parsed.error.issues[0]?.message ?? 'That name is not valid.');
  return parsed.data;
}

/** "14:02" today, or the date and time otherwise. */
function describeTime(iso: string): string {
  const at = new Date(iso);
  return at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
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
