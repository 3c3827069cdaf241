// Restore points on their own (main/store/restore-points.ts): which points
// the retention rule keeps, with hand-made times — every point of the last
// hour; within a day every point made before a step and one automatic point
// per quarter hour; within 30 days one a day; then one a week; at most 50 MB,
// the newest always — and that a kept point reads back as the workshop it
// copied, while a dropped one is gone from the folder too.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDisk, TEMP_MARK } from '../../../main/store/disk';
import { openRestorePoints, pointsToKeep, type RestorePointInfo, type RestorePointKind } from '../../../main/store/restore-points';
import { blankWorkshop, openStore, tempDataDir } from '../support/temp-data';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MB = 1024 * 1024;

let made = 0;
/** A point `ago` ms before NOW; ids say when, so a failing list reads well. */
function point(ago: number, kind: RestorePointKind = 'auto', bytes = 1000): RestorePointInfo {
  made += 1;
  const at = new Date(NOW.getTime() - ago).toISOString();
  return { id: `${kind}-${at.replace(/[:.]/g, '-')}-${String(made)}`, kind, label: kind === 'auto' ? '' : 'Before a step', at, bytes };
}

/** What is kept of `points` (given in any order; the rule takes them newest first), as their times. */
function kept(points: readonly RestorePointInfo[]): string[] {
  const newestFirst = [...points].sort((a, b) => b.at.localeCompare(a.at));
  return pointsToKeep(newestFirst, NOW).map((p) => p.at);
}

const at = (p: RestorePointInfo) => p.at;

describe('pointsToKeep', () => {
  it('keeps every point of the last hour, whatever its kind', () => {
    const points = [0, 1, 2, 3, 4, 5, 30, 59].map((m) => point(m * MINUTE));
    expect(kept(points)).toEqual(points.map(at));
  });

  it('within the day keeps every point made before a step and the newest automatic point of each quarter hour', () => {
    // 09:00–09:15 UTC (3 h ago): three automatic points and two before a step; 09:15–09:30: one automatic.
    const autoA = point(3 * HOUR - 1 * MINUTE); // 09:01
    const autoB = point(3 * HOUR - 7 * MINUTE); // 09:07
    const autoC = point(3 * HOUR - 14 * MINUTE); // 09:14 — the quarter's newest
    const stepA = point(3 * HOUR - 2 * MINUTE, 'before-step'); // 09:02
    const stepB = point(3 * HOUR - 8 * MINUTE, 'before-restore'); // 09:08
    const autoD = point(3 * HOUR - 16 * MINUTE); // 09:16 — the next quarter
    expect(kept([autoA, autoB, autoC, stepA, stepB, autoD])).toEqual([autoD, autoC, stepB, stepA].map(at));
  });

  it('within 30 days keeps one point a day (the newest), of any kind', () => {
    // Two days ago, 2026-11-21: points at 08:00, 13:00 (a step) and 20:00 UTC; five days ago one point.
    const dayStart = Date.parse('2026-11-21T00:00:00.000Z');
    const ago = (iso: string) => NOW.getTime() - Date.parse(iso);
    const morning = point(ago('2026-11-21T08:00:00.000Z'));
    const noonStep = point(ago('2026-11-21T13:00:00.000Z'), 'before-step');
    const evening = point(ago('2026-11-21T20:00:00.000Z'));
    const older = point(5 * DAY);
    expect(dayStart).toBeLessThan(Date.parse(morning.at));
    expect(kept([morning, noonStep, evening, older])).toEqual([evening, older].map(at));
  });

  it('after 30 days keeps one point a week', () => {
    const week = 7 * DAY;
    // Weeks are counted from the epoch; 2026-10-08 (Thursday) starts one.
    const weekStart = Date.parse('2026-10-08T00:00:00.000Z');
    expect(weekStart % week).toBe(0);
    const ago = (ms: number) => NOW.getTime() - ms;
    const inWeek = [1, 3, 6].map((d) => point(ago(weekStart + d * DAY)));
    const nextWeek = point(ago(weekStart + week + DAY));
    const weekBefore = point(ago(weekStart - DAY), 'before-step');
    expect(kept([...inWeek, nextWeek, weekBefore])).toEqual([nextWeek, inWeek[2] as RestorePointInfo, weekBefore].map(at));
  });

  it('keeps at most 50 MB, dropping the oldest first, and always the newest', () => {
    const points = [0, 1, 2, 3].map((m) => point(m * MINUTE, 'auto', 20 * MB));
    expect(kept(points)).toEqual(points.slice(0, 2).map(at));
    const huge = point(0, 'before-step', 80 * MB);
    expect(kept([huge, point(MINUTE, 'auto', MB)])).toEqual([huge.at]);
    expect(kept([point(0, 'auto', 30 * MB), point(MINUTE, 'auto', 20 * MB), point(2 * MINUTE, 'auto', 1)]).length).toBe(2);
  });

  it('applies the tiers together over a month of work', () => {
    const points = [
      point(10 * MINUTE), // last hour
      point(2 * HOUR + 1 * MINUTE), // same quarter as the next: one kept
      point(2 * HOUR + 5 * MINUTE),
      point(2 * HOUR + 3 * MINUTE, 'before-step'), // kept: made before a step
      point(3 * DAY + HOUR),
      point(3 * DAY + 2 * HOUR),
      point(40 * DAY),
    ];
    const result = kept(points);
    expect(result).toEqual([points[0], points[1], points[3], points[4], points[6]].map((p) => (p as RestorePointInfo).at));
  });
});

describe('restore points on disk', () => {
  it('saves, lists newest first and reads back exactly the workshop copied', async () => {
    const root = join(tempDataDir(), 'restore-points');
    let clock = new Date('2026-11-23T09:00:00.000Z');
    const points = openRestorePoints(nodeDisk, root, () => clock);
    const first = blankWorkshop('Kick-off');
    const second = { ...first, title: 'Kick-off, later', organisation: 'Brightline' };

    const a = await points.save(first, 'auto', '');
    clock = new Date('2026-11-23T09:03:00.000Z');
    const b = await points.save(second, 'before-step', 'Before removing the stage “Buy” and its 2 cards');

    expect(points.list(first.id)).toEqual([b, a]);
    expect(b).toMatchObject({ kind: 'before-step', label: 'Before removing the stage “Buy” and its 2 cards', at: '2026-11-23T09:03:00.000Z' });
    expect(points.read(first.id, a.id)).toEqual(first);
    expect(points.read(first.id, b.id)).toEqual(second);
    expect(b.bytes).toBe(Buffer.byteLength(JSON.stringify(second)));
    // Another store on the same folder (a restart) sees the same.
    expect(openRestorePoints(nodeDisk, root, () => clock).list(first.id)).toEqual([b, a]);

    expect(points.read(first.id, 'no-such-point')).toBeUndefined();
    expect(points.list('../escape')).toEqual([]);
    writeFileSync(join(root, first.id, `${a.id}.json`), '{ not a workshop');
    expect(points.read(first.id, a.id)).toBeUndefined();
  });

  it('saves one after another when asked at once, so none is lost from the list', async () => {
    const root = join(tempDataDir(), 'restore-points');
    let minute = 0;
    const points = openRestorePoints(nodeDisk, root, () => new Date(Date.UTC(2026, 10, 23, 9, (minute += 1))));
    const workshop = blankWorkshop('Busy');
    const saved = await Promise.all([1, 2, 3, 4].map((n) => points.save({ ...workshop, title: `Busy ${String(n)}` }, 'auto', '')));
    expect(points.list(workshop.id).map((p) => p.id)).toEqual(saved.map((p) => p.id).reverse());
    expect(points.list(workshop.id).map((p) => points.read(workshop.id, p.id)?.title)).toEqual(['Busy 4', 'Busy 3', 'Busy 2', 'Busy 1']);
  });

  it('removes the files of points the rule no longer keeps', async () => {
    const root = join(tempDataDir(), 'restore-points');
    let clock = new Date('2026-11-23T09:01:00.000Z');
    const points = openRestorePoints(nodeDisk, root, () => clock);
    const workshop = blankWorkshop('Pruned');
    for (const time of ['09:01', '09:05', '09:10']) {
      clock = new Date(`2026-11-23T${time}:00.000Z`);
      await points.save({ ...workshop, title: `At ${time}` }, 'auto', '');
    }
    expect(points.list(workshop.id)).toHaveLength(3);
    clock = new Date('2026-11-23T11:30:00.000Z');
    await points.save({ ...workshop, title: 'At 11:30' }, 'auto', '');

    // 09:01–09:10 are now two hours old and share a quarter hour: only 09:10 stays.
    const list = points.list(workshop.id);
    expect(list.map((p) => points.read(workshop.id, p.id)?.title)).toEqual(['At 11:30', 'At 09:10']);
    expect(readdirSync(join(root, workshop.id)).sort()).toEqual(['index.json', ...list.map((p) => `${p.id}.json`)].sort());
  });
});

describe('temp files a crash left', () => {
  // A restore point is written in the background (a temp file, then a rename), so a crash or kill
  // during it leaves `<point>.json.tmp-…` in restore-points/<id>/: a whole copy of the workshop
  // that the 50 MB cap does not count, so the next start removes it.
  it('are removed from the restore-point folders too when the store opens', () => {
    const dataDir = tempDataDir();
    const folder = join(dataDir, 'restore-points', 'w1');
    mkdirSync(folder, { recursive: true });
    const leftover = `2026-11-23T09-00-00-000Z-1.json${TEMP_MARK}4242-7`;
    writeFileSync(join(folder, leftover), JSON.stringify(blankWorkshop('Half-written copy')));
    writeFileSync(join(dataDir, `index.json${TEMP_MARK}4242-8`), '{');
    openStore(dataDir);
    expect(readdirSync(dataDir)).not.toContain(`index.json${TEMP_MARK}4242-8`);
    expect(readdirSync(folder)).toEqual([]);
  });
});
