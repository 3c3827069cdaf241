/**
 * Starts the real app server (`main/serve-cli.ts`, the same thing `npm run
 * serve` runs) as a child process on a free loopback port with its own temp
 * data folder, and stops it afterwards. The renderer must already be built
 * into out/web (`npm run test:e2e` does that first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
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
    env: { ...process.env, JOURNEY_ROOM_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForAddress(child);
  return {
    url,
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
      const match = /serving at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
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
