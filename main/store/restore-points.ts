/**
 * Restore points: whole copies of a workshop, kept so a person can go back
 * to how it was. Made automatically while people work (at most every five
 * minutes of changes) and always just before a step that takes a lot away
 * (removing a stage with its cards, resetting the vote, merging fixes,
 * restoring another point).
 *
 *   <dataDir>/restore-points/<workshop id>/index.json     what is kept, newest first
 *   <dataDir>/restore-points/<workshop id>/<stamp>-<n>.json  one workshop each
 *
 * Retention keeps recent points densely and older ones sparsely: every point
 * of the last hour; in the last day every point made before a step and one
 * automatic point per quarter hour; in the last 30 days one per day; then
 * one per week; and, within that, at most 50 MB per workshop (the oldest go
 * first; the newest point always stays).
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { Workshop } from '../../shared/model';
import { parseWorkshopFile, serializeWorkshop } from '../../shared/workshop-file';
import { fileTimestamp, isSafeId } from './data-paths';
import type { Disk } from './disk';

export const RESTORE_POINT_KINDS = ['auto', 'before-step', 'before-restore'] as const;
export type RestorePointKind = (typeof RESTORE_POINT_KINDS)[number];

const pointSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  kind: z.enum(RESTORE_POINT_KINDS),
  /** What the person was about to do, for points made before a step. */
  label: z.string().max(300),
  at: z.iso.datetime(),
  bytes: z.number().int().min(0),
});
export type RestorePointInfo = z.infer<typeof pointSchema>;

const indexSchema = z.object({ version: z.literal(1), points: z.array(pointSchema) });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SIZE_CAP = 50 * 1024 * 1024;

/** Which points to keep, by the rule above; `points` newest first. */
export function pointsToKeep(points: readonly RestorePointInfo[], now: Date): readonly RestorePointInfo[] {
  const taken = new Set<string>();
  const kept: RestorePointInfo[] = [];
  for (const point of points) {
    const age = now.getTime() - Date.parse(point.at);
    let slot: string | null;
    if (age < HOUR) slot = null;
    else if (age < DAY) slot = point.kind === 'auto' ? `q${Math.floor(Date.parse(point.at) / (HOUR / 4))}` : null;
    else if (age < 30 * DAY) slot = `d${Math.floor(Date.parse(point.at) / DAY)}`;
    else slot = `w${Math.floor(Date.parse(point.at) / (7 * DAY))}`;
    if (slot !== null) {
      if (taken.has(slot)) continue;
      taken.add(slot);
    }
    kept.push(point);
  }
  let total = 0;
  return kept.filter((point, i) => {
    total += point.bytes;
    return i === 0 || total <= SIZE_CAP;
  });
}

export interface RestorePoints {
  /** Points kept for a workshop, newest first. */
  list(workshopId: string): readonly RestorePointInfo[];
  /** The workshop as it was at that point; undefined when the point is gone or cannot be read. */
  read(workshopId: string, pointId: string): Workshop | undefined;
  /** Keeps a copy of the workshop now; the write happens in the background. */
  save(workshop: Workshop, kind: RestorePointKind, label: string): Promise<RestorePointInfo>;
}

export function openRestorePoints(disk: Disk, root: string, now: () => Date): RestorePoints {
  const folderOf = (workshopId: string) => join(root, workshopId);
  const indexPath = (workshopId: string) => join(folderOf(workshopId), 'index.json');
  let counter = 0;
  /** Saves of one workshop's points run one after another: each reads and rewrites its index. */
  const queues = new Map<string, Promise<unknown>>();

  function readIndex(workshopId: string): RestorePointInfo[] {
    if (!isSafeId(workshopId)) return [];
    try {
      const parsed = indexSchema.safeParse(JSON.parse(disk.readText(indexPath(workshopId))));
      return parsed.success ? parsed.data.points : [];
    } catch {
      return [];
    }
  }

  return {
    list: readIndex,

    read(workshopId, pointId) {
      const point = readIndex(workshopId).find((p) => p.id === pointId);
      if (!point) return undefined;
      try {
        const opened = parseWorkshopFile(JSON.parse(disk.readText(join(folderOf(workshopId), `${point.id}.json`))));
        return opened.ok ? { ...opened.workshop, id: workshopId } : undefined;
      } catch {
        return undefined;
      }
    },

    save(workshop, kind, label) {
      const previous = queues.get(workshop.id) ?? Promise.resolve();
      const saving = previous.catch(() => undefined).then(() => saveNow(workshop, kind, label));
      queues.set(workshop.id, saving);
      void saving.finally(() => {
        if (queues.get(workshop.id) === saving) queues.delete(workshop.id);
      }).catch(() => undefined);
      return saving;
    },
  };

  async function saveNow(workshop: Workshop, kind: RestorePointKind, label: string): Promise<RestorePointInfo> {
      const at = now();
      counter += 1;
      const data = new TextEncoder().encode(serializeWorkshop(workshop));
      const point: RestorePointInfo = { id: `${fileTimestamp(at)}-${String(counter)}`, kind, label, at: at.toISOString(), bytes: data.length };
      const folder = folderOf(workshop.id);
      disk.makeFolder(folder);
      await disk.writeAtomicallyLater(join(folder, `${point.id}.json`), data);
      const all = [point, ...readIndex(workshop.id)];
      const kept = pointsToKeep(all, at);
      await disk.writeAtomicallyLater(indexPath(workshop.id), new TextEncoder().encode(JSON.stringify({ version: 1, points: kept })));
      const keptIds = new Set(kept.map((p) => p.id));
      for (const gone of all) {
        if (keptIds.has(gone.id)) continue;
        try {
          disk.remove(join(folder, `${gone.id}.json`));
        } catch {
          // Already gone, or the disk refuses: the index no longer lists it either way.
        }
      }
      return point;
  }
}
