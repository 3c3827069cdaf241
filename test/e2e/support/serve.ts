/**
 * Starts the real app server (`main/serve-cli.ts`, the same thing `npm run
 * serve` runs) as a child process on a free loopback port with its own temp
 * data folder, and stops it afterwards. The renderer must already be built
 * into out/web (`npm run test:e2e` does that first).
 *
 * `url` is the facilitator's address as the server prints it, key included
 * (`http://127.0.0.1:<port>/?key=<key>`). A page opened there, or at
 * `${url}#/workshop/<id>`, is sent on to `/` with the facilitator's cookie
 * (the browser keeps the fragment), so it is the facilitator's page. The
 * room may open on loopback (there is no LAN in CI), on any free port, and
 * also answers to the name `room.test` (ROOM_HOST_NAME) for a browser that
 * maps that name to 127.0.0.1: a page there is not a secure context, as on
 * a real room's LAN address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  /** The facilitator's address, key included. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`, where the facilitator's pages and their WebSockets come from. */
  readonly origin: string;
  readonly port: number;
  /** The facilitator key; as a cookie (facilitatorCookie) it makes a WebSocket the facilitator's. */
  readonly key: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** A host name, not an address, the room also answers to: a page there is on a non-secure origin. */
export const ROOM_HOST_NAME = 'room.test';

/** The cookie the server sets at `/?key=<key>`: what makes a request to the desk listener the facilitator's. */
export function facilitatorCookie(app: RunningApp): string {
  return `jr_facilitator_${String(app.port)}=${app.key}`;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** Starts the app on `dataDir`, or on a fresh temp folder that is removed again when it stops. */
export async function startApp(givenDataDir?: string): Promise<RunningApp> {
  const dataDir = givenDataDir ?? mkdtempSync(join(tmpdir(), 'jr-e2e-data-'));
  if (!existsSync(join(ROOT, 'out/web/index.html'))) {
    throw new Error('The renderer is not built. Run `npm run build:web` first (npm run test:e2e does).');
  }
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const child = spawn(tsx, [join(ROOT, 'main/serve-cli.ts')], {
    cwd: ROOT,
    // The room may open on loopback (no LAN in CI), on any free port, and answers to room.test too.
    env: {
      ...process.env,
      JOURNEY_ROOM_DATA_DIR: dataDir,
      PORT: '0',
      JOURNEY_ROOM_ROOM_ADDRESSES: '127.0.0.1',
      JOURNEY_ROOM_ROOM_PORT: '0',
      JOURNEY_ROOM_ROOM_HOSTS: ROOM_HOST_NAME,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForAddress(child);
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    key: parsed.searchParams.get('key') ?? '',
    dataDir,
    stop: async () => {
      await stopChild(child);
      if (givenDataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The app server did not start within 30 s. It printed:\n${output}`));
    }, 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Up to the end of the line: a chunk that ends inside the key must not give half of it.
      const match = /serving at (http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]+)\r?\n/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app server exited (code ${String(code)}) before serving. It printed:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** Where the browser tests put their screenshots and downloads, for people to look at. */
export function outputDir(...parts: string[]): string {
  const dir = join(ROOT, 'test-output', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
