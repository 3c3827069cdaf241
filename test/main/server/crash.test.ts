// The real server (`npm run serve`: tsx on main/serve-cli.ts, PORT=0, its own
// data folder) killed with SIGKILL in the middle of a burst of changes, again
// and again. Each time it is started again on the same folder (the lock the
// killed process left is taken over), and every change that was acknowledged
// before the kill is there — with the changes after it kept in order or not
// at all, never with a hole — no file was set aside as damaged, no temp file
// is left, the journal reads whole, the library has no problem to report,
// and a command re-sent after the restart is recognised as already applied.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { PROTOCOL_VERSION } from '../../../shared/wire';
import { TEMP_MARK } from '../../../main/store/disk';
import { parseJournal } from '../../../main/store/journal';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { openStore, tempDataDir } from '../support/temp-data';
import { TestClient, type Incoming, type Reply } from '../support/ws-client';

const ROOT = resolve(import.meta.dirname, '../../..');
const WAIT_MS = 20_000;
const ROUNDS = 15;
/** The rounds stop early (after at least MIN_ROUNDS) once this much time has gone, so the test stays bounded. */
const TIME_BUDGET_MS = 60_000;
const MIN_ROUNDS = 5;
const BURST = 200;

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
  /** The server process itself (tsx runs it as a child): the pid its data-folder lock names. */
  readonly pid: number;
  readonly exited: Promise<unknown>;
  readonly output: { text: string };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Timed out: ${what}.`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the server on `dataDir` and waits (bounded) for its one line; it is killed when the test ends, whatever happens. */
async function startServer(dataDir: string): Promise<Server> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'main/serve-cli.ts')], {
    cwd: ROOT,
    env: { ...process.env, JOURNEY_ROOM_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output.text += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output.text += chunk));
  const exited = new Promise((done) => child.once('exit', done));
  const server: { pid?: number } = {};
  onTestFinished(async () => {
    // Only a server whose tsx still runs: tsx waits for the server, so then its pid is still the
    // server's (never a reused one). tsx does not pass SIGKILL on, so the server is killed first.
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (server.pid !== undefined) {
      try {
        process.kill(server.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    child.kill('SIGKILL');
    await within(exited, 5000, 'the server to stop').catch(() => undefined);
  });
  const url = await within(
    new Promise<string>((found, failed) => {
      const look = () => {
        const match = /Journey Room is serving at (http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]+)\n/.exec(output.text);
        if (match?.[1]) found(match[1]);
      };
      child.stdout?.on('data', look);
      child.once('exit', () => failed(new Error(`The server exited before serving:\n${output.text}`)));
      look();
    }),
    WAIT_MS,
    `the server to start. It printed:\n${output.text}`,
  );
  const { pid } = JSON.parse(readFileSync(join(dataDir, '.lock', 'owner.json'), 'utf8')) as { pid: number };
  server.pid = pid;
  return { child, url, pid, exited, output };
}

/** One request and its reply, bounded. */
async function ask(client: TestClient, method: string, params: unknown): Promise<Reply> {
  return within(client.request(method, params), WAIT_MS, `a reply to ${method}`);
}

async function openOver(client: TestClient, workshopId: string): Promise<{ seq: number; state: Workshop }> {
  const reply = await ask(client, 'workshop/open', { workshopId });
  if (!reply.ok) throw new Error(`Open refused: ${reply.error?.message ?? ''}`);
  const result = reply.result as { kind: string; snapshot: { seq: number; state: Workshop } };
  return result.snapshot;
}

/** One change of the burst: the command, and the value it leaves in one place of the workshop. */
interface Change {
  readonly command: Record<string, unknown>;
  readonly key: string;
  readonly value: string;
}

/** Every touchpoint's title and every rating's score and note: the places the bursts change. */
function places(workshop: Workshop): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of workshop.touchpoints) out.set(`title:${t.id}`, t.title);
  for (const r of workshop.ratings) out.set(`rating:${r.teamId}:${r.touchpointId}:${r.pillarId}`, `${String(r.score)}|${r.note}`);
  return out;
}

function burstFor(workshop: Workshop, round: number): Change[] {
  const { touchpoints, teams } = workshop;
  const pillars = workshop.framework.pillars;
  return Array.from({ length: BURST }, (_, i): Change => {
    const touchpoint = touchpoints[(i * 7 + round) % touchpoints.length];
    if (!touchpoint) throw new Error('The sample has no touchpoints.');
    if (i % 2 === 0) {
      const title = `Round ${String(round)} change ${String(i)}`;
      return { command: { type: 'touchpoint/update', touchpointId: touchpoint.id, title }, key: `title:${touchpoint.id}`, value: title };
    }
    const team = teams[i % teams.length];
    const pillar = pillars[(i >> 1) % pillars.length];
    if (!team || !pillar) throw new Error('The sample has no teams or pillars.');
    const score = (i % 5) + 1;
    const note = `r${String(round)} n${String(i)}`;
    return {
      command: { type: 'rating/set', teamId: team.id, touchpointId: touchpoint.id, pillarId: pillar.id, score, note },
      key: `rating:${team.id}:${touchpoint.id}:${pillar.id}`,
      value: `${String(score)}|${note}`,
    };
  });
}

/**
 * The first prefix of the burst, at least as long as the last acknowledged change, that leaves the
 * workshop as it is; undefined when none does (an acknowledged change lost, or a hole in the order).
 */
function keptPrefix(before: Map<string, string>, burst: readonly Change[], lastAcked: number, now: Map<string, string>): number | undefined {
  const expected = new Map(before);
  burst.slice(0, lastAcked + 1).forEach((change) => expected.set(change.key, change.value));
  for (let kept = lastAcked + 1; kept <= burst.length; kept += 1) {
    if (kept > lastAcked + 1) {
      const change = burst[kept - 1] as Change;
      expected.set(change.key, change.value);
    }
    if (expected.size === now.size && [...expected].every(([key, value]) => now.get(key) === value)) return kept;
  }
  return undefined;
}

/** Temp files in the folders the store cleans when it starts (the data folder and workshops/). */
function leftoverTemps(dataDir: string): string[] {
  const folders = [dataDir, join(dataDir, 'workshops')];
  return folders.flatMap((folder) => readdirSync(folder).filter((name) => name.includes(TEMP_MARK)).map((name) => join(folder, name)));
}

function journalReadsWhole(dataDir: string, workshopId: string): void {
  const text = readFileSync(join(dataDir, 'workshops', `${workshopId}.journal`), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  expect(parseJournal(text)?.problem).toBeUndefined();
}

describe('the real server killed mid-burst', () => {
  it('keeps every acknowledged change, in order, over repeated SIGKILLs and restarts', { timeout: 150_000 }, async () => {
    const started = Date.now();
    const dataDir = tempDataDir();
    let server = await startServer(dataDir);
    let client = await TestClient.connect(server.url);
    const created = await ask(client, 'library/create', { title: 'Killed and back', template: 'sample' });
    expect(created.ok).toBe(true);
    const workshopId = (created.result as { id: string }).id;
    let opened = await openOver(client, workshopId);
    let nextId = 1000;
    let rounds = 0;
    let totalAcked = 0;

    for (let round = 1; round <= ROUNDS; round += 1) {
      if (round > MIN_ROUNDS && Date.now() - started > TIME_BUDGET_MS) break;
      rounds = round;
      const before = places(opened.state);
      const seqBefore = opened.seq;
      const burst = burstFor(opened.state, round);
      const clientId = `crash-page-${String(round)}`;
      // Kill once this many changes are acknowledged: somewhere different in each round's burst.
      const killAfter = 10 + ((round * 37) % 150);
      const idToIndex = new Map<number, number>();
      const acked: number[] = [];
      const refused: { readonly index: number; readonly message: string }[] = [];
      let killed = false;
      const socket = client.socket;
      const closed = new Promise((done) => socket.once('close', done));
      // Most rounds keep a window of changes in flight, as pages do, so the kill lands while some are
      // on their way to the disk and some not yet read; every third round sends the whole burst at once.
      const window = round % 3 === 0 ? BURST : 4 + ((round * 5) % 24);
      let sent = 0;
      const sendNext = () => {
        if (killed || sent >= burst.length) return;
        const change = burst[sent] as Change;
        const id = (nextId += 1);
        idToIndex.set(id, sent);
        sent += 1;
        const params = { workshopId, command: change.command, mutation: { clientId, n: sent } };
        socket.send(JSON.stringify({ v: PROTOCOL_VERSION, id, method: 'workshop/dispatch', params }));
      };
      client.onMessage((message: Incoming) => {
        if (!('id' in message) || message.id === null) return;
        const index = idToIndex.get(message.id);
        if (index === undefined) return;
        if (message.ok) acked.push(index);
        else refused.push({ index, message: `${message.error?.code ?? ''}: ${message.error?.message ?? ''}` });
        if (!killed && acked.length >= killAfter) {
          killed = true;
          process.kill(server.pid, 'SIGKILL');
        }
        sendNext();
      });
      for (let i = 0; i < window; i += 1) sendNext();
      await within(closed, WAIT_MS, `the connection to drop after the kill (round ${String(round)}, ${String(acked.length)} acknowledged)`);
      await within(server.exited, WAIT_MS, 'the killed server to be gone');
      expect(killed).toBe(true);
      expect(new Set(acked).size).toBe(acked.length);
      totalAcked += acked.length;

      // What the killed server left: nothing damaged, a journal that reads whole.
      expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
      journalReadsWhole(dataDir, workshopId);

      // Back up on the same folder: the dead server's lock is taken over.
      server = await startServer(dataDir);
      client = await TestClient.connect(server.url);
      opened = await openOver(client, workshopId);
      const now = places(opened.state);
      const lastAcked = acked.length - 1;
      const kept = keptPrefix(before, burst.slice(0, sent), lastAcked, now);
      expect(kept, `round ${String(round)}: ${String(acked.length)} acknowledged, but the workshop is not the burst's first ${String(acked.length)} or more changes`).toBeDefined();
      // Each kept change was applied exactly once: the sequence moved on by exactly that many.
      expect(opened.seq - seqBefore).toBe(kept);
      // Nothing was refused: the disk was healthy, and a snapshot rewritten mid-burst waits for the flushes on their way.
      expect(refused).toEqual([]);

      // The last acknowledged command, re-sent by a page after the restart, is recognised.
      const again = await ask(client, 'workshop/dispatch', {
        workshopId,
        command: burst[lastAcked]?.command,
        mutation: { clientId, n: lastAcked + 1 },
      });
      expect(again).toMatchObject({ ok: false, error: { code: 'duplicate' } });

      const listing = await ask(client, 'library/list', {});
      expect(listing).toMatchObject({ ok: true, result: { problems: [], workshops: [{ id: workshopId }] } });
      expect(leftoverTemps(dataDir)).toEqual([]);
      expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
      journalReadsWhole(dataDir, workshopId);
    }
    expect(rounds).toBeGreaterThanOrEqual(MIN_ROUNDS);
    expect(totalAcked).toBeGreaterThan(rounds * 10 - 1);

    // Stopped cleanly at last: what a fresh store reads is what the last server showed.
    await client.close();
    server.child.kill('SIGTERM');
    expect(await within(server.exited, WAIT_MS, 'the server to stop on SIGTERM')).toBe(0);
    const saved = readSavedWorkshop(join(dataDir, 'workshops', `${workshopId}.json`));
    expect(saved.ok && saved.workshop).toEqual(opened.state);
    const store = openStore(dataDir);
    expect(store.load(workshopId).workshop).toEqual(opened.state);
    expect(store.list().problems).toEqual([]);
    expect(leftoverTemps(dataDir)).toEqual([]);
    journalReadsWhole(dataDir, workshopId);
  });
});
