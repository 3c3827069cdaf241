// The workshop library on a real temp folder: what is saved comes back, the
// index survives being lost, deletion keeps a copy, and backups are kept.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { WorkshopStoreError } from '../../../main/store/store-errors';
import { blankWorkshop, openStore, tempDataDir, workshopFile } from '../support/temp-data';

describe('workshop store', () => {
  it('gives back exactly what was saved, also to a store opened afresh', () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('Onboarding journey');
    openStore(dataDir).save(workshop);

    const reopened = openStore(dataDir);
    expect(reopened.exists(workshop.id)).toBe(true);
    expect(reopened.load(workshop.id)).toEqual(workshop);
    const parsed = parseWorkshopFile(JSON.parse(readFileSync(workshopFile(dataDir, workshop.id), 'utf8')));
    expect(parsed.ok).toBe(true);
  });

  it('writes compact JSON, one file per workshop', () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('Compact');
    openStore(dataDir).save(workshop);
    const text = readFileSync(workshopFile(dataDir, workshop.id), 'utf8');
    expect(text).toBe(JSON.stringify(workshop));
    expect(readdirSync(join(dataDir, 'workshops'))).toEqual([`${workshop.id}.json`]);
  });

  it('lists summaries, most recently changed first', () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const older = { ...blankWorkshop('Older'), updatedAt: '2026-01-01T10:00:00.000Z' };
    const newer = { ...blankWorkshop('Newer'), updatedAt: '2026-06-01T10:00:00.000Z' };
    store.save(older);
    store.save(newer);

    const listing = store.list();
    expect(listing.problems).toEqual([]);
    expect(listing.workshops.map((w) => w.title)).toEqual(['Newer', 'Older']);
    expect(listing.workshops[0]).toEqual({
      id: newer.id,
      title: 'Newer',
      organisation: '',
      phase: 'frame',
      updatedAt: '2026-06-01T10:00:00.000Z',
      teamCount: 1,
      touchpointCount: 0,
    });
    expect(existsSync(join(dataDir, 'index.json'))).toBe(true);
  });

  it('rebuilds the index from the workshop files when it is missing or damaged', () => {
    const dataDir = tempDataDir();
    const first = blankWorkshop('First');
    const second = blankWorkshop('Second');
    const store = openStore(dataDir);
    store.save(first);
    store.save(second);
    store.list();

    rmSync(join(dataDir, 'index.json'));
    expect(openStore(dataDir).list().workshops.map((w) => w.id).sort()).toEqual([first.id, second.id].sort());

    writeFileSync(join(dataDir, 'index.json'), '{"version": 1, "entries": ');
    const listing = openStore(dataDir).list();
    expect(listing.workshops.map((w) => w.id).sort()).toEqual([first.id, second.id].sort());
    expect(listing.problems).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('notices a workshop file changed or added behind its back', () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('Before');
    const store = openStore(dataDir);
    store.save(workshop);
    expect(store.list().workshops.map((w) => w.title)).toEqual(['Before']);

    const added = blankWorkshop('Copied in by hand');
    writeFileSync(workshopFile(dataDir, added.id), JSON.stringify(added));
    writeFileSync(workshopFile(dataDir, workshop.id), JSON.stringify({ ...workshop, title: 'After, longer title' }));

    expect(store.list().workshops.map((w) => w.title).sort()).toEqual(['After, longer title', 'Copied in by hand']);
  });

  it('moves a removed workshop to the trash folder instead of deleting it', () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('To remove');
    store.save(workshop);
    const bytes = readFileSync(workshopFile(dataDir, workshop.id));

    store.remove(workshop.id);

    expect(store.exists(workshop.id)).toBe(false);
    expect(store.list().workshops).toEqual([]);
    const trashed = readdirSync(join(dataDir, 'trash'));
    expect(trashed).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'trash', trashed[0] ?? ''))).toEqual(bytes);
    expect(() => store.load(workshop.id)).toThrow(WorkshopStoreError);
  });

  it('refuses ids that are not plain file names without touching the disk', () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    for (const id of ['../index', '..', 'a/b', 'C:\\x', '.hidden', '']) {
      expect(store.exists(id)).toBe(false);
      expect(() => store.load(id)).toThrow(/no longer exists/);
      expect(() => store.remove(id)).toThrow(/no longer exists/);
    }
    expect(existsSync(join(dataDir, 'index.json'))).toBe(false);
  });

  it('keeps the previous version as <id>.json.bak, refreshed at most once a minute', () => {
    const dataDir = tempDataDir();
    let clock = Date.parse('2026-11-23T09:00:00.000Z');
    const store = openStore(dataDir, () => new Date(clock));
    const v1 = blankWorkshop('Version 1');
    const bak = `${workshopFile(dataDir, v1.id)}.bak`;

    store.save(v1);
    expect(existsSync(bak)).toBe(false);

    clock += 1000;
    store.save({ ...v1, title: 'Version 2' });
    expect(existsSync(bak)).toBe(false); // the first save's minute is not over

    clock += 60_000;
    store.save({ ...v1, title: 'Version 3' });
    expect(JSON.parse(readFileSync(bak, 'utf8'))).toMatchObject({ title: 'Version 2' });

    clock += 1000;
    store.save({ ...v1, title: 'Version 4' });
    expect(JSON.parse(readFileSync(bak, 'utf8'))).toMatchObject({ title: 'Version 2' });
    expect(store.load(v1.id).title).toBe('Version 4');
  });
});
