// The writes that run off the main thread — the journal swapped in after a
// snapshot rewrite, a new workshop's first files, the library index — through
// the real store and host on real files, with a disk that holds a write until
// the test lets it go. A change made while the new journal is written is
// acknowledged only once that journal holds it (refused if it cannot be put
// in place); a copy of the folder taken at each step of a rewrite, as a crash
// would leave it, opens with every acknowledged change; a workshop on its way
// is neither listed nor opened, and two imports of one file at once import it
// once; index writes never overlap and the newest lands last; and closing
// (quitting) waits for every write on its way.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { FACILITATOR } from '../../../shared/seat';
import { serializeWorkshop } from '../../../shared/workshop-file';
import type { DispatchOutcome, HostEvent, WorkshopHost } from '../../../main/host/workshop-host';
import { nodeDisk, TEMP_MARK, type Disk } from '../../../main/store/disk';
import { parseJournal } from '../../../main/store/journal';
import { createWorkshopStore, type WorkshopStore } from '../../../main/store/workshop-store';
import { blankWorkshop, hostOn, journalFile, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const NEVER = Number.MAX_SAFE_INTEGER;
const WAIT_MS = 5000;

interface Held {
  /** Resolves once the write has reached the disk layer (and waits there, the file untouched). */
  readonly reached: Promise<void>;
  release(): void;
  /** Lets it go as a failure with this errno: nothing of it is written. */
  fail(code: string): void;
}

/**
 * The real disk, whose next background write of a file the test picks waits
 * before it starts, and which notes every background write as it begins and
 * ends (`steps`), with how many writes of one file ran at once at most.
 */
function gatedDisk(): Disk & {
  hold(onFile: (path: string) => boolean): Held;
  readonly steps: { readonly path: string; readonly phase: 'start' | 'end' }[];
  readonly mostAtOnce: Map<string, number>;
  onStep?: (path: string, phase: 'start' | 'end') => void;
} {
  const gates: { onFile: (path: string) => boolean; opened: Promise<string | null>; reached: () => void }[] = [];
  const running = new Map<string, number>();
  const disk = {
    ...nodeDisk,
    steps: [] as { path: string; phase: 'start' | 'end' }[],
    mostAtOnce: new Map<string, number>(),
    onStep: undefined as ((path: string, phase: 'start' | 'end') => void) | undefined,
    hold(onFile: (path: string) => boolean): Held {
      let reached!: () => void;
      let open!: (code: string | null) => void;
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      gates.push({ onFile, reached, opened: new Promise((resolve) => (open = resolve)) });
      return { reached: reachedPromise, release: () => open(null), fail: (code) => open(code) };
    },
    async writeAtomicallyLater(path: string, data: Uint8Array): Promise<void> {
      const at = running.get(path) ?? 0;
      running.set(path, at + 1);
      disk.mostAtOnce.set(path, Math.max(disk.mostAtOnce.get(path) ?? 0, at + 1));
      try {
        disk.steps.push({ path, phase: 'start' });
        disk.onStep?.(path, 'start');
        const gate = gates.findIndex((g) => g.onFile(path));
        const found = gates[gate];
        if (found) {
          gates.splice(gate, 1);
          found.reached();
          const code = await found.opened;
          if (code) throw Object.assign(new Error(`${code}: injected fault`), { code });
        }
        await nodeDisk.writeAtomicallyLater(path, data);
        disk.steps.push({ path, phase: 'end' });
        disk.onStep?.(path, 'end');
      } finally {
        running.set(path, (running.get(path) ?? 1) - 1);
      }
    },
  };
  return disk;
}

async function eventually(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}.`);
    await new Promise((wake) => setTimeout(wake, 5));
  }
}

/** Whether the promise has settled by the time the event loop has gone round a few times. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < 20; turn += 1) await new Promise((wake) => setTimeout(wake, 1));
  return settled;
}

function send(host: WorkshopHost, workshopId: string, command: ClientCommand): Promise<DispatchOutcome> {
  return host.dispatch(workshopId, command, { seat: FACILITATOR });
}

async function mustSend(host: WorkshopHost, workshopId: string, command: ClientCommand): Promise<Workshop> {
  const outcome = await send(host, workshopId, command);
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return outcome.update.after;
}

/** The workshop a store opened afresh on `dataDir` reads, with the number of its last change. */
function readBack(dataDir: string, workshopId: string): { teams: string[]; seq: number } {
  const stored = openStore(dataDir).load(workshopId);
  return { teams: stored.workshop.teams.map((t) => t.name), seq: stored.seq };
}

function tempFiles(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes(TEMP_MARK));
}

interface Setup {
  readonly dataDir: string;
  readonly disk: ReturnType<typeof gatedDisk>;
  readonly store: WorkshopStore;
  readonly host: WorkshopHost;
  readonly workshop: Workshop;
  readonly reports: string[];
  readonly told: () => number[];
}

async function setUp(snapshotEvery = NEVER, indexDelayMs = 60_000): Promise<Setup> {
  const dataDir = tempDataDir();
  const disk = gatedDisk();
  const reports: string[] = [];
  const store = createWorkshopStore({ dataDir, disk, indexDelayMs, report: (message) => reports.push(message) });
  const workshop = blankWorkshop('Off the thread');
  await store.create(workshop);
  const host = hostOn(store, { snapshotEvery, autoPointEveryMs: NEVER, idleSnapshotMs: 60 * 60_000 });
  const events: HostEvent[] = [];
  host.subscribe((event) => events.push(event));
  const told = () => events.flatMap((e) => (e.name === 'workshop/changes' ? [e.data.seq] : []));
  return { dataDir, disk, store, host, workshop, reports, told };
}

const isJournal = (path: string) => path.endsWith('.journal');

describe('the journal swapped in after a snapshot rewrite', () => {
  it('holds a change made while the new journal is written, and acknowledges it once the new journal has it on disk', async () => {
    const { dataDir, disk, host, workshop, told } = await setUp(2);
    await mustSend(host, workshop.id, { type: 'team/add', name: 'North' });
    const held = disk.hold(isJournal);
    await mustSend(host, workshop.id, { type: 'team/add', name: 'South' }); // starts the rewrite
    await held.reached;

    const during = send(host, workshop.id, { type: 'team/add', name: 'East' });
    expect(await settledSoon(during)).toBe(false);
    expect(told()).toEqual([1, 2]);
    // Neither journal on disk has it yet: the old one is still in place, and the change is not told.
    expect(readFileSync(journalFile(dataDir, workshop.id), 'utf8')).not.toContain('East');

    held.release();
    const outcome = await during;
    expect(outcome).toMatchObject({ ok: true, update: { seq: 3 } });
    const journal = parseJournal(readFileSync(journalFile(dataDir, workshop.id), 'utf8'));
    expect(journal?.header.after).toBe(2);
    expect(journal?.entries.map((e) => e.seq)).toEqual([3]);
    expect(readBack(dataDir, workshop.id)).toEqual({ teams: ['Team 1', 'North', 'South', 'East'], seq: 3 });
    expect(told()).toEqual([1, 2, 3]);
  });

  it('refuses the changes it held when the new journal cannot be put in place, keeps nothing of them, and keeps the next', async () => {
    const { dataDir, disk, host, workshop, reports, told } = await setUp(2);
    await mustSend(host, workshop.id, { type: 'team/add', name: 'North' });
    const held = disk.hold(isJournal);
    await mustSend(host, workshop.id, { type: 'team/add', name: 'South' });
    await held.reached;

    const during = [send(host, workshop.id, { type: 'team/add', name: 'East' }), send(host, workshop.id, { type: 'stage/add', name: 'Aftercare' })];
    held.fail('ENOSPC');
    for (const outcome of await Promise.all(during)) {
      expect(outcome).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/^The disk is full: free some space, then press Retry\./) } });
    }
    expect(reports).toEqual(["The workshop 'Off the thread' could not be rewritten in one file; its changes stay in its journal."]);
    expect(told()).toEqual([1, 2]);
    expect(readBack(dataDir, workshop.id)).toEqual({ teams: ['Team 1', 'North', 'South'], seq: 2 });
    expect(host.openWorkshop(workshop.id)).toMatchObject({ seq: 2 });

    const next = await mustSend(host, workshop.id, { type: 'team/add', name: 'East' });
    expect(next.teams.map((t) => t.name)).toEqual(['Team 1', 'North', 'South', 'East']);
    expect(readBack(dataDir, workshop.id)).toEqual({ teams: ['Team 1', 'North', 'South', 'East'], seq: 3 });
    // That change brings the rewrite owed; closing waits for it, and it leaves nothing half-written.
    await host.close();
    expect(parseJournal(readFileSync(journalFile(dataDir, workshop.id), 'utf8'))?.header.after).toBe(3);
    expect(tempFiles(dataDir)).toEqual([]);
  });

  it('leaves, at each step of a rewrite, a folder that opens with every change acknowledged by then', async () => {
    const { dataDir, disk, host, workshop, told } = await setUp(3);
    const copies: { readonly folder: string; readonly acknowledged: number; readonly step: string }[] = [];
    const copyRoot = tempDataDir();
    // What a crash would leave: the folder as it is, without the temp files a restart cleans away.
    disk.onStep = (path, phase) => {
      if (!path.startsWith(join(dataDir, 'workshops'))) return;
      const folder = join(copyRoot, String(copies.length));
      cpSync(dataDir, folder, { recursive: true, filter: (from) => !from.includes(TEMP_MARK) });
      copies.push({ folder, acknowledged: Math.max(0, ...told()), step: `${phase} of ${path.slice(dataDir.length)}` });
    };
    for (const name of ['North', 'South']) await mustSend(host, workshop.id, { type: 'team/add', name });
    const held = disk.hold(isJournal);
    await mustSend(host, workshop.id, { type: 'team/add', name: 'East' }); // starts the rewrite
    await held.reached;
    // Two changes arrive while the new journal is on its way, and two more once it is in place.
    const during = [send(host, workshop.id, { type: 'team/add', name: 'West' }), send(host, workshop.id, { type: 'stage/add', name: 'Aftercare' })];
    held.release();
    for (const outcome of await Promise.all(during)) expect(outcome.ok).toBe(true);
    for (const name of ['Central', 'Coast']) await mustSend(host, workshop.id, { type: 'team/add', name });
    // The second rewrite comes with change 6; its last step is the end of its journal's write.
    await eventually('the second rewrite', () => copies.length === 8);
    expect(parseJournal(readFileSync(journalFile(dataDir, workshop.id), 'utf8'))?.header.after).toBe(6);

    const names = ['North', 'South', 'East', 'West', 'Aftercare', 'Central', 'Coast'];
    expect(copies.map((c) => c.step)).toEqual(
      [1, 2].flatMap(() => [`/workshops/${workshop.id}.json`, `/workshops/${workshop.id}.journal`]).flatMap((file) => [`start of ${file}`, `end of ${file}`]),
    );
    for (const copy of copies) {
      const store = openStore(copy.folder);
      const stored = store.load(workshop.id);
      expect([copy.step, stored.seq >= copy.acknowledged]).toEqual([copy.step, true]);
      const kept = [...stored.workshop.teams.map((t) => t.name), ...stored.workshop.stages.map((s) => s.name)];
      expect([copy.step, names.slice(0, copy.acknowledged).every((name) => kept.includes(name))]).toEqual([copy.step, true]);
      expect(store.list().problems).toEqual([]);
    }
  });

  it('lets the library list a rename made while the snapshot was being rewritten, not the name it had before', async () => {
    const { dataDir, disk, store, host, workshop } = await setUp(1);
    const held = disk.hold((path) => path === workshopFile(dataDir, workshop.id));
    await mustSend(host, workshop.id, { type: 'team/add', name: 'North' }); // starts the rewrite
    await held.reached;
    await host.renameWorkshop(workshop.id, 'Renamed meanwhile');
    held.release();
    await eventually('the rewrite', () => parseJournal(readFileSync(journalFile(dataDir, workshop.id), 'utf8'))?.header.after === 1);
    await store.close();
    expect(store.list().workshops.map((w) => w.title)).toEqual(['Renamed meanwhile']);
    expect(openStore(dataDir).list().workshops.map((w) => w.title)).toEqual(['Renamed meanwhile']);
  });
});

describe('a new workshop’s first files', () => {
  it('are on the disk when it is answered; until then it is neither listed nor opened', async () => {
    const { dataDir, disk, host } = await setUp();
    const held = disk.hold(isJournal);
    const creating = host.createWorkshop({ title: 'On its way', template: 'blank' });
    await held.reached;
    expect(await settledSoon(creating)).toBe(false);
    const id = readdirSync(join(dataDir, 'workshops')).find((name) => name.endsWith('.json') && readFileSync(join(dataDir, 'workshops', name), 'utf8').includes('On its way'));
    if (id === undefined) throw new Error('The snapshot should be written before the journal.');
    const workshopId = id.replace(/\.json$/, '');
    expect(host.listWorkshops().workshops.map((w) => w.title)).toEqual(['Off the thread']);
    expect(() => host.openWorkshop(workshopId)).toThrow(/no longer exists/);

    held.release();
    const summary = await creating;
    expect(summary.id).toBe(workshopId);
    expect(existsSync(journalFile(dataDir, workshopId))).toBe(true);
    expect(host.listWorkshops().workshops.map((w) => w.title).sort()).toEqual(['Off the thread', 'On its way']);
    expect(openStore(dataDir).load(workshopId).workshop.title).toBe('On its way');
  });

  it('imports one file sent twice at once only once: the second hears it is there already', async () => {
    const { host } = await setUp();
    const file = blankWorkshop('Sent twice');
    const text = serializeWorkshop(file);
    const [first, second] = await Promise.all([
      host.importWorkshop({ fileName: 'a.json', text, ifExists: 'ask' }),
      host.importWorkshop({ fileName: 'a.json', text, ifExists: 'ask' }),
    ]);
    expect(first).toMatchObject({ kind: 'imported', workshop: { id: file.id } });
    expect(second).toMatchObject({ kind: 'exists', workshop: { id: file.id } });
    expect(host.listWorkshops().workshops.filter((w) => w.title === 'Sent twice')).toHaveLength(1);
  });
});

describe('the library index', () => {
  it('is written one write at a time, the newest last', async () => {
    const { dataDir, disk, store, host } = await setUp(NEVER, 1);
    const indexPath = join(dataDir, 'index.json');
    const held = disk.hold((path) => path === indexPath);
    await host.createWorkshop({ title: 'Second', template: 'blank' });
    await held.reached;
    // While the first write waits, more changes come; each would write the index again.
    await host.createWorkshop({ title: 'Third', template: 'blank' });
    await new Promise((wake) => setTimeout(wake, 20));
    await host.createWorkshop({ title: 'Fourth', template: 'blank' });
    await new Promise((wake) => setTimeout(wake, 20));
    held.release();
    await store.close();
    expect(disk.mostAtOnce.get(indexPath)).toBe(1);
    const written = disk.steps.filter((s) => s.path === indexPath && s.phase === 'end').length;
    expect(written).toBeGreaterThanOrEqual(2);
    expect(written).toBeLessThanOrEqual(3);
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, { summary: { title: string } }> };
    expect(Object.values(index.entries).map((e) => e.summary.title).sort()).toEqual(['Fourth', 'Off the thread', 'Second', 'Third']);
  });
});

describe('closing (quitting)', () => {
  it('waits for a new workshop’s files, a rewrite and the index on their way, and leaves every change on disk', async () => {
    const { dataDir, disk, host, workshop } = await setUp(2, 60_000);
    const indexPath = join(dataDir, 'index.json');
    await mustSend(host, workshop.id, { type: 'team/add', name: 'North' });
    const journalHeld = disk.hold((path) => path === journalFile(dataDir, workshop.id));
    await mustSend(host, workshop.id, { type: 'team/add', name: 'South' }); // starts the rewrite
    await journalHeld.reached;
    const held = disk.hold((path) => isJournal(path) && path !== journalFile(dataDir, workshop.id));
    const creating = host.createWorkshop({ title: 'Made as the app quit', template: 'blank' });
    await held.reached;
    const indexHeld = disk.hold((path) => path === indexPath);

    const closing = host.close();
    expect(await settledSoon(closing)).toBe(false);
    journalHeld.release();
    held.release();
    // The index owed is written last, once the rewrite and the new workshop have landed.
    await indexHeld.reached;
    expect(await settledSoon(closing)).toBe(false);
    indexHeld.release();
    await closing;

    const made = await creating;
    expect(tempFiles(dataDir)).toEqual([]);
    expect(parseJournal(readFileSync(journalFile(dataDir, workshop.id), 'utf8'))?.header.after).toBe(2);
    expect(readBack(dataDir, workshop.id)).toEqual({ teams: ['Team 1', 'North', 'South'], seq: 2 });
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(index.entries).sort()).toEqual([made.id, workshop.id].sort());
    expect(openStore(dataDir).list().workshops.map((w) => w.title).sort()).toEqual(['Made as the app quit', 'Off the thread']);
  });
});
