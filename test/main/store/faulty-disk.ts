/**
 * The real disk with faults on demand, for tests that check what a person is
 * told and what stays on disk when the disk refuses: an operation fails with
 * a given errno (on any file, or only on the files a test names), or an
 * append writes only part of its bytes and then fails (a disk filling up
 * mid-write). Everything else goes to the real files.
 */
import { writeSync } from 'node:fs';
import { nodeDisk, type Disk } from '../../../main/store/disk';

export type DiskOperation = 'append' | 'flush' | 'write' | 'write-later' | 'rename' | 'make-folder';

export interface FaultyDisk extends Disk {
  /** The next `times` calls of `operation` fail with `code`; with `onFile`, only calls on the files it picks. */
  failNext(operation: DiskOperation, code: string, times?: number, onFile?: (path: string) => boolean): void;
  /** The next append writes half its bytes, then fails with ENOSPC. */
  cutNextAppend(): void;
}

function failure(code: string): Error {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

export function faultyDisk(base: Disk = nodeDisk): FaultyDisk {
  const pending = new Map<DiskOperation, { code: string; times: number; onFile?: (path: string) => boolean }>();
  let cutAppend = false;

  function trip(operation: DiskOperation, path?: string): void {
    const fault = pending.get(operation);
    if (!fault) return;
    if (fault.onFile && (path === undefined || !fault.onFile(path))) return;
    if (fault.times <= 1) pending.delete(operation);
    else pending.set(operation, { ...fault, times: fault.times - 1 });
    throw failure(fault.code);
  }

  return {
    ...base,
    failNext(operation, code, times = 1, onFile) {
      pending.set(operation, { code, times, ...(onFile ? { onFile } : {}) });
    },
    cutNextAppend() {
      cutAppend = true;
    },
    makeFolder(path) {
      trip('make-folder', path);
      base.makeFolder(path);
    },
    appendFully(handle, data) {
      if (cutAppend) {
        cutAppend = false;
        writeSync(handle, data, 0, Math.floor(data.length / 2));
        throw failure('ENOSPC');
      }
      trip('append');
      base.appendFully(handle, data);
    },
    async flush(handle) {
      trip('flush');
      return base.flush(handle);
    },
    writeAtomically(path, data) {
      trip('write', path);
      base.writeAtomically(path, data);
    },
    async writeAtomicallyLater(path, data) {
      trip('write-later', path);
      return base.writeAtomicallyLater(path, data);
    },
    rename(from, to) {
      trip('rename', from);
      base.rename(from, to);
    },
  };
}
