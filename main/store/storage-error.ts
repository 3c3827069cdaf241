/**
 * When the disk refuses a save, the person is told in one sentence what
 * happened, what to do, and what is safe: "The disk is full: free some
 * space, then press Retry. Nothing after 14:02 is saved." The change is not
 * acknowledged, the workshop stays as it is on disk, and the app goes on.
 */

export type DiskTrouble = 'full' | 'read-only' | 'no-permission' | 'io' | 'other';

const TROUBLE_BY_CODE: Readonly<Record<string, DiskTrouble>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EFBIG: 'full',
  EROFS: 'read-only',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EIO: 'io',
};

/** The error code a Node file operation failed with, if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function troubleOf(error: unknown): DiskTrouble {
  return TROUBLE_BY_CODE[errorCode(error) ?? ''] ?? 'other';
}

/** "14:02", in the computer's own way of writing the time. */
function clock(at: Date): string {
  return at.toLocaleTimeString(undefined, { timeStyle: 'short' });
}

function whatToDo(trouble: DiskTrouble, folder: string): string {
  switch (trouble) {
    case 'full':
      return 'The disk is full: free some space, then press Retry.';
    case 'read-only':
      return `The disk holding ${folder} has become read-only: check it is still connected and writable, then press Retry.`;
    case 'no-permission':
      return `Journey Room is not allowed to write to ${folder}: check the folder's permissions, then press Retry.`;
    case 'io':
      return 'The disk reported an error while saving: check it is still connected, then press Retry.';
    case 'other':
      return 'The change could not be saved to the disk; press Retry.';
  }
}

/** A save the disk refused. Its message is the sentence the person sees. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly trouble: DiskTrouble;

  constructor(cause: unknown, folder: string, lastSaved: Date | undefined) {
    const trouble = troubleOf(cause);
    const safe = lastSaved ? ` Nothing after ${clock(lastSaved)} is saved.` : ' Nothing of this change is saved.';
    super(`${whatToDo(trouble, folder)}${safe}`, { cause });
    this.trouble = trouble;
  }
}
