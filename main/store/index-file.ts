/**
 * The library index: a summary of every workshop file, with the file's size
 * and modification time so a stale entry is noticed and re-read. It is
 * derived data — when missing or unreadable it is rebuilt from the workshop
 * files, and nothing in it is ever the only copy of anything.
 */
import { z } from 'zod';
import { localeSchema, phaseSchema } from '../../shared/model';
import type { WorkshopSummary } from '../../shared/wire';
import type { Disk } from './disk';

export interface IndexEntry {
  readonly summary: WorkshopSummary;
  readonly mtimeMs: number;
  readonly size: number;
}

/**
 * 2: a team's copy says so in its summary. 3: a summary carries the
 * workshop's locale. An index of an older version is rebuilt from the files.
 */
const INDEX_VERSION = 3;

const indexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  entries: z.record(
    z.string(),
    z.object({
      summary: z.object({
        id: z.string(),
        title: z.string(),
        organisation: z.string(),
        phase: phaseSchema,
        updatedAt: z.string(),
        teamCount: z.number(),
        touchpointCount: z.number(),
        locale: localeSchema,
        teamCopy: z.object({ teamName: z.string(), masterTitle: z.string(), packId: z.string() }).optional(),
      }),
      mtimeMs: z.number(),
      size: z.number(),
    }),
  ),
});

/** The entries in the index file, or an empty map when it is missing or unreadable (then rebuilt). */
export function readIndexFile(path: string, disk: Disk): Map<string, IndexEntry> {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(disk.readText(path)));
    if (parsed.success) return new Map(Object.entries(parsed.data.entries));
  } catch {
    // Missing or not JSON: the caller rebuilds it from the workshop files.
  }
  return new Map();
}

export function indexFileContent(entries: ReadonlyMap<string, IndexEntry>): object {
  return { version: INDEX_VERSION, entries: Object.fromEntries(entries) };
}
