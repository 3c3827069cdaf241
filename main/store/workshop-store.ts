/**
 * The workshop library on disk. Each workshop is a snapshot (`<id>.json`)
 * and a journal of the changes since (`<id>.journal`, main/store/journal.ts):
 * a change is appended and flushed before it is acknowledged, and the
 * snapshot is rewritten from memory now and then, in the background. Only
 * WorkshopHost writes through it.
 *
 * Every write that ends with an fsync runs off the main thread: the
 * journal's flush, a new workshop's first files, the snapshot and the
 * journal swapped in after it, and the library index. Only appending a line
 * to the journal (and the rare repair of a file found damaged) writes from
 * the main thread.
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
import { writtenLater } from './written-later';

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
  /**
   * A new workshop (made, copied or imported): its snapshot and an empty
   * journal, durable before this resolves. Until then it is not listed and
   * cannot be opened, but its id counts as taken.
   */
  create(workshop: Workshop): Promise<void>;
  /** Appends one change; throws StorageError when the disk refuses, keeping nothing of it. */
  append(id: string, entry: JournalEntry, after: Workshop): void;
  /** Resolves once every change appended to this workshop is on the disk; rejects with a StorageError otherwise. */
  flush(id: string): Promise<void>;
  /**
   * Rewrites the snapshot from memory (in the background) and starts a fresh
   * journal holding what came after it. Failures are reported, never thrown.
   * Changes appended while the new journal is written are held in memory and
   * written to it once it is in place: their flush waits for that.
   */
  compact(id: string, workshop: Workshop, header: JournalHeader): Promise<boolean>;
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
  /** Waits for every write on its way, writes the index if it is owed, and closes the journals. */
  close(): Promise<void>;
}

export interface WorkshopStoreOptions {
  readonly dataDir: string;
  readonly disk?: Disk;
  /** The clock, for the names of moved files and of restore points. */
  readonly now?: () => Date;
  /** How long index changes may wait before they are written (it is also written on close). */
  readonly indexDelayMs?: number;
  /** Where trouble in the background is reported (a failed index or snapshot write). */
  readonly report?: (message: string, detail?: unknown) => void;
}

const JOURNAL = '.journal';

/** A journal being swapped for a new one: the changes appended meanwhile, and the swap's end. */
interface Swap {
  readonly held: JournalEntry[];
  /** Resolves once the held changes are in the journal (undefined), or with why they are not. */
  readonly done: Promise<unknown>;
}

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
  /** Unreadable journals that could not be moved aside yet, and where they go when they can. */
  const unmovable = new Map<string, string>();
  /** When each workshop's last change was made durable, for "Nothing after 14:02 is saved." */
  const lastSaved = new Map<string, Date>();
  let entries: Map<string, IndexEntry> | undefined;
  let indexTimer: NodeJS.Timeout | undefined;
  /** Summaries changed since the index was last written; their files' sizes and times are read then. */
  const changedSummaries = new Map<string, WorkshopSummary>();
  /** New workshops whose first files are on their way to the disk. */
  const creating = new Map<string, Promise<void>>();
  /** Each workshop's latest snapshot rewrite: the next waits for it, so an older one never lands last. */
  const compactions = new Map<string, Promise<boolean>>();
  const swaps = new Map<string, Swap>();

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

  const indexFile = writtenLater(
    disk,
    indexPath,
    () => {
      settleSummaries();
      return new TextEncoder().encode(JSON.stringify(indexFileContent(index())));
    },
    // The index is derived from the workshop files; the next list rebuilds what it lacks.
    (error) => report('The library index could not be saved; it will be rebuilt from the workshop files.', error),
  );

  function writeIndex(): void {
    if (indexTimer) clearTimeout(indexTimer);
    indexTimer = undefined;
    indexFile.write();
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

  /**
   * A workshop's files changed without its summary changing (a snapshot
   * rewrite): the index takes their new sizes, with the newest summary it
   * knows, never the older one of the workshop that was rewritten.
   */
  function restamp(id: string, fallback: WorkshopSummary): void {
    record(id, changedSummaries.get(id) ?? index().get(id)?.summary ?? fallback);
  }

  function forget(id: string): void {
    writers.get(id)?.close();
    writers.delete(id);
    changedSummaries.delete(id);
    index().delete(id);
  }

  /**
   * The journal to append to. A workshop saved before journals (or copied in
   * by hand) gets one, starting after `seq`; a line cut short at the end is
   * cut off first. A journal that could not be read and could not be moved
   * aside takes nothing until it can be: changes after it would be lost.
   */
  function writerFor(id: string, seq: number): JournalWriter {
    let writer = writers.get(id);
    if (!writer) {
      const blocked = unmovable.get(id);
      if (blocked) {
        disk.makeFolder(paths.damaged);
        disk.rename(journalPath(id), blocked);
        unmovable.delete(id);
      }
      const path = journalPath(id);
      if (!disk.exists(path) || disk.size(path) === 0) disk.writeAtomically(path, encodeLine(emptyHeader(seq)));
      const text = disk.readText(path);
      writer = new JournalWriter(disk, path, new TextEncoder().encode(text.slice(0, text.lastIndexOf('\n') + 1)).length);
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

  /** A damaged snapshot's journal goes with it into damaged/: it only makes sense on top of that snapshot. */
  function setAsideJournalOf(id: string, snapshotMovedTo: string): void {
    if (!disk.exists(journalPath(id)) || snapshotMovedTo === snapshotPath(id)) return;
    try {
      disk.rename(journalPath(id), snapshotMovedTo.replace(/\.json$/, JOURNAL));
    } catch (error) {
      // Left where it is; a workshop made under this id later moves it aside first (create).
      report(`The journal of the damaged workshop ${id} could not be moved beside it.`, error);
    }
  }

  /** Moves a journal that cannot be trusted aside, and says so until dismissed. */
  function setJournalAside(id: string, title: string, reason: string): void {
    const fileName = `${id}${JOURNAL}`;
    let movedTo = join(paths.damaged, `${id}.${fileTimestamp(now())}${JOURNAL}`);
    try {
      disk.makeFolder(paths.damaged);
      disk.rename(journalPath(id), movedTo);
    } catch {
      // It stays where it is, and takes no change until it can be moved (writerFor).
      unmovable.set(id, movedTo);
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
      try {
        // Rewrite the journal without the unreadable end, so new changes follow on from good ones.
        disk.writeAtomically(journalPath(id), concat([encodeLine(replayed.header), ...replayed.entries.map(encodeLine)]));
      } catch (error) {
        // A full disk cannot take the rewrite; the workshop opens all the same, and the
        // unreadable end is cut off before the next change is appended (writerFor).
        report(`The journal of '${snapshot.title}' could not be rewritten without its unreadable end.`, error);
      }
      notices.add({
        fileName: `${id}${JOURNAL}`,
        movedTo: journalPath(id),
        workshopId: id,
        message: `'${snapshot.title}' opened without part of what was saved: ${replayed.problem}. Everything before it is there.`,
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
        // A workshop whose first files are still on their way is listed once they are all there.
        if (id === undefined || creating.has(id)) continue;
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
          tooNew.push({ ...outcome.error.problem, lasting: true });
        } else if (outcome.error.problem) {
          setAsideJournalOf(id, outcome.error.problem.movedTo);
          notices.add(withRestorePoint({ ...outcome.error.problem, workshopId: id }, id));
        }
      }
      for (const id of [...known.keys()]) {
        if (!present.has(id)) {
          forget(id);
          changed = true;
        }
      }
      if (changed || !disk.exists(indexPath)) indexChangedSoon();
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
      if (!isSafeId(id) || creating.has(id) || !disk.exists(snapshotPath(id))) throw workshopNotFound();
      const outcome = readWorkshopFile(paths, id, now(), disk);
      if (outcome.kind === 'ok') return replay(id, outcome.workshop);
      if (outcome.error.kind === 'damaged') {
        forget(id);
        if (outcome.error.problem) {
          setAsideJournalOf(id, outcome.error.problem.movedTo);
          notices.add(withRestorePoint({ ...outcome.error.problem, workshopId: id }, id));
        }
        indexChangedSoon();
      }
      throw outcome.error;
    },

    async create(workshop) {
      const id = workshop.id;
      if (!isSafeId(id)) throw new Error(`Refusing to save a workshop whose id cannot be a file name: ${JSON.stringify(id)}`);
      // Two writes of one workshop's first files at once could leave either's half.
      if (creating.has(id)) throw new Error(`A workshop with the id ${JSON.stringify(id)} is being saved already.`);
      const writing = writeFirstFiles(workshop);
      creating.set(id, writing);
      try {
        await writing;
      } catch (error) {
        throw storageError(id, error);
      } finally {
        creating.delete(id);
      }
      lastSaved.set(id, now());
      record(id, summarise(workshop));
    },

    append(id, entry, after) {
      const swap = swaps.get(id);
      if (swap) {
        // The journal is being swapped for a new one: the change goes into the new one once it is there.
        swap.held.push(entry);
        record(id, summarise(after));
        return;
      }
      try {
        writerFor(id, entry.seq - 1).append(encodeLine(entry));
      } catch (error) {
        throw storageError(id, error);
      }
      record(id, summarise(after));
    },

    async flush(id) {
      const swap = swaps.get(id);
      if (swap) {
        const trouble = await swap.done;
        if (trouble !== undefined) throw storageError(id, trouble);
      }
      const writer = writers.get(id);
      if (!writer) return;
      try {
        await writer.flush();
      } catch (error) {
        // The writer cut the journal back to what was durable; a new one carries on from there.
        // Every change that waited on this flush lands here: only the first replaces the writer.
        if (writers.get(id) === writer) {
          writer.close();
          writers.delete(id);
        }
        throw storageError(id, error);
      }
      lastSaved.set(id, now());
    },

    compact(id, workshop, header) {
      const previous = compactions.get(id) ?? Promise.resolve(true);
      const compacting = previous.then(() => compactNow(id, workshop, header));
      compactions.set(id, compacting);
      void compacting.finally(() => {
        if (compactions.get(id) === compacting) compactions.delete(id);
      });
      return compacting;
    },

    remove(id) {
      if (!isSafeId(id) || creating.has(id) || !disk.exists(snapshotPath(id))) throw workshopNotFound();
      const stampText = fileTimestamp(now());
      const trashedSnapshot = join(paths.trash, `${id}.${stampText}.json`);
      try {
        disk.makeFolder(paths.trash);
        // The journal first: if the snapshot then cannot move, the journal comes back beside it.
        if (disk.exists(journalPath(id))) disk.rename(journalPath(id), join(paths.trash, `${id}.${stampText}${JOURNAL}`));
        try {
          disk.rename(snapshotPath(id), trashedSnapshot);
        } catch (error) {
          if (disk.exists(join(paths.trash, `${id}.${stampText}${JOURNAL}`))) disk.rename(join(paths.trash, `${id}.${stampText}${JOURNAL}`), journalPath(id));
          throw error;
        }
      } catch (error) {
        throw storageError(id, error);
      }
      forget(id);
      indexChangedSoon();
    },

    exists(id) {
      return isSafeId(id) && (creating.has(id) || disk.exists(snapshotPath(id)));
    },

    dismissProblem: (id) => notices.dismiss(id),
    dismissProblemsOf: (workshopId) => {
      for (const problem of notices.all()) if (problem.workshopId === workshopId) notices.dismiss(problem.id);
    },

    async close() {
      // Snapshot rewrites may hold changes for the new journal; they are written before the journals close.
      await Promise.allSettled([...creating.values(), ...compactions.values()]);
      await Promise.allSettled([...writers.values()].map((writer) => writer.idle()));
      if (indexTimer) writeIndex();
      await indexFile.settled();
      for (const writer of writers.values()) writer.close();
      writers.clear();
    },
  };

  /**
   * A new workshop's snapshot, then its empty journal, each written off the
   * main thread. A crash between the two leaves a snapshot without a
   * journal, which opens as it is (writerFor starts its journal).
   */
  async function writeFirstFiles(workshop: Workshop): Promise<void> {
    const id = workshop.id;
    disk.makeFolder(paths.workshops);
    if (disk.exists(journalPath(id))) {
      // A journal left by an earlier workshop of this id is kept, never written over.
      disk.makeFolder(paths.damaged);
      disk.rename(journalPath(id), join(paths.damaged, `${id}.${fileTimestamp(now())}${JOURNAL}`));
    }
    await disk.writeAtomicallyLater(snapshotPath(id), new TextEncoder().encode(serializeWorkshop(workshop)));
    try {
      await disk.writeAtomicallyLater(journalPath(id), encodeLine(emptyHeader(0)));
    } catch (error) {
      // The workshop is refused, so its snapshot goes too: what it holds came from elsewhere (a template, a file, a copy).
      try {
        disk.remove(snapshotPath(id));
      } catch {
        // Left, it opens as a workshop saved before journals: nothing is lost either way.
      }
      throw error;
    }
  }

  /**
   * The snapshot written whole, then the journal swapped for one that starts
   * after it. Both run off the main thread. A crash before the new journal
   * is in place leaves the old one, whose changes replay harmlessly on the
   * newer snapshot; a crash after, the new one. Changes made while the new
   * journal is written are in neither, so they are not acknowledged until
   * they are written to the new one (or, if it cannot be put in place,
   * refused).
   */
  async function compactNow(id: string, workshop: Workshop, header: JournalHeader): Promise<boolean> {
    const failed = (error: unknown): false => {
      report(`The workshop '${workshop.title}' could not be rewritten in one file; its changes stay in its journal.`, error);
      return false;
    };
    try {
      await disk.writeAtomicallyLater(snapshotPath(id), new TextEncoder().encode(serializeWorkshop(workshop)));
    } catch (error) {
      return failed(error);
    }
    // The journal is swapped only when no flush is on its way: a change waiting for one
    // must be answered by the file it was written to.
    let writer = writers.get(id);
    while (writer) {
      await writer.idle();
      if (writers.get(id) === writer) break;
      writer = writers.get(id);
    }
    // From here to holding new changes nothing waits, so no change can slip in between.
    let swapped: Uint8Array;
    try {
      const text = disk.exists(journalPath(id)) ? disk.readText(journalPath(id)) : '';
      const later = (parseJournal(text)?.entries ?? []).filter((entry) => entry.seq > header.after);
      swapped = concat([encodeLine(header), ...later.map(encodeLine)]);
    } catch (error) {
      return failed(error);
    }
    writer?.close();
    writers.delete(id);
    const held: JournalEntry[] = [];
    let finish!: (trouble: unknown) => void;
    swaps.set(id, { held, done: new Promise((resolve) => (finish = resolve)) });
    let trouble: unknown;
    try {
      await disk.writeAtomicallyLater(journalPath(id), swapped);
    } catch (error) {
      trouble = error;
    }
    swaps.delete(id);
    finish(trouble ?? writeHeld(id, held));
    if (trouble !== undefined) return failed(trouble);
    restamp(id, summarise(workshop));
    return true;
  }

  /** The changes held while the journal was swapped, appended to the new one as one write; why not, if they cannot be. */
  function writeHeld(id: string, held: readonly JournalEntry[]): unknown {
    const first = held[0];
    if (!first) return undefined;
    try {
      writerFor(id, first.seq - 1).append(concat(held.map(encodeLine)));
      return undefined;
    } catch (error) {
      return error;
    }
  }
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

/**
 * Temp files a crash left behind. A temp file names the process that wrote
 * it; one whose writer still runs may be a write in flight (a second store
 * opened on the same folder, as tests and the export tool do), so it stays.
 */
function cleanTempFiles(disk: Disk, paths: DataPaths): void {
  const pointsRoot = join(paths.root, 'restore-points');
  const pointFolders = disk.list(pointsRoot).map((name) => join(pointsRoot, name));
  for (const folder of [paths.root, paths.workshops, ...pointFolders]) {
    for (const name of disk.list(folder)) {
      if (!name.includes(TEMP_MARK) || writerStillRuns(name)) continue;
      try {
        disk.remove(join(folder, name));
      } catch {
        // A leftover that will not go is harmless: nothing reads temp files.
      }
    }
  }
}

/** Whether the process named in a temp file's name (`name.tmp-<pid>-<n>`) is still running. */
function writerStillRuns(tempName: string): boolean {
  const pid = Number(tempName.slice(tempName.lastIndexOf(TEMP_MARK) + TEMP_MARK.length).split('-')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
