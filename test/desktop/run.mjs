/**
 * `npm run test:desktop`: the desktop smoke test, where the Electron binary
 * is installed (a contributor's machine after a normal `npm install`). It
 * builds the app, then drives the real window with playwright-core. Where the
 * binary is absent it says so and counts nothing as passed.
 */
import { spawnSync } from 'node:child_process';
import { findElectron } from './find-electron.mjs';

const electron = findElectron();
if (electron === null) {
  console.log('Electron binary not found — 0 desktop tests run.');
  console.log('Install it with a plain `npm install` on a machine with internet, then run `npm run test:desktop` again.');
  process.exit(0);
}

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['electron-vite', 'build']);
run('npx', ['vitest', 'run', '--config', 'test/desktop/vitest.config.ts'], { ...process.env, JOURNEY_ROOM_ELECTRON: electron });
