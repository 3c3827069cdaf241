// The library through the host: create from a template, duplicate, rename,
// delete (into the trash) — each saved and announced.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACILITATOR } from '../../../shared/seat';
import { describe, expect, it } from 'vitest';
import { NAME_MAX } from '../../../shared/model';
import { HostRefusal } from '../../../main/host/host-errors';
import { copyTitle, WorkshopHost, type HostEvent } from '../../../main/host/workshop-host';
import { WorkshopStoreError } from '../../../main/store/store-errors';
import { hostWithWorkshop, openStore, tempDataDir, workshopFile } from '../support/temp-data';

function freshHost() {
  const dataDir = tempDataDir();
  const host = new WorkshopHost({ store: openStore(dataDir) });
  const events: HostEvent[] = [];
  host.subscribe((event) => events.push(event));
  return { host, dataDir, events };
}

describe('workshop library', () => {
  it('creates a blank workshop and a sample one, each saved and listed', async () => {
    const { host, dataDir, events } = freshHost();
    const blank = await host.createWorkshop({ title: '  Renewals  ', template: 'blank' });
    const sample = await host.createWorkshop({ title: 'Try it out', template: 'sample' });

    expect(blank).toMatchObject({ title: 'Renewals', touchpointCount: 0, teamCount: 1, phase: 'frame' });
    expect(sample.title).toBe('Try it out');
    expect(sample.touchpointCount).toBeGreaterThan(0);
    expect(existsSync(workshopFile(dataDir, blank.id))).toBe(true);
    expect(openStore(dataDir).load(sample.id).workshop.title).toBe('Try it out');
    expect(host.listWorkshops().workshops.map((w) => w.id).sort()).toEqual([blank.id, sample.id].sort());
    expect(events.filter((e) => e.name === 'library/changed')).toHaveLength(2);
  });

  it('refuses an empty name and creates nothing', async () => {
    const { host, dataDir } = freshHost();
    await expect(host.createWorkshop({ title: '   ', template: 'blank' })).rejects.toThrow(HostRefusal);
    await expect(host.createWorkshop({ title: '   ', template: 'blank' })).rejects.toThrow('A name cannot be empty.');
    expect(readdirSync(join(dataDir, 'workshops'))).toEqual([]);
  });

  it('duplicates under a new id with "(copy)" and leaves the original untouched', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop('Quarterly review');
    const before = readFileSync(workshopFile(dataDir, workshop.id));

    const copy = await host.duplicateWorkshop(workshop.id);

    expect(copy.id).not.toBe(workshop.id);
    expect(copy.title).toBe('Quarterly review (copy)');
    const saved = openStore(dataDir).load(copy.id).workshop;
    expect(saved.stages).toEqual(workshop.stages);
    expect(saved.id).toBe(copy.id);
    expect(readFileSync(workshopFile(dataDir, workshop.id))).toEqual(before);
  });

  it('keeps the copy\'s title within the name limit', () => {
    const long = 'x'.repeat(NAME_MAX);
    expect(copyTitle(long)).toHaveLength(NAME_MAX);
    expect(copyTitle(long).endsWith(' (copy)')).toBe(true);
  });

  it('renames: saved, shown to those who have it open, and not an undo step', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop('Old name');
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));

    const renamed = await host.renameWorkshop(workshop.id, 'New name');

    expect(renamed.title).toBe('New name');
    expect(openStore(dataDir).load(workshop.id).workshop.title).toBe('New name');
    expect(events.map((e) => e.name)).toEqual(['workshop/changes', 'library/changed']);
    expect(host.historyFlags(workshop.id, FACILITATOR).canUndo).toBe(false);
    await expect(host.renameWorkshop(workshop.id, '')).rejects.toThrow(HostRefusal);
  });

  it('deletes by moving the file to the trash; the workshop can no longer be opened', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop('Going away');
    host.openWorkshop(workshop.id);
    const bytes = readFileSync(workshopFile(dataDir, workshop.id));

    host.deleteWorkshop(workshop.id);

    expect(host.listWorkshops().workshops).toEqual([]);
    const trashed = readdirSync(join(dataDir, 'trash')).filter((name) => name.endsWith('.json'));
    expect(readFileSync(join(dataDir, 'trash', trashed[0] ?? ''))).toEqual(bytes);
    expect(() => host.openWorkshop(workshop.id)).toThrow(WorkshopStoreError);
    expect(() => host.deleteWorkshop(workshop.id)).toThrow(/no longer exists/);
  });
});
