// Real disk faults, no simulation: the data folder on a small tmpfs (2 MB)
// that is filled to the last byte, filled so the next journal line is cut
// mid-write, turned read-only under the running host, and with a snapshot
// the kernel refuses to replace (chattr +i). Each time the change is refused
// with the sentence for that fault, every acknowledged change is still on
// disk and a fresh store opens the workshop with all of them, nothing of the
// refused change is kept, and once the disk takes writes again the next
// change is kept. Mounting needs root on Linux (CI runs as root); elsewhere
// the whole file is skipped, and says so in its name. Every mount is undone
// after each test, whatever happened.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmdirSync,
  rmSync,
  statfsSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { applyCommand } from '../../../shared/reducer';
import { FACILITATOR } from '../../../shared/seat';
import { WorkshopHost, type DispatchOutcome } from '../../../main/host/workshop-host';
import { TEMP_MARK } from '../../../main/store/disk';
import { encodeLine, parseJournal } from '../../../main/store/journal';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { createWorkshopStore } from '../../../main/store/workshop-store';
import { blankWorkshop } from '../support/temp-data';

const REAL_DISK = process.platform === 'linux' && process.getuid?.() === 0;
const HAS_CHATTR = REAL_DISK && (() => {
  try {
    execFileSync('chattr', ['--help'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // chattr --help exits 1 after printing its usage: it is there.
    return (error as { status?: number }).status === 1;
  }
})();

const PAGE = 4096;
const SAVED_AT = new Date(2026, 10, 23, 14, 2, 10);
const HHMM = SAVED_AT.toLocaleTimeString(undefined, { timeStyle: 'short' });
const NEVER = Number.MAX_SAFE_INTEGER;
const WAIT_MS = 5000;

const mounts: string[] = [];
const hosts: WorkshopHost[] = [];

afterEach(async () => {
  // Hosts first (their background writes finish or fail), then every mount, even after a failure.
  await Promise.allSettled(hosts.splice(0).map((host) => host.close()));
  for (const mountPoint of mounts.splice(0)) {
    try {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint], { stdio: 'ignore' });
      execFileSync('chattr', ['-R', '-i', mountPoint], { stdio: 'ignore' });
    } catch {
      // Already writable, or nothing immutable: unmounting is what matters.
    }
    try {
      execFileSync('umount', [mountPoint], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
    }
    rmdirSync(mountPoint);
  }
});

/** A fresh 2 MB tmpfs, unmounted after the test. */
function smallDisk(): string {
  const mountPoint = mkdtempSync(join(tmpdir(), 'jr-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounts.push(mountPoint);
  return mountPoint;
}

interface Room {
  readonly mountPoint: string;
  readonly dataDir: string;
  readonly host: WorkshopHost;
  readonly workshop: Workshop;
  readonly reports: string[];
}

async function room(options: { snapshotEvery?: number; idleSnapshotMs?: number } = {}): Promise<Room> {
  const mountPoint = smallDisk();
  const dataDir = join(mountPoint, 'data');
  mkdirSync(dataDir, { mode: 0o700 });
  const reports: string[] = [];
  const store = createWorkshopStore({ dataDir, now: () => SAVED_AT, indexDelayMs: 60_000, report: (message) => reports.push(message) });
  const workshop = blankWorkshop('On a small disk');
  await store.create(workshop);
  const host = new WorkshopHost({
    store,
    now: () => SAVED_AT,
    autoPointEveryMs: NEVER,
    snapshotEvery: options.snapshotEvery ?? NEVER,
    idleSnapshotMs: options.idleSnapshotMs ?? 60 * 60_000,
    log: (message) => reports.push(message),
  });
  hosts.push(host);
  return { mountPoint, dataDir, host, workshop, reports };
}

function send(r: Room, command: ClientCommand): Promise<DispatchOutcome> {
  return r.host.dispatch(r.workshop.id, command, { seat: FACILITATOR });
}

function card(r: Room, title: string): ClientCommand {
  const state = r.host.openWorkshop(r.workshop.id).state;
  return {
    type: 'touchpoint/add',
    teamId: state.teams[0]?.id ?? '',
    stageId: state.stages[0]?.id ?? '',
    channelId: state.channels[0]?.id ?? '',
    title,
  };
}

async function mustSend(r: Room, command: ClientCommand): Promise<Workshop> {
  const outcome = await send(r, command);
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return outcome.update.after;
}

/** Fills the disk to its last byte with one file; gives its path. */
function fill(mountPoint: string): string {
  const path = join(mountPoint, 'filler');
  const handle = openSync(path, 'a');
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let size = chunk.length;
  try {
    while (size > 0) {
      try {
        writeSync(handle, chunk, 0, size);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
  } finally {
    closeSync(handle);
  }
  expect(statfsSync(mountPoint).bavail).toBe(0);
  return path;
}

/** The bytes the host's journal line for `command` will take (as main/store/journal.ts writes it). */
function lineLength(state: Workshop, seq: number, command: ClientCommand): number {
  const at = SAVED_AT.toISOString();
  const result = applyCommand(state, command, { now: () => at, newId: () => 'unused' });
  if (!result.ok) throw new Error(result.error.message);
  return encodeLine({ seq, at, seat: 'facilitator', step: 'new-step', changes: result.changes }).length;
}

const journalOf = (r: Room) => join(r.dataDir, 'workshops', `${r.workshop.id}.journal`);

/** What the disk holds: the journal ends whole and reads whole, and a fresh store opens the same workshop. */
function onDisk(r: Room): Workshop {
  const text = readFileSync(journalOf(r), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  expect(parseJournal(text)?.problem).toBeUndefined();
  const saved = readSavedWorkshop(join(r.dataDir, 'workshops', `${r.workshop.id}.json`));
  if (!saved.ok) throw new Error(saved.message);
  return saved.workshop;
}

/** After the disk works again: a store opened afresh lists and loads it with no problem. */
async function freshStoreOpens(r: Room): Promise<Workshop> {
  const store = createWorkshopStore({ dataDir: r.dataDir, report: () => undefined });
  const listing = store.list();
  expect(listing.problems).toEqual([]);
  expect(listing.workshops.map((w) => w.id)).toEqual([r.workshop.id]);
  const loaded = store.load(r.workshop.id).workshop;
  await store.close();
  return loaded;
}

function tempFiles(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes(TEMP_MARK));
}

async function eventually(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}.`);
    await new Promise((wake) => setTimeout(wake, 5));
  }
}

/** Files of this process open on the mount (a file open for writing keeps a remount read-only from working). */
function openOn(mountPoint: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(`${mountPoint}/`) ? [target] : [];
    } catch {
      return [];
    }
  });
}

const FULL = `The disk is full: free some space, then press Retry. Nothing after ${HHMM} is saved.`;

describe.skipIf(!REAL_DISK)('a real disk (tmpfs; these tests need root on Linux and are skipped otherwise)', () => {
  it('full to the last byte: refused as a full disk, every acknowledged change kept, and kept again once space is freed', async () => {
    const r = await room();
    let last = await mustSend(r, card(r, 'Before the disk filled'));
    const filler = fill(r.mountPoint);

    // The journal's last page may still take a line or two; then the disk refuses.
    let refused: DispatchOutcome | undefined;
    for (let n = 1; n <= 40 && !refused; n += 1) {
      const size = statSync(journalOf(r)).size;
      const outcome = await send(r, card(r, `Card ${String(n)}`));
      if (outcome.ok) last = outcome.update.after;
      else {
        refused = outcome;
        expect(statSync(journalOf(r)).size).toBe(size);
      }
    }
    expect(refused).toEqual({ ok: false, error: { code: 'storage', message: FULL } });
    expect(onDisk(r)).toEqual(last);
    expect(r.host.openWorkshop(r.workshop.id).state).toEqual(last);
    // Still full: still refused, still nothing damaged.
    expect(await send(r, card(r, 'Still full'))).toMatchObject({ ok: false, error: { code: 'storage', message: FULL } });
    expect(onDisk(r)).toEqual(last);

    rmSync(filler);
    const next = await mustSend(r, card(r, 'After freeing space'));
    expect(next.touchpoints.map((t) => t.title)).toEqual([...last.touchpoints.map((t) => t.title), 'After freeing space']);
    expect(onDisk(r)).toEqual(next);
    expect(await freshStoreOpens(r)).toEqual(next);
    expect(tempFiles(r.dataDir)).toEqual([]);
  });

  it('filled so the next line is cut mid-write: the part written is taken back out, and the next change is kept', async () => {
    const r = await room();
    await mustSend(r, card(r, 'Before the disk filled'));
    // Make the journal's last page hold exactly SLACK more bytes: fewer than any line. Each letter of
    // a persona (then a scope), set where there was none, makes its line one byte longer: at most
    // two such lines end the journal where wanted.
    const SLACK = 100;
    const sizeNow = () => statSync(journalOf(r)).size;
    const slack = () => (PAGE - (sizeNow() % PAGE)) % PAGE;
    const update = (field: 'persona' | 'scope', text: string): ClientCommand =>
      field === 'persona' ? { type: 'workshop/update', persona: text } : { type: 'workshop/update', scope: text };
    for (const field of ['persona', 'scope'] as const) {
      if (slack() === SLACK) break;
      const opened = r.host.openWorkshop(r.workshop.id);
      const oneLetter = lineLength(opened.state, opened.seq + 1, update(field, 'x'));
      const extra = (((PAGE - SLACK - ((sizeNow() + oneLetter) % PAGE)) % PAGE) + PAGE) % PAGE;
      await mustSend(r, update(field, 'x'.repeat(extra <= 1999 ? 1 + extra : Math.min(2000, extra - 1000))));
    }
    expect(slack()).toBe(SLACK);
    const last = r.host.openWorkshop(r.workshop.id).state;
    const filler = fill(r.mountPoint);

    const sizeBefore = sizeNow();
    const refused = await send(r, card(r, 'Cut mid-write'));
    expect(refused).toEqual({ ok: false, error: { code: 'storage', message: FULL } });
    // The 100 bytes that did go out were cut back off: the journal is exactly as before.
    expect(sizeNow()).toBe(sizeBefore);
    expect(onDisk(r)).toEqual(last);
    expect(r.host.openWorkshop(r.workshop.id).state).toEqual(last);

    rmSync(filler);
    const next = await mustSend(r, card(r, 'After freeing space'));
    expect(next.touchpoints.map((t) => t.title)).toEqual(['Before the disk filled', 'After freeing space']);
    expect(await freshStoreOpens(r)).toEqual(next);
    expect(tempFiles(r.dataDir)).toEqual([]);
  });

  it('turned read-only under the running host: refused as read-only, nothing damaged, and kept again once writable', async () => {
    // A quiet workshop has its snapshot rewritten and its journal closed: then the kernel lets the disk go read-only.
    const r = await room({ idleSnapshotMs: 20 });
    await mustSend(r, card(r, 'First'));
    const last = await mustSend(r, card(r, 'Second'));
    await eventually('the idle snapshot', () => parseJournal(readFileSync(journalOf(r), 'utf8'))?.header.after === 2);
    await eventually('no file left open on the disk', () => openOn(r.mountPoint).length === 0);
    execFileSync('mount', ['-o', 'remount,ro', r.mountPoint], { stdio: 'pipe' });

    const refused = await send(r, card(r, 'Third'));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message: `The disk holding ${r.dataDir} has become read-only: check it is still connected and writable, then press Retry. Nothing after ${HHMM} is saved.`,
      },
    });
    expect(onDisk(r)).toEqual(last);
    expect(r.host.openWorkshop(r.workshop.id).state).toEqual(last);

    execFileSync('mount', ['-o', 'remount,rw', r.mountPoint], { stdio: 'pipe' });
    const next = await mustSend(r, card(r, 'Third'));
    expect(next.touchpoints.map((t) => t.title)).toEqual(['First', 'Second', 'Third']);
    expect(await freshStoreOpens(r)).toEqual(next);
    // The quiet workshop's next snapshot may be on its way: closing waits for it.
    await r.host.close();
    expect(tempFiles(r.dataDir)).toEqual([]);
  });

  it.runIf(HAS_CHATTR)('with a snapshot the kernel will not let be replaced (chattr +i): reported, changes kept, and rewritten later', async () => {
    const r = await room({ snapshotEvery: 2 });
    const snapshot = join(r.dataDir, 'workshops', `${r.workshop.id}.json`);
    execFileSync('chattr', ['+i', snapshot], { stdio: 'pipe' });
    await mustSend(r, card(r, 'First'));
    const second = await mustSend(r, card(r, 'Second'));
    await eventually('the failed rewrite to be reported', () => r.reports.some((m) => m.includes('could not be rewritten in one file')));
    expect(tempFiles(r.dataDir)).toEqual([]);
    expect(onDisk(r)).toEqual(second);

    execFileSync('chattr', ['-i', snapshot], { stdio: 'pipe' });
    // The failed rewrite is still owed, so the very next change brings it.
    const third = await mustSend(r, card(r, 'Third'));
    await eventually('a rewrite after change 3', () => parseJournal(readFileSync(journalOf(r), 'utf8'))?.header.after === 3);
    expect(JSON.parse(readFileSync(snapshot, 'utf8'))).toEqual(third);
    const fourth = await mustSend(r, card(r, 'Fourth'));
    expect(await freshStoreOpens(r)).toEqual(fourth);
    expect(tempFiles(r.dataDir)).toEqual([]);
  });
});
