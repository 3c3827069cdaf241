// The disk refusing, through the real store and host (a fault-injecting
// layer over the real files, test/main/store/faulty-disk.ts): a short write
// and each errno on append and on flush is refused with code 'storage' and
// the sentence the person sees ("The disk is full: free some space, then
// press Retry. Nothing after 14:02 is saved."), nothing of the refused change
// is told or kept, the workshop in memory is the one on disk, the journal
// has no partial line, the host goes on serving that workshop and others,
// and once the disk takes writes again the next change is kept. Trouble in
// the background (rewriting the snapshot, keeping a restore point, saving
// the index) never reaches the person's command: it is reported, the
// workshop keeps working, and a later attempt succeeds. Last, the races
// between a failed flush, the changes waiting on it and the next change.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { FACILITATOR } from '../../../shared/seat';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers } from '../../../main/api/handlers';
import type { DispatchOutcome, HostEvent, WorkshopHost, WorkshopHostOptions } from '../../../main/host/workshop-host';
import { nodeDisk, TEMP_MARK, type Disk } from '../../../main/store/disk';
import { parseJournal } from '../../../main/store/journal';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { createWorkshopStore } from '../../../main/store/workshop-store';
import { faultyDisk, type FaultyDisk } from './faulty-disk';
import { blankWorkshop, hostOn, journalFile, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const SAVED_AT = new Date(2026, 10, 23, 14, 2, 10);
const LATER = new Date(2026, 10, 23, 14, 7, 40);
/** "14:02" as this computer writes a time (the sentence uses the person's own clock format). */
const HHMM = SAVED_AT.toLocaleTimeString(undefined, { timeStyle: 'short' });
const NEVER = Number.MAX_SAFE_INTEGER;
const WAIT_MS = 5000;

const ERRNOS = ['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EIO'] as const;
type Errno = (typeof ERRNOS)[number];

/** The sentence the person reads when the disk refuses with `code`. */
function sentenceFor(code: Errno, folder: string): string {
  const safe = ` Nothing after ${HHMM} is saved.`;
  switch (code) {
    case 'ENOSPC':
      return `The disk is full: free some space, then press Retry.${safe}`;
    case 'EROFS':
      return `The disk holding ${folder} has become read-only: check it is still connected and writable, then press Retry.${safe}`;
    case 'EACCES':
    case 'EPERM':
      return `Journey Room is not allowed to write to ${folder}: check the folder's permissions, then press Retry.${safe}`;
    case 'EIO':
      return `The disk reported an error while saving: check it is still connected, then press Retry.${safe}`;
  }
}

/** Waits for `done` (checked every few ms), failing with `what` when it does not come within the bound. */
async function eventually(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}.`);
    await new Promise((wake) => setTimeout(wake, 5));
  }
}

interface Room {
  readonly dataDir: string;
  readonly disk: FaultyDisk;
  readonly host: WorkshopHost;
  readonly a: Workshop;
  readonly b: Workshop;
  readonly events: HostEvent[];
  readonly reports: string[];
  readonly logs: string[];
  setClock(at: Date): void;
}

/** Two saved workshops on a faulty disk, a host on them, and everything it tells and reports. */
async function room(hostOptions: Omit<WorkshopHostOptions, 'store'> = {}, disk: FaultyDisk = faultyDisk()): Promise<Room> {
  const dataDir = tempDataDir();
  let clock = SAVED_AT;
  const reports: string[] = [];
  const logs: string[] = [];
  const store = createWorkshopStore({ dataDir, disk, now: () => clock, indexDelayMs: 60_000, report: (message) => reports.push(message) });
  const a = blankWorkshop('Room A');
  const b = blankWorkshop('Room B');
  await store.create(a);
  await store.create(b);
  const host = hostOn(store, { now: () => clock, autoPointEveryMs: NEVER, log: (message) => logs.push(message), ...hostOptions });
  const events: HostEvent[] = [];
  host.subscribe((event) => events.push(event));
  return { dataDir, disk, host, a, b, events, reports, logs, setClock: (at) => (clock = at) };
}

function send(host: WorkshopHost, workshopId: string, command: ClientCommand): Promise<DispatchOutcome> {
  return host.dispatch(workshopId, command, { seat: FACILITATOR });
}

async function mustSend(host: WorkshopHost, workshopId: string, command: ClientCommand): Promise<Workshop> {
  const outcome = await send(host, workshopId, command);
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return outcome.update.after;
}

/** The journal ends with a whole line and every line reads; the workshop as a fresh reader sees it. */
function fromDisk(dataDir: string, workshopId: string): { workshop: Workshop; seq: number } {
  const text = readFileSync(journalFile(dataDir, workshopId), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  expect(parseJournal(text)?.problem).toBeUndefined();
  const saved = readSavedWorkshop(workshopFile(dataDir, workshopId));
  if (!saved.ok) throw new Error(saved.message);
  const fresh = openStore(dataDir).load(workshopId);
  expect(fresh.workshop).toEqual(saved.workshop);
  return { workshop: fresh.workshop, seq: fresh.seq };
}

function seqsTold(events: readonly HostEvent[], workshopId: string): number[] {
  return events.flatMap((e) => (e.name === 'workshop/changes' && e.data.workshopId === workshopId ? [e.data.seq] : []));
}

function tempFiles(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes(TEMP_MARK));
}

/** A refused change, then what must hold: nothing told or kept, memory = disk, others served, the next change kept. */
async function refusedThenCarriesOn(r: Room, inject: () => void, expected: string): Promise<void> {
  const { host, a, b, dataDir, events } = r;
  const kept = await mustSend(host, a.id, { type: 'team/add', name: 'North' });
  r.setClock(LATER);
  const told = seqsTold(events, a.id);

  inject();
  const refused = await send(host, a.id, { type: 'team/add', name: 'South' });
  expect(refused).toEqual({ ok: false, error: { code: 'storage', message: expected } });

  // Nothing of it was told, nothing of it is kept, and memory holds exactly what the disk holds.
  expect(seqsTold(events, a.id)).toEqual(told);
  const onDisk = fromDisk(dataDir, a.id);
  expect(onDisk.workshop).toEqual(kept);
  expect(host.openWorkshop(a.id)).toMatchObject({ seq: onDisk.seq, state: onDisk.workshop });
  expect(onDisk.seq).toBe(1);

  // The host goes on serving the other workshop, and this one once the disk takes writes again.
  expect((await send(host, b.id, { type: 'stage/add', name: 'Aftercare' })).ok).toBe(true);
  const next = await mustSend(host, a.id, { type: 'team/add', name: 'South' });
  expect(next.teams.map((t) => t.name)).toEqual(['Team 1', 'North', 'South']);
  expect(fromDisk(dataDir, a.id)).toEqual({ workshop: next, seq: 2 });
  expect(fromDisk(dataDir, b.id).workshop.stages.map((s) => s.name)).toContain('Aftercare');
  expect(seqsTold(events, a.id)).toEqual([...told, 2]);
  expect(tempFiles(dataDir)).toEqual([]);
}

describe('the disk refusing a change', () => {
  it('(a write cut short: the disk filled mid-line) refuses it as a full disk and keeps no part of the line', async () => {
    const r = await room();
    await refusedThenCarriesOn(r, () => r.disk.cutNextAppend(), sentenceFor('ENOSPC', r.dataDir));
  });

  describe.each(ERRNOS)('with %s', (code) => {
    it('on the append: refused with its sentence, nothing kept or told, and the next change is kept', async () => {
      const r = await room();
      await refusedThenCarriesOn(r, () => r.disk.failNext('append', code), sentenceFor(code, r.dataDir));
    });

    it('on the flush to the disk: refused with its sentence, the line taken back out, and the next change is kept', async () => {
      const r = await room();
      await refusedThenCarriesOn(r, () => r.disk.failNext('flush', code), sentenceFor(code, r.dataDir));
    });
  });

  it('refuses every change that shared the failed flush, tells none of them, and keeps the next', async () => {
    const r = await room();
    const { host, a, dataDir, events } = r;
    const kept = await mustSend(host, a.id, { type: 'team/add', name: 'North' });
    r.setClock(LATER);
    r.disk.failNext('flush', 'EIO');
    const together = await Promise.all([
      send(host, a.id, { type: 'team/add', name: 'South' }),
      send(host, a.id, { type: 'stage/add', name: 'Aftercare' }),
      send(host, a.id, { type: 'workshop/update', organisation: 'Brightline' }),
    ]);
    for (const outcome of together) expect(outcome).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(together[0]).toEqual({ ok: false, error: { code: 'storage', message: sentenceFor('EIO', dataDir) } });
    expect(seqsTold(events, a.id)).toEqual([1]);
    expect(fromDisk(dataDir, a.id)).toEqual({ workshop: kept, seq: 1 });
    expect(host.openWorkshop(a.id)).toMatchObject({ seq: 1, state: kept });

    const next = await mustSend(host, a.id, { type: 'stage/add', name: 'Aftercare' });
    expect(fromDisk(dataDir, a.id)).toEqual({ workshop: next, seq: 2 });
  });

  it('takes a refused change out of the undo history: undo takes back the last kept change', async () => {
    const r = await room();
    const { host, a } = r;
    await mustSend(host, a.id, { type: 'team/add', name: 'North' });
    r.disk.failNext('flush', 'ENOSPC');
    expect((await send(host, a.id, { type: 'team/add', name: 'South' })).ok).toBe(false);
    const undone = await host.undo(a.id, { seat: FACILITATOR });
    expect(undone.ok && undone.update.after.teams.map((t) => t.name)).toEqual(['Team 1']);
    expect(fromDisk(r.dataDir, a.id).workshop.teams.map((t) => t.name)).toEqual(['Team 1']);
  });
});

describe('trouble in the background', () => {
  const COMPACTION_FAILED = "The workshop 'Room A' could not be rewritten in one file; its changes stay in its journal.";
  const INDEX_FAILED = 'The library index could not be saved; it will be rebuilt from the workshop files.';

  describe.each(ERRNOS)('with %s', (code) => {
    it.each([
      ['the new snapshot (temp file, sync or rename)', workshopFile],
      ['the new journal after the snapshot', journalFile],
    ] as const)('writing %s while rewriting the snapshot: reported, every change kept, and a later rewrite succeeds', async (_what, fileOf) => {
      const r = await room({ snapshotEvery: 2 });
      const { host, a, b, dataDir, events, reports } = r;
      await mustSend(host, a.id, { type: 'team/add', name: 'North' });
      r.disk.failNext('write-later', code, 1, (path) => path === fileOf(dataDir, a.id));
      // The second change is already in the journal when the snapshot is rewritten: it is kept, not refused.
      const second = await send(host, a.id, { type: 'team/add', name: 'South' });
      expect(second.ok).toBe(true);
      await eventually('the failed rewrite to be reported', () => reports.includes(COMPACTION_FAILED));
      expect(seqsTold(events, a.id)).toEqual([1, 2]);
      const afterFault = fromDisk(dataDir, a.id);
      expect(afterFault.seq).toBe(2);
      expect(host.openWorkshop(a.id).state).toEqual(afterFault.workshop);
      expect(afterFault.workshop.teams.map((t) => t.name)).toEqual(['Team 1', 'North', 'South']);
      expect(tempFiles(dataDir)).toEqual([]);

      // It keeps working, the other workshop too, and the next change tries the rewrite again
      // (the failed one did not count): the snapshot is the workshop as it was then.
      expect((await send(host, b.id, { type: 'stage/add', name: 'Aftercare' })).ok).toBe(true);
      const third = await mustSend(host, a.id, { type: 'team/add', name: 'East' });
      const journal = journalFile(dataDir, a.id);
      await eventually('a rewrite after change 3', () => parseJournal(readFileSync(journal, 'utf8'))?.header.after === 3);
      expect(JSON.parse(readFileSync(workshopFile(dataDir, a.id), 'utf8'))).toEqual(third);
      const last = await mustSend(host, a.id, { type: 'team/add', name: 'West' });
      expect(fromDisk(dataDir, a.id)).toEqual({ workshop: last, seq: 4 });
      expect(reports.filter((m) => m === COMPACTION_FAILED)).toHaveLength(1);
      expect(tempFiles(dataDir)).toEqual([]);
    });
  });

  it('a restore point that cannot be kept is logged, the change stands, and the next point is kept', async () => {
    const r = await room({ autoPointEveryMs: 5 * 60_000 });
    const { host, a, logs, dataDir } = r;
    const store = openStore(dataDir);
    r.disk.failNext('write-later', 'ENOSPC');
    const first = await send(host, a.id, { type: 'team/add', name: 'North' });
    expect(first.ok).toBe(true);
    await eventually('the lost restore point to be logged', () => logs.includes("A restore point of 'Room A' could not be kept."));
    expect(store.points.list(a.id)).toEqual([]);

    r.setClock(LATER);
    const second = await mustSend(host, a.id, { type: 'team/add', name: 'South' });
    await eventually('the next restore point', () => store.points.list(a.id).length === 1);
    expect(store.points.read(a.id, store.points.list(a.id)[0]?.id ?? '')).toEqual(second);
    expect(fromDisk(dataDir, a.id).workshop).toEqual(second);
  });

  it('an index the disk refuses when the app quits is reported; nothing is lost, and a restart lists the library right', async () => {
    const r = await room();
    const { host, a, b, reports, disk, dataDir } = r;
    await mustSend(host, a.id, { type: 'workshop/update', title: 'Room A, renamed' });
    const listing = host.listWorkshops();
    expect(listing.workshops.map((w) => w.title).sort()).toEqual(['Room A, renamed', 'Room B']);
    expect(listing.problems).toEqual([]);
    expect((await send(host, b.id, { type: 'team/add', name: 'North' })).ok).toBe(true);

    // Quitting writes the index it owes (in the background, waited for); the disk refuses it.
    disk.failNext('write-later', 'EROFS', 1, (path) => path === join(dataDir, 'index.json'));
    await host.close();
    expect(reports).toEqual([INDEX_FAILED]);
    expect(tempFiles(dataDir)).toEqual([]);

    // Every change is there, and a store opened afresh lists the library right.
    expect(fromDisk(dataDir, a.id).workshop.title).toBe('Room A, renamed');
    expect(fromDisk(dataDir, b.id).workshop.teams.map((t) => t.name)).toEqual(['Team 1', 'North']);
    const afresh = openStore(dataDir).list();
    expect(afresh.problems).toEqual([]);
    expect(afresh.workshops.map((w) => [w.title, w.teamCount]).sort()).toEqual([
      ['Room A, renamed', 1],
      ['Room B', 2],
    ]);
  });

  it('an index write failing on its timer is reported and throws nowhere', async () => {
    const dataDir = tempDataDir();
    const disk = faultyDisk();
    const reports: string[] = [];
    const store = createWorkshopStore({ dataDir, disk, indexDelayMs: 1, report: (message) => reports.push(message) });
    const workshop = blankWorkshop('Timed index');
    await store.create(workshop);
    disk.failNext('write-later', 'EIO', 1, (path) => path === join(dataDir, 'index.json'));
    const host = hostOn(store);
    expect((await send(host, workshop.id, { type: 'team/add', name: 'North' })).ok).toBe(true);
    await eventually('the failed index write to be reported', () => reports.length > 0);
    expect(reports).toEqual([INDEX_FAILED]);
    expect(host.listWorkshops().workshops.map((w) => w.title)).toEqual(['Timed index']);
  });
});

/** The real disk with its flushes held until the test lets them go (or fails them). */
function heldFlushDisk(): FaultyDisk & { holdNextFlush(): { reached: Promise<void>; fail(code: string): void }; readonly closedTwice: number[] } {
  const base = faultyDisk();
  let held: { reached: () => void; outcome: Promise<string | null> } | null = null;
  const open = new Set<number>();
  const closedTwice: number[] = [];
  return {
    ...base,
    closedTwice,
    openAppend(path) {
      const handle = base.openAppend(path);
      open.add(handle);
      return handle;
    },
    close(handle) {
      if (!open.delete(handle)) closedTwice.push(handle);
      base.close(handle);
    },
    holdNextFlush() {
      let reached!: () => void;
      let decide!: (code: string | null) => void;
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      held = { reached, outcome: new Promise((resolve) => (decide = resolve)) };
      return { reached: reachedPromise, fail: (code) => decide(code) };
    },
    async flush(handle) {
      const current = held;
      if (current) {
        held = null;
        current.reached();
        const code = await current.outcome;
        if (code) throw Object.assign(new Error(`${code}: injected fault`), { code });
      }
      return base.flush(handle);
    },
  };
}

/** The real disk whose background (snapshot) writes finish, then wait for the test before returning. */
function heldSnapshotDisk(): Disk & { holdNextSnapshot(): { written: Promise<void>; release(): void } } {
  let hold: { written: () => void; released: Promise<void> } | null = null;
  return {
    ...nodeDisk,
    holdNextSnapshot() {
      let written!: () => void;
      let release!: () => void;
      const writtenPromise = new Promise<void>((resolve) => (written = resolve));
      hold = { written, released: new Promise((resolve) => (release = resolve)) };
      return { written: writtenPromise, release };
    },
    async writeAtomicallyLater(path, data) {
      await nodeDisk.writeAtomicallyLater(path, data);
      const current = hold;
      if (current && path.endsWith('.json')) {
        hold = null;
        current.written();
        await current.released;
      }
    },
  };
}

describe('races around a failed flush', () => {
  // A change appended while the failing flush ran waits for the next flush, which fails a turn
  // later; by then a change sent after the refusal has opened a new writer (perhaps on the file
  // handle number just freed). Only the waiter whose writer is still current may replace it, so
  // the late waiter leaves the new writer alone and the new change is kept.
  it('a change sent right after a refused flush is kept, even when another change was waiting on that flush', async () => {
    const disk = heldFlushDisk();
    const r = await room({}, disk);
    const { host, a, dataDir } = r;
    await mustSend(host, a.id, { type: 'team/add', name: 'North' });

    const held = disk.holdNextFlush();
    const first = send(host, a.id, { type: 'team/add', name: 'South' });
    await held.reached;
    // Appended while the flush is on its way to the disk: waits for the next flush.
    const during = send(host, a.id, { type: 'stage/add', name: 'Aftercare' });
    held.fail('EIO');
    expect(await first).toMatchObject({ ok: false, error: { code: 'storage' } });
    // The disk works again; the facilitator presses Retry at once.
    const retried = send(host, a.id, { type: 'team/add', name: 'South' });
    expect(await during).toMatchObject({ ok: false, error: { code: 'storage' } });
    const outcome = await retried;
    // Each journal handle is closed once: a second close hits whatever file has the number now.
    expect(disk.closedTwice).toEqual([]);
    const onDisk = fromDisk(dataDir, a.id).workshop;
    expect(host.openWorkshop(a.id).state).toEqual(onDisk);
    // Actual: refused with "The change could not be saved to the disk; press Retry." (EBADF),
    // while the workshop in memory and on disk has South anyway.
    expect(outcome).toMatchObject({ ok: true });
    expect(onDisk.teams.map((t) => t.name)).toEqual(['Team 1', 'North', 'South']);
  });

  // main/store/workshop-store.ts compact() lines 317–321: the journal is rotated and the old
  // writer closed while a change appended to it still waits for its flush (queued for the next
  // turn). That flush then runs on a closed file handle (EBADF; or on whatever file reused the
  // number), so the change is refused — but its line was copied into the new journal, and the
  // workshop read back after the refusal has it.
  it('a change appended just before the journal is rotated is acknowledged, not refused while kept', async () => {
    const disk = heldSnapshotDisk();
    const dataDir = tempDataDir();
    const store = createWorkshopStore({ dataDir, disk, report: () => undefined });
    const workshop = blankWorkshop('Rotating');
    await store.create(workshop);
    const host = hostOn(store, { snapshotEvery: 2, autoPointEveryMs: NEVER });
    await mustSend(host, workshop.id, { type: 'team/add', name: 'North' });
    const held = disk.holdNextSnapshot();
    await mustSend(host, workshop.id, { type: 'team/add', name: 'South' }); // starts the rewrite
    await held.written;

    const late = send(host, workshop.id, { type: 'team/add', name: 'East' });
    held.release(); // the rotation runs before the late change's flush does
    const outcome = await late;
    const onDisk = fromDisk(dataDir, workshop.id).workshop;
    expect(onDisk.teams.map((t) => t.name)).toEqual(['Team 1', 'North', 'South', 'East']);
    expect(host.openWorkshop(workshop.id).state).toEqual(onDisk);
    // Actual: { ok: false, code 'storage', "The change could not be saved to the disk; press Retry. …" }.
    expect(outcome).toMatchObject({ ok: true });
  });

  // main/store/workshop-store.ts replay() line 196: rewriting a journal whose last line was cut
  // short is not guarded, so on a disk that is still full (the usual company of a crash mid-write)
  // the error escapes: list() throws and the whole library fails to show, and load() throws a
  // raw ENOSPC instead of opening the workshop read as far as it goes.
  it('a journal cut short on a disk that is still full does not stop the library from listing', async () => {
    const dataDir = tempDataDir();
    const setup = openStore(dataDir);
    const workshop = blankWorkshop('Crashed on a full disk');
    await setup.create(workshop);
    const other = blankWorkshop('Untouched');
    await setup.create(other);
    const host = hostOn(setup, { autoPointEveryMs: NEVER });
    await mustSend(host, workshop.id, { type: 'team/add', name: 'North' });
    const journal = journalFile(dataDir, workshop.id);
    const text = readFileSync(journal, 'utf8');
    writeFileSync(journal, `${text}{"seq":2,"at":"2026-11-23T09:00:0`);

    const disk = faultyDisk();
    const store = createWorkshopStore({ dataDir, disk, report: () => undefined });
    disk.failNext('write', 'ENOSPC', 10);
    expect(store.list().workshops.map((w) => w.title).sort()).toEqual(['Crashed on a full disk', 'Untouched']);
    expect(store.load(workshop.id).workshop.teams.map((t) => t.name)).toEqual(['Team 1', 'North']);
  });

  // main/store/workshop-store.ts remove() (and load()'s rewrite of a torn journal) let the raw
  // disk error through instead of a StorageError, so the person reads the generic "Something went
  // wrong inside Journey Room" instead of what to do about the disk.
  it('deleting a workshop on a read-only disk is refused with the read-only sentence, and the workshop stays', async () => {
    const r = await room();
    const handle = createRequestHandler(createHandlers({ host: r.host, pdf: { render: async () => new Uint8Array(), fileName: () => 'x.pdf' } }), () => undefined);
    const client: ApiClient = { id: 'facilitator-page', watch: () => undefined, session: { kind: 'facilitator' } };
    r.disk.failNext('rename', 'EROFS');
    const answer = await handle('library/delete', { workshopId: r.a.id }, client);
    expect(r.host.listWorkshops().workshops.map((w) => w.id)).toContain(r.a.id);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/^The disk holding .+ has become read-only: check it is still connected and writable, then press Retry\./) },
    });
  });
});

describe('a new workshop the disk will not take', () => {
  it.each([
    ['its snapshot', '.json'],
    ['its journal, after its snapshot', '.journal'],
  ])('(%s) is refused with the sentence, and nothing half-made is listed', async (_what, refusedFile) => {
    const dataDir = tempDataDir();
    const disk = faultyDisk();
    const store = createWorkshopStore({ dataDir, disk, report: () => undefined });
    const host = hostOn(store);
    disk.failNext('write-later', 'ENOSPC', 1, (path) => path.endsWith(refusedFile));
    await expect(host.createWorkshop({ title: 'Too late', template: 'blank' })).rejects.toThrow(
      expect.objectContaining({ code: 'storage', message: 'The disk is full: free some space, then press Retry. Nothing of this change is saved.' }),
    );
    expect(host.listWorkshops()).toEqual({ workshops: [], problems: [] });
    expect(readdirSync(join(dataDir, 'workshops'))).toEqual([]);
    expect(tempFiles(dataDir)).toEqual([]);
    expect((await host.createWorkshop({ title: 'In time', template: 'blank' })).title).toBe('In time');
    expect(openStore(dataDir).list().workshops.map((w) => w.title)).toEqual(['In time']);
  });
});

describe('the store’s files', () => {
  it('are readable and writable by their owner only', async () => {
    if (process.platform === 'win32') return;
    const r = await room({ autoPointEveryMs: 1 });
    await mustSend(r.host, r.a.id, { type: 'team/add', name: 'North' });
    const store = openStore(r.dataDir);
    await eventually('a restore point', () => store.points.list(r.a.id).length > 0);
    store.list();
    const files = readdirSync(r.dataDir, { recursive: true, encoding: 'utf8' }).map((name) => join(r.dataDir, name));
    for (const path of files) {
      const mode = statSync(path).mode & 0o777;
      expect([path, mode.toString(8)]).toEqual([path, statSync(path).isDirectory() ? '700' : '600']);
    }
  });
});
