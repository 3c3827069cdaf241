/**
 * Where things live inside the data folder, and the checks that keep a
 * workshop id from ever naming a path outside it.
 *
 *   <dataDir>/index.json             summaries for the library (rebuilt when missing)
 *   <dataDir>/workshops/<id>.json    one file per workshop
 *   <dataDir>/workshops/<id>.json.bak  the previous version, refreshed at most once a minute
 *   <dataDir>/damaged/               files that could not be read, moved aside, never deleted
 *   <dataDir>/trash/                 deleted workshops, kept so nothing is lost
 */
import { join } from 'node:path';

export interface DataPaths {
  readonly root: string;
  readonly workshops: string;
  readonly damaged: string;
  readonly trash: string;
  readonly indexName: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    root: dataDir,
    workshops: join(dataDir, 'workshops'),
    damaged: join(dataDir, 'damaged'),
    trash: join(dataDir, 'trash'),
    indexName: 'index',
  };
}

/**
 * Ids the store will turn into file names. Ids it makes are UUIDs; anything
 * else (a slash, a dot, a drive letter) is refused before it reaches the disk.
 */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

/** A workshop's file name without the extension; the store only lists names like this. */
export const WORKSHOP_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.json$/;

/** A time that sorts well and is safe in a file name on every system: 2026-11-23T09-37-00-123Z. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
