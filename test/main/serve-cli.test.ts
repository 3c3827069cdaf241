// `npm run serve` as the browser tests use it: a child process with its own
// data folder and PORT=0 prints one line with its address, answers on the
// WebSocket, and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from './support/temp-data';
import { TestClient } from './support/ws-client';

const ROOT = resolve(import.meta.dirname, '../..');

describe('serve-cli', () => {
  it('serves on a free loopback port, saves into JOURNEY_ROOM_DATA_DIR and exits cleanly', async () => {
    const dataDir = tempDataDir();
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'main/serve-cli.ts')], {
      cwd: ROOT,
      env: { ...process.env, JOURNEY_ROOM_DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    const exited = once(child, 'exit');
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        const timer = setTimeout(() => reject(new Error(`No address after 15 s. stdout: ${stdout}`)), 15000);
        child.stdout.on('data', () => {
          const match = /^Journey Room is serving at (http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]+)\n/.exec(stdout);
          if (match?.[1]) {
            clearTimeout(timer);
            resolveUrl(match[1]);
          }
        });
      });

      const client = await TestClient.connect(url);
      const created = await client.request('library/create', { title: 'Served', template: 'blank' });
      expect(created).toMatchObject({ ok: true, result: { title: 'Served' } });
      // One workshop: its snapshot and its journal of changes.
      const files = readdirSync(join(dataDir, 'workshops')).sort();
      expect(files.map((name) => name.replace(/^[^.]+/, ''))).toEqual(['.journal', '.json']);
      await client.close();
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});
