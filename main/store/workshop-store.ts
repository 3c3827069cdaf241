/**
 * The workshop library on disk: one JSON file per workshop plus an index of
 * summaries. Only WorkshopHost writes through it. Every write is atomic (the
 * JSON file engine writes a temp file, fsyncs and renames), a damaged file is
 * moved aside and explained, and nothing is ever deleted outright: removed
 * workshops go to the trash folder.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Workshop } from '../../shared/model';
import type { LibraryListing, StoreProblem, WorkshopSummary } from '../../shared/wire';
import { dataPaths, fileTimestamp, isSafeId, WORKSHOP_FILE } from './data-paths';
import { indexFileContent, readIndexFile, type IndexEntry } from './index-file';
import type { JsonFile, JsonFileFactory } from './json-file';
import { readWorkshopFile } from './read-workshop-file';
import { workshopNotFound } from './store-errors';
import { summarise } from './summary';

export interface WorkshopStore {
  /** Every readable workshop, newest first, and the files that could not be read. */
  list(): LibraryListing;
  /** Throws WorkshopStoreError: 'not-found', 'damaged' (after moving the file aside) or 'too-new'. */
  load(id: string): Workshop;
  /** Replaces the workshop's file atomically. */
  save(workshop: Workshop): void;
  /** Moves the workshop's file to the trash folder. Throws 'not-found' if there is none. */
  remove(id: string): void;
  exists(id: string): boolean;
  /** Writes anything still pending (the index); call before the process exits. */
  flush(): void;
}

export interface WorkshopStoreOptions {
  readonly dataDir: string;
  readonly jsonFiles: JsonFileFactory;
  /** The clock, for the names of moved files and the backup interval. */
  readonly now?: () => Date;
  /** How often, at most, `<id>.json.bak` is refreshed with the previous version. */
  readonly backupIntervalMs?: number;
  /** How long index changes may wait before they are written (they are also written on list and flush). */
  readonly indexDelayMs?: number;
}

export function createWorkshopStore(options: WorkshopStoreOptions): WorkshopStore {
  const paths = dataPaths(options.dataDir);
  const now = options.now ?? (() => new Date());
  const backupIntervalMs = options.backupIntervalMs ?? 60_000;
  const indexDelayMs = options.indexDelayMs ?? 1000;
  const indexPath = join(paths.root, `${paths.indexName}.json`);

  const files = new Map<string, JsonFile>();
  const lastBackupAt = new Map<string, number>();
  /** Problems found while this store is open; a moved file is reported until the app restarts. */
  const damagedProblems = new Map<string, StoreProblem>();
  let entries: Map<string, IndexEntry> | undefined;
  let indexFile: JsonFile | undefined;
  let indexTimer: NodeJS.Timeout | undefined;

  const pathOf = (id: string) => join(paths.workshops, `${id}.json`);

  function fileFor(id: string): JsonFile {
    let file = files.get(id);
    if (!file) {
      file = options.jsonFiles(paths.workshops, id);
      files.set(id, file);
    }
    return file;
  }

  function index(): Map<string, IndexEntry> {
    entries ??= readIndexFile(indexPath);
    return entries;
  }

  function writeIndex(): void {
    if (indexTimer) clearTimeout(indexTimer);
    indexTimer = undefined;
    indexFile ??= options.jsonFiles(paths.root, paths.indexName);
    indexFile.write(indexFileContent(index()));
  }

  function indexChangedSoon(): void {
    // A command must stay fast, so the index is written a moment later; if the
    // app stops before that, the next list() notices the newer file and re-reads it.
    if (indexTimer) return;
    indexTimer = setTimeout(writeIndex, indexDelayMs);
    indexTimer.unref();
  }

  function forget(id: string): void {
    files.delete(id);
    lastBackupAt.delete(id);
    index().delete(id);
  }

  function record(id: string, workshop: Workshop): void {
    const stat = statSync(pathOf(id));
    index().set(id, { summary: summarise(workshop), mtimeMs: stat.mtimeMs, size: stat.size });
  }

  function backUpBeforeWriting(id: string): void {
    const at = now().getTime();
    const last = lastBackupAt.get(id);
    if (last !== undefined && at - last < backupIntervalMs) return;
    const path = pathOf(id);
    if (existsSync(path)) copyFileSync(path, `${path}.bak`);
    lastBackupAt.set(id, at);
  }

  return {
    list() {
      const known = index();
      let changed = false;
      const tooNew: StoreProblem[] = [];
      const present = new Set<string>();
      for (const name of workshopFileNames(paths.workshops)) {
        const id = WORKSHOP_FILE.exec(name)?.[1];
        if (id === undefined) continue;
        const stat = statIfPresent(pathOf(id));
        if (!stat) continue;
        const entry = known.get(id);
        if (entry && entry.mtimeMs === stat.mtimeMs && entry.size === stat.size) {
          present.add(id);
          continue;
        }
        const outcome = readWorkshopFile(paths, id, now());
        if (outcome.kind === 'ok') {
          present.add(id);
          known.set(id, { summary: summarise(outcome.workshop), mtimeMs: stat.mtimeMs, size: stat.size });
          changed = true;
        } else if (outcome.error.kind === 'too-new' && outcome.error.problem) {
          tooNew.push(outcome.error.problem);
        } else if (outcome.error.problem) {
          damagedProblems.set(outcome.error.problem.movedTo, outcome.error.problem);
        }
      }
      for (const id of [...known.keys()]) {
        if (!present.has(id)) {
          forget(id);
          changed = true;
        }
      }
      if (changed || indexTimer || !existsSync(indexPath)) writeIndex();
      const workshops: WorkshopSummary[] = [...known.values()]
        .map((entry) => entry.summary)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
      return { workshops, problems: [...damagedProblems.values(), ...tooNew] };
    },

    load(id) {
      if (!isSafeId(id) || !existsSync(pathOf(id))) throw workshopNotFound();
      const outcome = readWorkshopFile(paths, id, now());
      if (outcome.kind === 'ok') return outcome.workshop;
      if (outcome.error.kind === 'damaged') {
        forget(id);
        if (outcome.error.problem) damagedProblems.set(outcome.error.problem.movedTo, outcome.error.problem);
        indexChangedSoon();
      }
      throw outcome.error;
    },

    save(workshop) {
      const id = workshop.id;
      if (!isSafeId(id)) throw new Error(`Refusing to save a workshop whose id cannot be a file name: ${JSON.stringify(id)}`);
      mkdirSync(paths.workshops, { recursive: true });
      backUpBeforeWriting(id);
      fileFor(id).write(workshop);
      record(id, workshop);
      indexChangedSoon();
    },

    remove(id) {
      if (!isSafeId(id)) throw workshopNotFound();
      const path = pathOf(id);
      if (!existsSync(path)) throw workshopNotFound();
      mkdirSync(paths.trash, { recursive: true });
      const stamp = fileTimestamp(now());
      renameSync(path, join(paths.trash, `${id}.${stamp}.json`));
      if (existsSync(`${path}.bak`)) renameSync(`${path}.bak`, join(paths.trash, `${id}.${stamp}.json.bak`));
      forget(id);
      writeIndex();
    },

    exists(id) {
      return isSafeId(id) && existsSync(pathOf(id));
    },

    flush() {
      if (indexTimer) writeIndex();
    },
  };
}

function workshopFileNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function statIfPresent(path: string): { mtimeMs: number; size: number } | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}
