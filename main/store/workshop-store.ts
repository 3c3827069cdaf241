/**
 * The workshop library on disk. Each workshop is a snapshot (`<id>.json`)
 * and a journal of the changes since (`<id>.journal`, main/store/journal.ts):
 * a change is appended and flushed before it is acknowledged, and the
 * snapshot is rewritten from memory now and then, in the background. Only
 * WorkshopHost writes through it.
 *
 * Nothing is ever deleted outright or silently replaced: a file that cannot
 * be read is moved to `damaged/` and explained (the notice stays until the
 * person dismisses it), removed workshops go to `trash/`, and a save the disk
 * refuses is refused with a sentence, leaving the files as they were.
 */
import { join } from 'node:path';
import type { Workshop } from '../../shared/model';
import type { LibraryListing, StoreProblem, WorkshopSummary } from '../../shared/wire';
import { serializeWorkshop } from '../../shared/workshop-file';
import { dataPaths, fileTimestamp, isSafeId, WORKSHOP_FILE, type DataPaths } from './data-paths';
import { nodeDisk, TEMP_MARK, type Disk } from './disk';
import { indexFileContent, readIndexFile, type IndexEntry } from './index-file';
import { emptyHeader, encodeLine, JournalWriter, parseJournal, replayJournal, type JournalEntry, type JournalHeader } from './journal';
import { openNotices, type Notices } from './notices';
import { readWorkshopFile } from './read-workshop-file';
import { openRestorePoints, type RestorePoints } from './restore-points';
import { StorageError } from './storage-error';
import { workshopNotFound } from './store-errors';
import { summarise } from './summary';

/** A workshop as the disk holds it: the snapshot with the journal replayed on it. */
export interface StoredWorkshop {
  readonly workshop: Workshop;
  /** The number of the last change the journal holds (or the snapshot, when the journal is empty). */
  readonly seq: number;
  /** The journal's first line: undo stacks and command numbers as they were at the snapshot. */
  readonly header: JournalHeader;
  /** The changes since the snapshot, in order. */
  readonly entries: readonly JournalEntry[];
}

export interface WorkshopStore {
  /** Every readable workshop, newest first, and the problems the person has not dismissed. */
  list(): LibraryListing;
  /** Throws WorkshopStoreError: 'not-found', 'damaged' (after moving the file aside) or 'too-new'. */
  load(id: string): StoredWorkshop;
  /** A new workshop (made, copied or imported): its snapshot and an empty journal, durable before this returns. */
  create(workshop: Workshop): void;
  /** Appends one change; throws StorageError when the disk refuses, keeping nothing of it. */
  append(id: string, entry: JournalEntry, after: Workshop): void;
  /** Resolves once every change appended to this workshop is on the disk; rejects with a StorageError otherwise. */
  flush(id: string): Promise<void>;
  /**
   * Rewrites the snapshot from memory (in the background) and starts a fresh
   * journal holding what came after it. Failures are reported, never thrown.
   */
  compact(id: string, workshop: Workshop, header: JournalHeader): Promise<void>;
  /** Moves the workshop's files to the trash folder. Throws 'not-found' if there is none. */
  remove(id: string): void;
  exists(id: string): boolean;
  /** Forgets a problem the person has read. */
  dismissProblem(id: string): boolean;
  /** Forgets every problem about one workshop (it was brought back). */
  dismissProblemsOf(workshopId: string): void;
  readonly points: RestorePoints;
  /** The data folder, for sentences about it. */
  readonly folder: string;
  /** Writes anything still pending (the index) and closes the journals. */
  close(): void;
}

export interface WorkshopStoreOptions {
  readonly dataDir: string;
  readonly disk?: Disk;
  /** The clock, for the names of moved files and of restore points. */
  readonly now?: () => Date;
  /** How long index changes may wait before they are written (they are also written on list and close). */
  readonly indexDelayMs?: number;
  /** Where trouble in the background is reported (a failed index or snapshot write). */
  readonly report?: (message: string, detail?: unknown) => void;
}

const JOURNAL = '.journal';

export function createWorkshopStore(options: WorkshopStoreOptions): WorkshopStore {
  const disk = options.disk ?? nodeDisk;
  const paths = dataPaths(options.dataDir);
  const now = options.now ?? (() => new Date());
  const report = options.report ?? ((message, detail) => console.error(message, detail));
  const indexDelayMs = options.indexDelayMs ?? 1000;
  const indexPath = join(paths.root, `${paths.indexName}.json`);

  disk.makeFolder(paths.workshops);
  cleanTempFiles(disk, paths);
  const notices: Notices = openNotices(disk, join(paths.root, 'notices.json'), now, report);
  const points = openRestorePoints(disk, join(paths.root, 'restore-points'), now);
  const writers = new Map<string, JournalWriter>();
  /** When each workshop's last change was made durable, for "Nothing after 14:02 is saved." */
  const lastSaved = new Map<string, Date>();
  let entries: Map<string, IndexEntry> | undefined;
  let indexTimer: NodeJS.Timeout | undefined;
  /** Summaries changed since the index was last written; their files' sizes and times are read then. */
  const changedSummaries = new Map<string, WorkshopSummary>();

  const snapshotPath = (id: string) => join(paths.workshops, `${id}.json`);
  const journalPath = (id: string) => join(paths.workshops, `${id}${JOURNAL}`);

  function index(): Map<string, IndexEntry> {
    entries ??= readIndexFile(indexPath, disk);
    return entries;
  }

  /** Brings the index up to date with the summaries changed since it was written. */
  function settleSummaries(): void {
    for (const [id, summary] of changedSummaries) {
      const current = stamp(id);
      if (current) index().set(id, { summary, ...current });
    }
    changedSummaries.clear();
  }

  function writeIndex(): void {
    if (indexTimer) clearTimeout(indexTimer);
    indexTimer = undefined;
    settleSummaries();
    try {
      disk.writeAtomically(indexPath, new TextEncoder().encode(JSON.stringify(indexFileContent(index()))));
    } catch (error) {
      // The index is derived from the workshop files; the next list rebuilds what it lacks.
      report('The library index could not be saved; it will be rebuilt from the workshop files.', error);
    }
  }

  function indexChangedSoon(): void {
    if (indexTimer) return;
    indexTimer = setTimeout(writeIndex, indexDelayMs);
    indexTimer.unref();
  }

  /** Size and time of both files, so an index entry knows when it is stale. */
  function stamp(id: string): { mtimeMs: number; size: number } | undefined {
    const snapshot = disk.modifiedAt(snapshotPath(id));
    if (snapshot === undefined) return undefined;
    const journal = disk.modifiedAt(journalPath(id)) ?? 0;
    const size = disk.size(snapshotPath(id)) + (disk.exists(journalPath(id)) ? disk.size(journalPath(id)) : 0);
    return { mtimeMs: Math.max(snapshot, journal), size };
  }

  /** Notes a workshop's new summary; the index takes it (with its files' sizes) when next written. */
  function record(id: string, summary: WorkshopSummary): void {
    changedSummaries.set(id, summary);
    indexChangedSoon();
  }

  function forget(id: string): void {
    writers.get(id)?.close();
    writers.delete(id);
    changedSummaries.delete(id);
    index().delete(id);
  }

  /** The journal to append to; a workshop saved before journals (or copied in by hand) gets one, starting after `seq`. */
  function writerFor(id: string, seq: number): JournalWriter {
    let writer = writers.get(id);
    if (!writer) {
      const path = journalPath(id);
      if (!disk.exists(path) || disk.size(path) === 0) disk.writeAtomically(path, encodeLine(emptyHeader(seq)));
      writer = new JournalWriter(disk, path);
      writers.set(id, writer);
    }
    return writer;
  }

  function storageError(id: string, cause: unknown): StorageError {
    return new StorageError(cause, paths.root, lastSaved.get(id));
  }

  /** A set-aside workshop's notice says when its newest restore point is from, which can bring it back. */
  function withRestorePoint(problem: StoreProblem, id: string): StoreProblem {
    const newest = points.list(id)[0];
    if (!newest) return problem;
    const when = new Date(newest.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return { ...problem, message: `${problem.message} Its newest restore point is from ${when}: choose Bring back to start again from it.` };
  }

  /** Moves a journal that cannot be trusted aside, and says so until dismissed. */
  function setJournalAside(id: string, title: string, reason: string): void {
    const fileName = `${id}${JOURNAL}`;
    let movedTo = join(paths.damaged, `${id}.${fileTimestamp(now())}${JOURNAL}`);
    try {
      disk.makeFolder(paths.damaged);
      disk.rename(journalPath(id), movedTo);
    } catch {
      movedTo = journalPath(id);
    }
    notices.add({
      fileName,
      movedTo,
      workshopId: id,
      message: `'${title}' opened as it was last saved in full: ${reason}. The changes that could not be read were kept at ${movedTo}.`,
    });
  }

  /** The snapshot with the journal replayed on it; a journal that cannot be used is set aside and explained. */
  function replay(id: string, snapshot: Workshop): StoredWorkshop {
    const text = disk.exists(journalPath(id)) ? disk.readText(journalPath(id)) : undefined;
    const replayed = replayJournal(snapshot, text);
    if (replayed.unusable) {
      setJournalAside(id, snapshot.title, replayed.unusable);
    } else if (replayed.problem) {
      // Rewrite the journal without the unreadable end, so new changes follow on from good ones.
      disk.writeAtomically(journalPath(id), concat([encodeLine(replayed.header), ...replayed.entries.map(encodeLine)]));
      notices.add({
        fileName: `${id}${JOURNAL}`,
        movedTo: journalPath(id),
        workshopId: id,
        message: `'${snapshot.title}' opened without one change: ${replayed.problem}. Everything before it is there.`,
      });
    }
    return { workshop: replayed.workshop, seq: replayed.seq, header: replayed.header, entries: replayed.entries };
  }

  return {
    folder: paths.root,
    points,

    list() {
      settleSummaries();
      const known = index();
      let changed = false;
      const tooNew: LibraryListing['problems'][number][] = [];
      const present = new Set<string>();
      for (const name of disk.list(paths.workshops)) {
        const id = WORKSHOP_FILE.exec(name)?.[1];
        if (id === undefined) continue;
        const current = stamp(id);
        if (!current) continue;
        const entry = known.get(id);
        if (entry && entry.mtimeMs === current.mtimeMs && entry.size === current.size) {
          present.add(id);
          continue;
        }
        const outcome = readWorkshopFile(paths, id, now(), disk);
        if (outcome.kind === 'ok') {
          present.add(id);
          known.set(id, { summary: summarise(replay(id, outcome.workshop).workshop), ...current });
          changed = true;
        } else if (outcome.error.kind === 'too-new' && outcome.error.problem) {
          tooNew.push(outcome.error.problem);
        } else if (outcome.error.problem) {
          notices.add(withRestorePoint({ ...outcome.error.problem, workshopId: id }, id));
        }
      }
      for (const id of [...known.keys()]) {
        if (!present.has(id)) {
          forget(id);
          changed = true;
        }
      }
      if (changed || indexTimer || !disk.exists(indexPath)) writeIndex();
      const workshops = [...known.values()]
        .map((entry) => entry.summary)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
      const recoverable = (problem: StoreProblem): StoreProblem =>
        problem.workshopId !== undefined && !known.has(problem.workshopId) && points.list(problem.workshopId).length > 0
          ? { ...problem, canRecover: true }
          : problem;
      return { workshops, problems: [...notices.all().map(recoverable), ...tooNew] };
    },

    load(id) {
      if (!isSafeId(id) || !disk.exists(snapshotPath(id))) throw workshopNotFound();
      const outcome = readWorkshopFile(paths, id, now(), disk);
      if (outcome.kind === 'ok') return replay(id, outcome.workshop);
      if (outcome.error.kind === 'damaged') {
        forget(id);
        if (outcome.error.problem) notices.add(withRestorePoint({ ...outcome.error.problem, workshopId: id }, id));
        // Its journal goes with it: it only makes sense on top of that snapshot.
        if (disk.exists(journalPath(id))) {
          try {
            disk.rename(journalPath(id), `${outcome.error.problem?.movedTo ?? snapshotPath(id)}${JOURNAL}`);
          } catch {
            // Left where it is; the snapshot's notice already says where things are.
          }
        }
        indexChangedSoon();
      }
      throw outcome.error;
    },

    create(workshop) {
      const id = workshop.id;
      if (!isSafeId(id)) throw new Error(`Refusing to save a workshop whose id cannot be a file name: ${JSON.stringify(id)}`);
      try {
        disk.makeFolder(paths.workshops);
        disk.writeAtomically(snapshotPath(id), new TextEncoder().encode(serializeWorkshop(workshop)));
        disk.writeAtomically(journalPath(id), encodeLine(emptyHeader(0)));
      } catch (error) {
        throw storageError(id, error);
      }
      lastSaved.set(id, now());
      record(id, summarise(workshop));
    },

    append(id, entry, after) {
      try {
        writerFor(id, entry.seq - 1).append(encodeLine(entry));
      } catch (error) {
        throw storageError(id, error);
      }
      record(id, summarise(after));
    },

    async flush(id) {
      const writer = writers.get(id);
      if (!writer) return;
      try {
        await writer.flush();
      } catch (error) {
        // The writer cut the journal back to what was durable; a new one carries on from there.
        writer.close();
        writers.delete(id);
        throw storageError(id, error);
      }
      lastSaved.set(id, now());
    },

    async compact(id, workshop, header) {
      try {
        await disk.writeAtomicallyLater(snapshotPath(id), new TextEncoder().encode(serializeWorkshop(workshop)));
        // What was appended while the snapshot was written follows it in the new journal.
        const text = disk.exists(journalPath(id)) ? disk.readText(journalPath(id)) : '';
        const later = (parseJournal(text)?.entries ?? []).filter((entry) => entry.seq > header.after);
        disk.writeAtomically(journalPath(id), concat([encodeLine(header), ...later.map(encodeLine)]));
        writers.get(id)?.close();
        writers.delete(id);
        record(id, summarise(workshop));
      } catch (error) {
        report(`The workshop '${workshop.title}' could not be rewritten in one file; its changes stay in its journal.`, error);
      }
    },

    remove(id) {
      if (!isSafeId(id) || !disk.exists(snapshotPath(id))) throw workshopNotFound();
      disk.makeFolder(paths.trash);
      const stampText = fileTimestamp(now());
      forget(id);
      disk.rename(snapshotPath(id), join(paths.trash, `${id}.${stampText}.json`));
      if (disk.exists(journalPath(id))) disk.rename(journalPath(id), join(paths.trash, `${id}.${stampText}${JOURNAL}`));
      writeIndex();
    },

    exists(id) {
      return isSafeId(id) && disk.exists(snapshotPath(id));
    },

    dismissProblem: (id) => notices.dismiss(id),
    dismissProblemsOf: (workshopId) => {
      for (const problem of notices.all()) if (problem.workshopId === workshopId) notices.dismiss(problem.id);
    },

    close() {
      if (indexTimer) writeIndex();
      for (const writer of writers.values()) writer.close();
      writers.clear();
    },
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Temp files a crash left behind: only this process writes here (the data folder's lock), so none is in use. */
function cleanTempFiles(disk: Disk, paths: DataPaths): void {
  for (const folder of [paths.root, paths.workshops]) {
    for (const name of disk.list(folder)) {
      if (!name.includes(TEMP_MARK)) continue;
      try {
        disk.remove(join(folder, name));
      } catch {
        // A leftover that will not go is harmless: nothing reads temp files.
      }
    }
  }
}
