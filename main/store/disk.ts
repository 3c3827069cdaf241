/**
 * The store's only way to the disk: a handful of file operations, each of
 * which either does all it says or throws. Writes check how many bytes went
 * out and keep going until all have (a short write on a nearly full disk is
 * an error, never a silently cut file). Files are made readable by their
 * owner only.
 *
 * Everything goes through this interface so tests can put a fault-injecting
 * disk in its place (test/main/store/faulty-disk.ts): short writes, each
 * errno, failing fsync and rename.
 */
import {
  closeSync,
  existsSync,
  fdatasync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { open as openLater, rename as renameLater, rm as rmLater } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Files: owner reads and writes; folders: owner only. */
export const FILE_MODE = 0o600;
export const FOLDER_MODE = 0o700;

export interface Disk {
  readText(path: string): string;
  exists(path: string): boolean;
  /** Names in a folder; an empty list when it does not exist. */
  list(folder: string): string[];
  size(path: string): number;
  /** Modification time in ms, or undefined when the file is not there. */
  modifiedAt(path: string): number | undefined;
  makeFolder(path: string): void;
  /** Opens a file for appending, creating it (owner-only) when needed; returns a handle. */
  openAppend(path: string): number;
  /** Writes every byte of `data` at the end of the file, or throws. */
  appendFully(handle: number, data: Uint8Array): void;
  /** Makes what was written durable; resolves once the disk has it. */
  flush(handle: number): Promise<void>;
  /** Cuts the file back to `length` bytes (after a failed append). */
  truncate(handle: number, length: number): void;
  close(handle: number): void;
  /**
   * Replaces the file at `path` atomically: a temp file beside it, written
   * fully and synced, renamed over it, and the folder synced so the rename
   * survives a power cut.
   */
  writeAtomically(path: string, data: Uint8Array): void;
  /** The same, in the background: the writes and syncs run off the main thread. */
  writeAtomicallyLater(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): void;
  remove(path: string): void;
  removeFolder(path: string): void;
}

/** The prefix of temp files, so leftovers of a crash can be found and cleaned. */
export const TEMP_MARK = '.tmp-';

let tempCounter = 0;

function tempPathFor(path: string): string {
  tempCounter += 1;
  return `${path}${TEMP_MARK}${process.pid}-${tempCounter}`;
}

function writeAll(handle: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const written = writeSync(handle, data, offset, data.length - offset);
    // A write that makes no progress would loop for ever; the disk is refusing.
    if (written <= 0) throw Object.assign(new Error('The disk accepted no more bytes.'), { code: 'ENOSPC' });
    offset += written;
  }
}

function syncFolder(folder: string): void {
  // Windows cannot open a folder to sync it; its renames are durable on their own.
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

export const nodeDisk: Disk = {
  readText: (path) => readFileSync(path, 'utf8'),
  exists: (path) => existsSync(path),
  list: (folder) => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  },
  size: (path) => statSync(path).size,
  modifiedAt: (path) => {
    try {
      return statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
  },
  makeFolder: (path) => {
    mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
  },
  openAppend: (path) => openSync(path, 'a', FILE_MODE),
  appendFully: writeAll,
  flush: (handle) =>
    new Promise((resolve, reject) => {
      fdatasync(handle, (error) => (error ? reject(error) : resolve()));
    }),
  truncate: (handle, length) => ftruncateSync(handle, length),
  close: (handle) => closeSync(handle),
  writeAtomically: (path, data) => {
    const temp = tempPathFor(path);
    const handle = openSync(temp, 'w', FILE_MODE);
    try {
      writeAll(handle, data);
      fsyncSync(handle);
    } catch (error) {
      closeSync(handle);
      rmSync(temp, { force: true });
      throw error;
    }
    closeSync(handle);
    try {
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    syncFolder(dirname(path));
  },
  writeAtomicallyLater: async (path, data) => {
    const temp = tempPathFor(path);
    const file = await openLater(temp, 'w', FILE_MODE);
    try {
      // writeFile on a handle writes every byte or rejects.
      await file.writeFile(data);
      await file.sync();
    } catch (error) {
      await file.close();
      await rmLater(temp, { force: true });
      throw error;
    }
    await file.close();
    try {
      await renameLater(temp, path);
    } catch (error) {
      await rmLater(temp, { force: true });
      throw error;
    }
    if (process.platform === 'win32') return;
    const folder = await openLater(dirname(path), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  },
  rename: (from, to) => renameSync(from, to),
  remove: (path) => unlinkSync(path),
  removeFolder: (path) => rmSync(path, { recursive: true, force: true }),
};
