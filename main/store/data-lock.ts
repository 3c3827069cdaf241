/**
 * One writer per data folder. The host keeps every open workshop in memory
 * and writes it back from there, so two processes on the same folder (two
 * `npm run serve`, or a server pointed at the desktop app's folder) would each
 * overwrite the other's acknowledged changes without a word. While the app or
 * the server runs it holds `<dataDir>/.lock/`; a second one on the same folder
 * is refused with a sentence naming the folder and who holds it, and a lock
 * left behind by a process that was killed is recognised and taken over.
 *
 *   <dataDir>/.lock/             made with one mkdir: whoever makes it holds the folder
 *   <dataDir>/.lock/owner.json   { pid, hostname, startedAt } of the holder
 *
 * Plain Node, no Electron: the server and the desktop shell both use it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname as osHostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_DIR_NAME = '.lock';
export const LOCK_OWNER_FILE = 'owner.json';

/** What `owner.json` holds: enough to tell whether the holder still runs, and to tell the user who it is. */
export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** ISO 8601; with the pid it tells this holding apart from any other (a pid is reused after a restart). */
  readonly startedAt: string;
}

export interface DataLock {
  /** The folder held, as an absolute path. */
  readonly dataDir: string;
  readonly owner: LockOwner;
  /** Gives the folder back if the lock is still this one's. Never throws; says what went wrong through `log`. */
  release(): void;
}

export interface DataLockOptions {
  readonly now?: () => Date;
  /** The process that will hold the lock (default: this one). */
  readonly pid?: number;
  /** Whether a process on this computer still runs (default: `process.kill(pid, 0)`). */
  readonly isAlive?: (pid: number) => boolean;
  /** This computer's name (default: `os.hostname()`). */
  readonly hostname?: string;
  /**
   * How old a `.lock` folder without a readable `owner.json` must be before it
   * counts as left by a process killed between making the folder and writing the file.
   */
  readonly staleAfterMs?: number;
  /** The end of the refusal: what the person should do. The desktop app has no JOURNEY_ROOM_DATA_DIR to offer. */
  readonly advice?: string;
  /** Also release when the process exits normally (default true). A killed process leaves a stale lock instead. */
  readonly releaseOnExit?: boolean;
  readonly log?: (message: string) => void;
}

export type DataFolderInUseReason = 'running' | 'other-host' | 'starting';

/** The refusal: another Journey Room holds the folder. `message` is the sentence to show as it is. */
export class DataFolderInUse extends Error {
  override readonly name = 'DataFolderInUse';

  constructor(
    message: string,
    readonly dataDir: string,
    readonly reason: DataFolderInUseReason,
    /** The holder, when its `owner.json` could be read. */
    readonly owner: LockOwner | undefined,
  ) {
    super(message);
  }
}

export const DEFAULT_ADVICE = 'Close it first, or start this one with JOURNEY_ROOM_DATA_DIR set to another folder.';

/**
 * Between mkdir and writing owner.json there are microseconds, so an ownerless
 * lock this old was left by a process killed in between. A few seconds rather
 * than less, so a slow disk never makes a starting process look dead.
 */
const DEFAULT_STALE_AFTER_MS = 10_000;

/** The locks this process holds, by lock folder: a lock naming our own pid that is not here is an earlier run's. */
const heldHere = new Map<string, LockOwner>();

type Judgement =
  | { readonly kind: 'gone' }
  | { readonly kind: 'held'; readonly refusal: DataFolderInUse }
  | { readonly kind: 'stale'; readonly ino: number; readonly ownerText: string | undefined };

interface Context {
  readonly dataDir: string;
  readonly lockDir: string;
  readonly pid: number;
  readonly hostname: string;
  readonly now: () => Date;
  readonly isAlive: (pid: number) => boolean;
  readonly staleAfterMs: number;
  readonly advice: string;
  readonly log: (message: string) => void;
}

/** Holds `dataDir` for this process, or throws DataFolderInUse when another Journey Room holds it. */
export function acquireDataLock(dataDir: string, options: DataLockOptions = {}): DataLock {
  const root = resolve(dataDir);
  const ctx: Context = {
    dataDir: root,
    lockDir: join(root, LOCK_DIR_NAME),
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    now: options.now ?? (() => new Date()),
    isAlive: options.isAlive ?? processIsAlive,
    staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
    advice: options.advice ?? DEFAULT_ADVICE,
    log: options.log ?? ((message) => console.error(message)),
  };

  // The lock lives inside the data folder, so the folder must exist first. 0o700: workshops are
  // people's notes about their customers, for this user only (mode applies only to what is made here).
  mkdirSync(root, { recursive: true, mode: 0o700 });

  // The first mkdir, and once more after taking a stale lock away. If that second one fails too,
  // another starter took the folder in between and holds it now: refuse rather than loop.
  for (let attempt = 1; ; attempt += 1) {
    if (makeLockDir(ctx.lockDir)) return claim(ctx, options.releaseOnExit ?? true);
    const judgement = judge(ctx.lockDir, ctx);
    if (judgement.kind === 'held') throw judgement.refusal;
    if (attempt === 2) throw refusal(ctx, 'starting', undefined);
    if (judgement.kind === 'stale') takeOver(judgement, ctx);
    // 'gone': its holder let go between our mkdir and our look; just try again.
  }
}

/**
 * mkdir is atomic on local file systems: of any number of processes making the
 * same folder at once, exactly one succeeds and the rest get EEXIST. A file
 * made with O_EXCL would be too, but a folder can be moved aside whole (see
 * takeOver) and holds the owner file without a second name to clean up.
 */
function makeLockDir(lockDir: string): boolean {
  try {
    mkdirSync(lockDir, { mode: 0o700 });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Writes who holds the folder, now that the mkdir made it ours. */
function claim(ctx: Context, releaseOnExit: boolean): DataLock {
  const owner: LockOwner = { pid: ctx.pid, hostname: ctx.hostname, startedAt: ctx.now().toISOString() };
  const ownerPath = join(ctx.lockDir, LOCK_OWNER_FILE);
  try {
    // 'wx': never write over an owner file that is somehow already there. 0o600: only this user reads it.
    writeFileSync(ownerPath, `${JSON.stringify(owner)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Without an owner file the lock would make others wait, then be taken over: give it back now.
    // An EEXIST means the file is someone else's, so it and the folder are left alone.
    if (errorCode(error) !== 'EEXIST') {
      try {
        rmSync(ownerPath, { force: true });
        rmdirSync(ctx.lockDir);
      } catch {
        // What is left has no readable owner and is taken over once it is old enough.
      }
    }
    throw error;
  }
  heldHere.set(ctx.lockDir, owner);

  let released = false;
  const onExit = (): void => lock.release();
  const lock: DataLock = {
    dataDir: ctx.dataDir,
    owner,
    release() {
      if (released) return;
      released = true;
      process.removeListener('exit', onExit);
      if (heldHere.get(ctx.lockDir) === owner) heldHere.delete(ctx.lockDir);
      try {
        // Only our own lock is removed: if another process judged ours stale and took the folder
        // over (this process was suspended, say), the lock there now is theirs and must stay.
        const current = parseOwner(readOwnerText(ctx.lockDir));
        if (!current || !sameOwner(current, owner)) {
          ctx.log(`Journey Room left the lock in ${ctx.lockDir} alone: it is no longer this process's.`);
          return;
        }
        unlinkSync(ownerPath);
        // Not recursive: anything else in there is not ours to delete.
        rmdirSync(ctx.lockDir);
      } catch (error) {
        // Releasing happens while closing; a throw there would hide why we were closing. A lock
        // left behind has no owner file or a dead owner, so the next start takes it over.
        ctx.log(`Journey Room could not remove its lock in ${ctx.lockDir}: ${messageOf(error)}`);
      }
    },
  };
  // A safety net for a normal exit (process.exit, the event loop running dry). It does not run
  // on a signal nobody handles, nor on SIGKILL; the callers release on SIGINT, SIGTERM and quit,
  // and a killed process leaves a lock that the next start recognises as stale.
  if (releaseOnExit) process.on('exit', onExit);
  return lock;
}

/** Decides about an existing lock at `path` (the lock folder, or a stale one moved aside) for the folder `ctx.lockDir`. */
function judge(path: string, ctx: Context): Judgement {
  let ino: number;
  let modifiedMs: number;
  try {
    const stats = statSync(path);
    ino = stats.ino;
    modifiedMs = stats.mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  const ownerText = readOwnerText(path);
  const owner = parseOwner(ownerText);
  const stale: Judgement = { kind: 'stale', ino, ownerText };

  if (!owner) {
    // No readable owner: either its holder is between mkdir and writing owner.json right now,
    // or was killed right there. Only age tells them apart.
    return ctx.now().getTime() - modifiedMs > ctx.staleAfterMs ? stale : { kind: 'held', refusal: refusal(ctx, 'starting', undefined) };
  }
  // On a folder shared over the network we cannot see the other computer's processes, so its
  // lock is never taken over; the person is told which computer holds it.
  if (owner.hostname !== ctx.hostname) return { kind: 'held', refusal: refusal(ctx, 'other-host', owner) };
  if (owner.pid === ctx.pid) {
    // Our own pid: either this process holds it (a second acquire in one process), or an earlier
    // run had the same pid, as a restarted container's first process does. Only the first is alive.
    const ours = heldHere.get(ctx.lockDir);
    return ours && sameOwner(ours, owner) ? { kind: 'held', refusal: refusal(ctx, 'running', owner) } : stale;
  }
  return ctx.isAlive(owner.pid) ? { kind: 'held', refusal: refusal(ctx, 'running', owner) } : stale;
}

/**
 * Takes a stale lock away so the next mkdir can succeed. Deleting `.lock` in
 * place would race: another starter may judge the same stale lock, delete it,
 * make its own, and then ours deletes that live one. So the folder is first
 * renamed to a name only we know (atomic: of two renames, one gets ENOENT), and
 * what we moved is judged again: if it is not the stale lock we judged — another
 * starter replaced it in between — it goes back and we refuse.
 */
function takeOver(judged: Judgement & { readonly kind: 'stale' }, ctx: Context): void {
  const aside = join(ctx.dataDir, `${LOCK_DIR_NAME}-stale-${randomBytes(6).toString('hex')}`);
  try {
    renameSync(ctx.lockDir, aside);
  } catch (error) {
    // Another starter moved it first; the mkdir that follows decides between us.
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = judge(aside, ctx);
  // The same folder (inode) with the same owner text, and still stale: a new lock made in
  // between would have a fresh owner, or no owner and a fresh time. An inode number alone
  // is not enough: a removed folder's number can be given to the next one made.
  const same = moved.kind === 'stale' && moved.ino === judged.ino && moved.ownerText === judged.ownerText;
  if (!same) {
    try {
      renameSync(aside, ctx.lockDir);
    } catch (error) {
      ctx.log(`Journey Room moved a live lock to ${aside} by mistake and could not put it back: ${messageOf(error)}`);
    }
    throw moved.kind === 'held' ? moved.refusal : refusal(ctx, 'starting', undefined);
  }
  try {
    rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    // It is out of the way already; a leftover folder under another name holds nothing.
    ctx.log(`Journey Room could not remove the stale lock it moved to ${aside}: ${messageOf(error)}`);
  }
}

function refusal(ctx: Context, reason: DataFolderInUseReason, owner: LockOwner | undefined): DataFolderInUse {
  const who = owner ? ` (process ${owner.pid}, started at ${formatStartedAt(owner.startedAt, ctx.now())})` : '';
  let sentence: string;
  if (reason === 'starting') {
    sentence = `Another Journey Room is starting with the workshops in ${ctx.dataDir} right now. ${ctx.advice}`;
  } else if (reason === 'other-host') {
    sentence =
      `Journey Room is already running with the workshops in ${ctx.dataDir} on another computer, ` +
      `“${owner?.hostname ?? ''}”${who}. ${ctx.advice} ` +
      `If it no longer runs there, delete the folder ${ctx.lockDir} and start again.`;
  } else {
    sentence = `Journey Room is already running with the workshops in ${ctx.dataDir}${who}. ${ctx.advice}`;
  }
  return new DataFolderInUse(sentence, ctx.dataDir, reason, owner);
}

/** "14:02" today, "2026-11-23 14:02" on another day, in local time; the text as it is if it is no date. */
function formatStartedAt(startedAt: string, now: Date): string {
  const at = new Date(startedAt);
  if (Number.isNaN(at.getTime())) return startedAt;
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`;
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay ? time : `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${time}`;
}

/** `process.kill(pid, 0)` sends nothing: it only asks. ESRCH: no such process. EPERM: it exists, owned by someone else. */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

function readOwnerText(lockDir: string): string | undefined {
  try {
    return readFileSync(join(lockDir, LOCK_OWNER_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

/** The owner, if the text is one; anything else counts as no owner (a half-written or foreign file). */
function parseOwner(text: string | undefined): LockOwner | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { pid, hostname, startedAt } = value as Record<string, unknown>;
  // A pid of 0 or below would make process.kill ask about a whole process group, always "alive".
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
  if (typeof hostname !== 'string' || typeof startedAt !== 'string') return undefined;
  return { pid, hostname, startedAt };
}

function sameOwner(a: LockOwner, b: LockOwner): boolean {
  return a.pid === b.pid && a.hostname === b.hostname && a.startedAt === b.startedAt;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
