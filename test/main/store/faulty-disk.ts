/**
 * The real disk with faults on demand, for tests that check what a person is
 * told and what stays on disk when the disk refuses: an operation fails with
 * a given errno, or an append writes only part of its bytes and then fails
 * (a disk filling up mid-write). Everything else goes to the real files.
 */
import { writeSync } from 'node:fs';
import { nodeDisk, type Disk } from '../../../main/store/disk';

export type DiskOperation = 'append' | 'flush' | 'write' | 'write-later' | 'rename' | 'make-folder';

export interface FaultyDisk extends Disk {
  /** The next `times` calls of `operation` fail with `code`. */
  failNext(operation: DiskOperation, code: string, times?: number): void;
  /** The next append writes half its bytes, then fails with ENOSPC. */
  cutNextAppend(): void;
}

function failure(code: string): Error {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

export function faultyDisk(base: Disk = nodeDisk): FaultyDisk {
  const pending = new Map<DiskOperation, { code: string; times: number }>();
  let cutAppend = false;

  function trip(operation: DiskOperation): void {
    const fault = pending.get(operation);
    if (!fault) return;
    if (fault.times <= 1) pending.delete(operation);
    else pending.set(operation, { ...fault, times: fault.times - 1 });
    throw failure(fault.code);
  }

  return {
    ...base,
    failNext(operation, code, times = 1) {
      pending.set(operation, { code, times });
    },
    cutNextAppend() {
      cutAppend = true;
    },
    makeFolder(path) {
      trip('make-folder');
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
      trip('write');
      base.writeAtomically(path, data);
    },
    async writeAtomicallyLater(path, data) {
      trip('write-later');
      return base.writeAtomicallyLater(path, data);
    },
    rename(from, to) {
      trip('rename');
      base.rename(from, to);
    },
  };
}
