// One writer per data folder (main/store/data-lock.ts), on real temp folders:
// a second holder is refused with a sentence naming the folder; a lock left by
// a dead process, an earlier run with our pid, or a process killed before it
// wrote its owner is taken over; another computer's lock never is; releasing
// never removes someone else's lock. Last, two real `npm run serve` processes
// on one folder: the second is refused before it listens, and after the first
// is killed with SIGKILL a third takes the folder over.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataFolderInUse, type DataLock, type DataLockOptions, type LockOwner } from '../../../main/store/data-lock';

const ROOT = resolve(import.meta.dirname, '../../..');
const WAIT_MS = 20_000;

const folders: string[] = [];
const locks: DataLock[] = [];

afterEach(() => {
  // Release what a failed test left held (release is a no-op when already released), so no
  // process 'exit' listeners pile up, then remove the folders.
  for (const lock of locks.splice(0)) lock.release();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A data folder that does not exist yet, inside a fresh temp folder: acquiring makes it. */
function dataFolder(): string {
  const parent = mkdtempSync(join(tmpdir(), 'jr-lock-test-'));
  folders.push(parent);
  return join(parent, 'data');
}

function acquire(dataDir: string, options: DataLockOptions = {}): DataLock {
  const lock = acquireDataLock(dataDir, { log: () => undefined, ...options });
  locks.push(lock);
  return lock;
}

function refusalOf(run: () => unknown): DataFolderInUse {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFolderInUse) return error;
    throw error;
  }
  throw new Error('Expected DataFolderInUse, but the lock was taken.');
}

const lockDirOf = (dataDir: string) => join(dataDir, '.lock');
const ownerPathOf = (dataDir: string) => join(dataDir, '.lock', 'owner.json');
const readOwner = (dataDir: string): unknown => JSON.parse(readFileSync(ownerPathOf(dataDir), 'utf8'));

/** A lock as a process would have left it: the folder and its owner file, nothing held in this process. */
function leaveLock(dataDir: string, owner: LockOwner): void {
  mkdirSync(lockDirOf(dataDir), { recursive: true });
  writeFileSync(ownerPathOf(dataDir), JSON.stringify(owner));
}

/** The pid of a process that has run and exited, so nothing answers to it (pids are not reused this soon). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid;
  if (pid === undefined) throw new Error('The short child process did not start.');
  await once(child, 'exit');
  return pid;
}

/** Nothing but the lock (when held) in the data folder: no `.lock-stale-*` folder was left behind. */
function leftovers(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => name.startsWith('.lock-stale-'));
}

describe('acquireDataLock', () => {
  it('refuses a second holder with a sentence naming the folder and the process, and is free again after release', () => {
    const dataDir = dataFolder();
    const first = acquire(dataDir);

    expect(first.dataDir).toBe(dataDir);
    expect(readOwner(dataDir)).toEqual({ pid: process.pid, hostname: hostname(), startedAt: first.owner.startedAt });
    if (process.platform !== 'win32') {
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(ownerPathOf(dataDir)).mode & 0o777).toBe(0o600);
    }

    const refusal = refusalOf(() => acquire(dataDir));
    expect(refusal.reason).toBe('running');
    expect(refusal.dataDir).toBe(dataDir);
    expect(refusal.message).toContain(`Journey Room is already running with the workshops in ${dataDir} (process ${process.pid}, started at `);
    expect(refusal.message).toContain('JOURNEY_ROOM_DATA_DIR');
    // The refused attempt changed nothing.
    expect(readOwner(dataDir)).toMatchObject({ startedAt: first.owner.startedAt });

    first.release();
    expect(existsSync(lockDirOf(dataDir))).toBe(false);
    first.release(); // a second release is harmless

    const again = acquire(dataDir);
    expect(readOwner(dataDir)).toMatchObject({ pid: process.pid, startedAt: again.owner.startedAt });
    again.release();
    expect(existsSync(lockDirOf(dataDir))).toBe(false);
  });

  it('takes over a lock whose owner process on this computer no longer runs', async () => {
    const dataDir = dataFolder();
    const pid = await deadPid();
    leaveLock(dataDir, { pid, hostname: hostname(), startedAt: '2026-11-23T09:00:00.000Z' });

    const lock = acquire(dataDir); // the real check: process.kill(pid, 0) says ESRCH
    expect(readOwner(dataDir)).toMatchObject({ pid: process.pid, startedAt: lock.owner.startedAt });
    expect(leftovers(dataDir)).toEqual([]);
    lock.release();

    // The same lock with its owner still alive (as isAlive says) is respected.
    leaveLock(dataDir, { pid: 4242, hostname: hostname(), startedAt: '2026-11-23T09:00:00.000Z' });
    const refusal = refusalOf(() => acquire(dataDir, { isAlive: (asked) => asked === 4242 }));
    expect(refusal.message).toContain('(process 4242, started at');
    expect(readOwner(dataDir)).toMatchObject({ pid: 4242 });
    expect(acquire(dataDir, { isAlive: () => false }).owner.pid).toBe(process.pid);
  });

  it('takes over a lock naming our own pid that this process does not hold (an earlier run, e.g. a restarted container)', () => {
    const dataDir = dataFolder();
    leaveLock(dataDir, { pid: process.pid, hostname: hostname(), startedAt: '2026-11-23T09:00:00.000Z' });
    const lock = acquire(dataDir);
    expect(readOwner(dataDir)).toMatchObject({ pid: process.pid, startedAt: lock.owner.startedAt });
  });

  it('never takes over a lock from another computer, and names that computer', async () => {
    const dataDir = dataFolder();
    // Even a pid that does not exist here: that computer's processes cannot be seen from this one.
    const owner = { pid: await deadPid(), hostname: 'meeting-room-laptop', startedAt: '2026-11-23T09:00:00.000Z' };
    leaveLock(dataDir, owner);

    const refusal = refusalOf(() => acquire(dataDir, { isAlive: () => false }));
    expect(refusal.reason).toBe('other-host');
    expect(refusal.owner).toEqual(owner);
    expect(refusal.message).toContain(`with the workshops in ${dataDir} on another computer, “meeting-room-laptop”`);
    expect(refusal.message).toContain(`delete the folder ${lockDirOf(dataDir)}`);
    expect(readOwner(dataDir)).toEqual(owner);
  });

  it('respects a fresh lock folder without an owner file, and takes over an old one', () => {
    const dataDir = dataFolder();
    // A starter between its mkdir and writing owner.json.
    mkdirSync(lockDirOf(dataDir), { recursive: true });
    const refusal = refusalOf(() => acquire(dataDir));
    expect(refusal.reason).toBe('starting');
    expect(refusal.message).toContain(`Another Journey Room is starting with the workshops in ${dataDir} right now.`);

    // The same folder an hour old: that starter was killed before it wrote its owner.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lockDirOf(dataDir), anHourAgo, anHourAgo);
    const lock = acquire(dataDir);
    expect(readOwner(dataDir)).toMatchObject({ pid: process.pid, startedAt: lock.owner.startedAt });
    lock.release();

    // A half-written owner file counts as no owner: old, it is taken over too.
    mkdirSync(lockDirOf(dataDir));
    writeFileSync(ownerPathOf(dataDir), '{"pid": 12');
    utimesSync(lockDirOf(dataDir), anHourAgo, anHourAgo);
    acquire(dataDir);
    expect(readOwner(dataDir)).toMatchObject({ pid: process.pid });
    expect(leftovers(dataDir)).toEqual([]);
  });

  it('puts back and refuses when the lock it moved aside is not the stale one it judged', async () => {
    const dataDir = dataFolder();
    const dead = await deadPid();
    leaveLock(dataDir, { pid: dead, hostname: hostname(), startedAt: '2026-11-23T09:00:00.000Z' });
    const live: LockOwner = { pid: 4343, hostname: hostname(), startedAt: '2026-11-23T09:30:00.000Z' };

    // While this starter looks at the dead owner, another starter takes the stale lock over and
    // holds the folder with a live process (4343). Ours must not move that lock away for good.
    let replaced = false;
    const isAlive = (pid: number): boolean => {
      if (pid === dead && !replaced) {
        replaced = true;
        renameSync(lockDirOf(dataDir), join(dataDir, 'taken-by-the-other'));
        rmSync(join(dataDir, 'taken-by-the-other'), { recursive: true });
        leaveLock(dataDir, live);
      }
      return pid === live.pid;
    };

    const refusal = refusalOf(() => acquire(dataDir, { isAlive }));
    expect(refusal.message).toContain('(process 4343, started at');
    expect(readOwner(dataDir)).toEqual(live);
    expect(leftovers(dataDir)).toEqual([]);
  });

  it('does not remove the lock of whoever took the folder over', () => {
    const dataDir = dataFolder();
    const logged: string[] = [];
    const ours = acquire(dataDir, { log: (message) => logged.push(message) });

    // Another process judged ours dead (say this one was suspended) and took over.
    const theirs = acquire(dataDir, { pid: 999_999, isAlive: () => false });
    expect(readOwner(dataDir)).toMatchObject({ pid: 999_999 });

    expect(() => ours.release()).not.toThrow();
    expect(readOwner(dataDir)).toEqual(theirs.owner);
    expect(logged.join('\n')).toContain('no longer this process');

    theirs.release();
    expect(existsSync(lockDirOf(dataDir))).toBe(false);
  });
});

// ── two real servers ────────────────────────────────────────────────────────

interface ServeProcess {
  readonly child: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
}

const children: ServeProcess[] = [];

afterEach(async () => {
  // Every server this file started is stopped, whatever happened: SIGTERM first (tsx passes it on
  // to the server, which closes and gives the folder back), SIGKILL after a bounded wait.
  await Promise.all(children.splice(0).map(stopServe));
});

/** `npm run serve` without the build, as test/e2e/support/serve.ts starts it: tsx on serve-cli.ts, PORT=0. */
function startServe(dataDir: string): ServeProcess {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'main/serve-cli.ts')], {
    cwd: ROOT,
    env: { ...process.env, JOURNEY_ROOM_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const started = { child, output, exited };
  children.push(started);
  return started;
}

async function stopServe(serve: ServeProcess): Promise<void> {
  if (serve.child.exitCode !== null || serve.child.signalCode !== null) return;
  serve.child.kill('SIGTERM');
  if ((await within(serve.exited, 5000)) === 'timed out') {
    serve.child.kill('SIGKILL');
    await within(serve.exited, 5000);
  }
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timed out'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Its one stdout line's address, or a failure saying what it printed. */
async function servingUrl(serve: ServeProcess): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const match = /^Journey Room is serving at (http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]+)\n/.exec(serve.output.stdout);
    if (match?.[1]) return match[1];
    if (serve.child.exitCode !== null) break;
    await new Promise((wake) => setTimeout(wake, 50));
  }
  throw new Error(`No serving line. stdout:\n${serve.output.stdout}\nstderr:\n${serve.output.stderr}`);
}

/** The status of a GET, on a connection of its own that is closed afterwards (no keep-alive left open). */
function httpStatus(url: string): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    const request = get(url, { agent: false, timeout: WAIT_MS }, (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy(new Error(`No answer from ${url}.`)));
    request.on('error', reject);
  });
}

describe('two real servers on one data folder', () => {
  it('refuses the second before it listens, and lets a third take over after the first is killed', { timeout: 90_000 }, async () => {
    const dataDir = dataFolder();

    const first = startServe(dataDir);
    const firstUrl = await servingUrl(first);
    const firstOwner = readOwner(dataDir) as LockOwner;
    expect(firstOwner.hostname).toBe(hostname());

    const second = startServe(dataDir);
    expect(await within(second.exited, WAIT_MS)).toBe(1);
    expect(second.output.stderr).toContain(`Journey Room is already running with the workshops in ${dataDir} (process ${firstOwner.pid}`);
    expect(second.output.stdout).toBe('');

    // The first still serves, and still holds the folder.
    expect(await httpStatus(firstUrl)).toBeLessThan(500);
    expect(readOwner(dataDir)).toEqual(firstOwner);

    // Kill the first server outright: no handler runs, the lock stays behind with a dead pid.
    // tsx runs the server as its child, so the pid in the lock is that child's; killing it
    // (rather than tsx) lets tsx reap it, so no zombie answers to the pid, and tsx then exits.
    process.kill(firstOwner.pid, 'SIGKILL');
    expect(await within(first.exited, WAIT_MS)).not.toBe('timed out');
    expect(readOwner(dataDir)).toEqual(firstOwner);

    const third = startServe(dataDir);
    const thirdUrl = await servingUrl(third);
    expect(await httpStatus(thirdUrl)).toBeLessThan(500);
    const thirdOwner = readOwner(dataDir) as LockOwner;
    expect(thirdOwner.pid).not.toBe(firstOwner.pid);
    expect(third.output.stdout.trim().split('\n')).toHaveLength(1);
    expect(leftovers(dataDir)).toEqual([]);

    // SIGTERM closes it cleanly and gives the folder back.
    third.child.kill('SIGTERM');
    expect(await within(third.exited, WAIT_MS)).toBe(0);
    expect(existsSync(lockDirOf(dataDir))).toBe(false);
  });
});
