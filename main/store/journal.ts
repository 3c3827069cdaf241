/**
 * A workshop's journal: one line of JSON per acknowledged change, appended
 * and flushed to the disk before the change is acknowledged. The snapshot
 * (`<id>.json`) is rewritten from memory now and then; the journal holds what
 * happened since, so a save is a few hundred bytes, not the whole workshop.
 *
 *   line 1: {"journal":1,"after":<seq>,"history":{…},"mutations":{…}}
 *           the seq the snapshot was taken at, each seat's undo and redo
 *           stacks then, and each page's last command number
 *   then:   {"seq":<n>,"at":"…","seat":"team:…","step":"new-step","mutation":{…},"changes":{…}}
 *
 * Replaying an entry sets records and fields to their values after it, so
 * replaying one that the snapshot already holds changes nothing: a crash
 * between writing the snapshot and starting the new journal is harmless.
 * A last line cut short by a power cut is dropped and reported, never fatal.
 */
import { applyPatch, toPatch } from '../../shared/changes/patch';
import type { Changes } from '../../shared/changes/types';
import { workshopSchema, type Workshop } from '../../shared/model';
import { repairReferences } from '../../shared/reducers/cascade';
import type { Disk } from './disk';

/** What a change was to its seat's undo history. */
export type JournalStep = 'new-step' | 'not-recorded' | 'undo' | 'redo';

export interface JournalEntry {
  readonly seq: number;
  /** When the host applied it (ISO 8601). */
  readonly at: string;
  /** The seat that sent it (shared/seat.ts `seatKey`). */
  readonly seat: string;
  readonly step: JournalStep;
  /** The page's id and running number, so a command re-sent after a restart is applied once. */
  readonly mutation?: { readonly clientId: string; readonly n: number };
  readonly changes: Changes;
}

/** A seat's undo and redo stacks, oldest first. */
export interface SavedHistory {
  readonly undo: readonly Changes[];
  readonly redo: readonly Changes[];
}

export interface SavedMutation {
  readonly n: number;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface JournalHeader {
  readonly journal: 1;
  /** The seq of the last change the snapshot holds. */
  readonly after: number;
  readonly history: Readonly<Record<string, SavedHistory>>;
  readonly mutations: Readonly<Record<string, SavedMutation>>;
}

export interface ReadJournal {
  readonly header: JournalHeader;
  readonly entries: readonly JournalEntry[];
  /** Why some of the journal could not be replayed, as a sentence; undefined when all of it was. */
  readonly problem?: string;
}

const encoder = new TextEncoder();

function closedError(): Error {
  return Object.assign(new Error('The journal was closed while a change waited for it.'), { code: 'EBADF' });
}

export function emptyHeader(after: number): JournalHeader {
  return { journal: 1, after, history: {}, mutations: {} };
}

export function encodeLine(value: JournalHeader | JournalEntry): Uint8Array {
  return encoder.encode(`${JSON.stringify(value)}\n`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asHeader(value: unknown): JournalHeader | undefined {
  if (!isRecord(value) || value['journal'] !== 1 || typeof value['after'] !== 'number') return undefined;
  const history = isRecord(value['history']) ? value['history'] : {};
  const mutations = isRecord(value['mutations']) ? value['mutations'] : {};
  // The header is our own writing; its stacks are checked again when a seat undoes.
  return { journal: 1, after: value['after'], history: history as JournalHeader['history'], mutations: mutations as JournalHeader['mutations'] };
}

const STEPS: readonly string[] = ['new-step', 'not-recorded', 'undo', 'redo'];

function asEntry(value: unknown): JournalEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { seq, at, seat, step, changes } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || typeof at !== 'string' || typeof seat !== 'string') return undefined;
  if (typeof step !== 'string' || !STEPS.includes(step)) return undefined;
  if (!isRecord(changes) || !isRecord(changes['records']) || !isRecord(changes['fields'])) return undefined;
  // The records inside are checked as a whole: the workshop they replay to must pass the schema.
  return value as unknown as JournalEntry;
}

/**
 * Reads a journal. A last line without its end (cut short by a power cut)
 * is left out and reported; so is everything from a line that cannot be
 * read in the middle (the rest cannot be trusted to follow on from it).
 */
export function parseJournal(text: string): ReadJournal | undefined {
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  // After the last newline there is either nothing, or a line cut short.
  const last = lines.pop() ?? '';
  const header = asHeader(safeParse(lines[0] ?? ''));
  if (!header) return undefined;
  const entries: JournalEntry[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const entry = asEntry(safeParse(lines[i] ?? ''));
    if (!entry) {
      return { header, entries, problem: `the change saved as number ${String(i)} in its journal could not be read, so it and the ${String(lines.length - i - 1)} after it were left out` };
    }
    entries.push(entry);
  }
  if (!complete && last.trim() !== '') {
    return { header, entries, problem: 'the last change before the app stopped was only partly written (a power cut or a crash), so it was left out' };
  }
  return { header, entries };
}

export interface Replayed {
  readonly workshop: Workshop;
  /** The number of the last change replayed (the snapshot's, when none was). */
  readonly seq: number;
  readonly header: JournalHeader;
  readonly entries: readonly JournalEntry[];
  /** Part of the journal was left out: why, as a sentence fragment. */
  readonly problem?: string;
  /** The journal could not be used at all (unreadable, or it does not fit the snapshot): why. */
  readonly unusable?: string;
}

/**
 * The snapshot with the journal's changes applied, without touching the
 * disk. A journal that cannot be read, or replays to a workshop that breaks
 * the rules, is not used at all: the snapshot stands.
 */
export function replayJournal(snapshot: Workshop, text: string | undefined): Replayed {
  const none = (unusable?: string): Replayed => ({ workshop: snapshot, seq: 0, header: emptyHeader(0), entries: [], ...(unusable ? { unusable } : {}) });
  if (text === undefined) return none();
  const journal = parseJournal(text);
  if (!journal) return none('its journal of changes could not be read');
  let workshop = snapshot;
  const replayed: JournalEntry[] = [];
  for (const entry of journal.entries) {
    if (entry.seq <= journal.header.after) continue;
    workshop = applyPatch(workshop, toPatch(entry.changes));
    replayed.push(entry);
  }
  if (!workshopSchema.safeParse(workshop).success || repairReferences(workshop) !== workshop) {
    return { ...none('its journal of changes does not fit the workshop'), seq: journal.header.after };
  }
  const seq = replayed.at(-1)?.seq ?? journal.header.after;
  return { workshop, seq, header: journal.header, entries: replayed, ...(journal.problem ? { problem: journal.problem } : {}) };
}

function safeParse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Appends to one journal file. Each append is written in full at once; a
 * flush makes everything appended so far durable, and commands that
 * arrived together share it. A failed write or flush cuts the file back to
 * what was durable before, so the journal never holds a change that was not
 * acknowledged.
 */
export class JournalWriter {
  private readonly handle: number;
  private written: number;
  private durable: number;
  /** A flush waiting to start: appends made before it starts are in it. */
  private queued: Promise<void> | null = null;
  /** The flush on its way to the disk. */
  private running: Promise<void> | null = null;
  /** Set when a write or flush failed: the file was cut back, and this writer takes nothing more. */
  private failure: unknown = null;
  /** Once closed, its file handle may belong to another file: it is never used again. */
  private closed = false;

  /**
   * Opens the journal for appending. `goodLength` is where its last complete
   * line ends; anything after it (a line cut short by a power cut) is cut off
   * first, so new changes follow on from good ones.
   */
  constructor(
    private readonly disk: Disk,
    readonly path: string,
    goodLength?: number,
  ) {
    this.handle = disk.openAppend(path);
    const size = disk.size(path);
    if (goodLength !== undefined && goodLength < size) disk.truncate(this.handle, goodLength);
    this.written = goodLength !== undefined && goodLength < size ? goodLength : size;
    this.durable = this.written;
  }

  /** Bytes in the file that a flush has made durable. */
  get durableBytes(): number {
    return this.durable;
  }

  append(line: Uint8Array): void {
    if (this.failure !== null) throw this.failure;
    if (this.closed) throw closedError();
    try {
      this.disk.appendFully(this.handle, line);
    } catch (error) {
      // Nothing of a refused change stays in the file; what was written before it does.
      this.cutBack(this.written);
      throw error;
    }
    this.written += line.length;
  }

  /**
   * Resolves once everything appended so far is on the disk. Appends made in
   * the same turn of the event loop share one flush; one made while a flush
   * runs waits for the next.
   */
  flush(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(closedError());
    if (this.queued) return this.queued;
    const before = this.running ?? Promise.resolve();
    const queued = before
      .catch(() => undefined)
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        this.queued = null;
        if (this.failure !== null) throw this.failure;
        if (this.closed) throw closedError();
        const target = this.written;
        const running = this.disk.flush(this.handle).then(
          () => {
            this.durable = Math.max(this.durable, target);
          },
          (error: unknown) => {
            // Whatever the disk did with the bytes since the last good flush, they are not kept.
            this.failure = error;
            this.cutBack(this.durable);
            throw error;
          },
        );
        this.running = running;
        return running.finally(() => {
          if (this.running === running) this.running = null;
        });
      });
    this.queued = queued;
    return queued;
  }

  /** Resolves once no flush is waiting or running and everything appended is durable. */
  async idle(): Promise<void> {
    while (this.queued || this.running || (this.written > this.durable && this.failure === null && !this.closed)) {
      await (this.queued ?? this.running ?? this.flush()).catch(() => undefined);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.disk.close(this.handle);
    } catch {
      // Closing a file we only append to loses nothing that a flush did not already keep.
    }
  }

  private cutBack(length: number): void {
    if (this.closed) return;
    try {
      this.disk.truncate(this.handle, length);
      this.written = length;
    } catch {
      // If even that fails, the next open drops what cannot be read and says so.
    }
  }
}
