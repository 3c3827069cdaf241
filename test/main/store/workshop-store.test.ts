// The workshop library on a real temp folder: what is saved comes back, the
// index survives being lost, deletion keeps a copy, files are the owner's only.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { WorkshopStoreError } from '../../../main/store/store-errors';
import { FACILITATOR } from '../../../shared/seat';
import { blankWorkshop, hostOn, openStore, tempDataDir, workshopFile } from '../support/temp-data';

describe('workshop store', () => {
  it('gives back exactly what was saved, also to a store opened afresh', async () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('Onboarding journey');
    await openStore(dataDir).create(workshop);

    const reopened = openStore(dataDir);
    expect(reopened.exists(workshop.id)).toBe(true);
    expect(reopened.load(workshop.id).workshop).toEqual(workshop);
    const parsed = parseWorkshopFile(JSON.parse(readFileSync(workshopFile(dataDir, workshop.id), 'utf8')));
    expect(parsed.ok).toBe(true);
  });

  it('writes compact JSON and an empty journal per workshop, readable by their owner only', async () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('Compact');
    await openStore(dataDir).create(workshop);
    const text = readFileSync(workshopFile(dataDir, workshop.id), 'utf8');
    expect(text).toBe(JSON.stringify(workshop));
    expect(readdirSync(join(dataDir, 'workshops')).sort()).toEqual([`${workshop.id}.journal`, `${workshop.id}.json`]);
    expect(readFileSync(join(dataDir, 'workshops', `${workshop.id}.journal`), 'utf8')).toBe('{"journal":1,"after":0,"history":{},"mutations":{}}\n');
    if (process.platform !== 'win32') {
      expect(statSync(workshopFile(dataDir, workshop.id)).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'workshops')).mode & 0o777).toBe(0o700);
    }
  });

  it('lists summaries, most recently changed first', async () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const older = { ...blankWorkshop('Older'), updatedAt: '2026-01-01T10:00:00.000Z' };
    const newer = { ...blankWorkshop('Newer'), updatedAt: '2026-06-01T10:00:00.000Z' };
    await store.create(older);
    await store.create(newer);

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
      locale: 'en-GB',
    });
    // The index is written in the background, and always before the store is closed.
    await store.close();
    expect(existsSync(join(dataDir, 'index.json'))).toBe(true);
  });

  it('rebuilds the index from the workshop files when it is missing or damaged', async () => {
    const dataDir = tempDataDir();
    const first = blankWorkshop('First');
    const second = blankWorkshop('Second');
    const store = openStore(dataDir);
    await store.create(first);
    await store.create(second);
    store.list();
    await store.close();

    rmSync(join(dataDir, 'index.json'));
    const afterLoss = openStore(dataDir);
    expect(afterLoss.list().workshops.map((w) => w.id).sort()).toEqual([first.id, second.id].sort());
    await afterLoss.close();

    writeFileSync(join(dataDir, 'index.json'), '{"version": 1, "entries": ');
    const afterDamage = openStore(dataDir);
    const listing = afterDamage.list();
    expect(listing.workshops.map((w) => w.id).sort()).toEqual([first.id, second.id].sort());
    expect(listing.problems).toEqual([]);
    await afterDamage.close();
    expect(JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8'))).toMatchObject({ version: 3 });
  });

  it('notices a workshop file changed or added behind its back', async () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('Before');
    const store = openStore(dataDir);
    await store.create(workshop);
    expect(store.list().workshops.map((w) => w.title)).toEqual(['Before']);

    const added = blankWorkshop('Copied in by hand');
    writeFileSync(workshopFile(dataDir, added.id), JSON.stringify(added));
    writeFileSync(workshopFile(dataDir, workshop.id), JSON.stringify({ ...workshop, title: 'After, longer title' }));
    rmSync(join(dataDir, 'workshops', `${workshop.id}.journal`));

    expect(store.list().workshops.map((w) => w.title).sort()).toEqual(['After, longer title', 'Copied in by hand']);
  });

  it('moves a removed workshop to the trash folder instead of deleting it', async () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('To remove');
    await store.create(workshop);
    const bytes = readFileSync(workshopFile(dataDir, workshop.id));

    store.remove(workshop.id);

    expect(store.exists(workshop.id)).toBe(false);
    expect(store.list().workshops).toEqual([]);
    const trashed = readdirSync(join(dataDir, 'trash'));
    expect(trashed).toHaveLength(2);
    expect(readFileSync(join(dataDir, 'trash', trashed.find((name) => name.endsWith('.json')) ?? ''))).toEqual(bytes);
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
});

describe('a workshop saved before journals existed', () => {
  it('gets a journal with its first change, and every change after is there when it is opened again', async () => {
    const dataDir = tempDataDir();
    const workshop = blankWorkshop('From last year');
    mkdirSync(join(dataDir, 'workshops'), { recursive: true });
    writeFileSync(workshopFile(dataDir, workshop.id), JSON.stringify(workshop));

    const host = hostOn(openStore(dataDir));
    expect((await host.dispatch(workshop.id, { type: 'team/add', name: 'Team 2' }, { seat: FACILITATOR })).ok).toBe(true);
    expect((await host.dispatch(workshop.id, { type: 'team/add', name: 'Team 3' }, { seat: FACILITATOR })).ok).toBe(true);

    const reopened = openStore(dataDir).load(workshop.id);
    expect(reopened.workshop.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2', 'Team 3']);
    expect(reopened.seq).toBe(2);
    expect(openStore(dataDir).list().problems).toEqual([]);
  });
});
