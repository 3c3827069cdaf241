/**
 * Where the Electron binary is, without asking the `electron` package (which
 * tries to download a missing binary). Development machines without internet
 * have none; `npm run test:desktop` then says so and runs nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron executable's path, or null when it is not installed. */
export function findElectron() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(packageDir, 'path.txt');
  if (!override && !existsSync(pathFile)) return null;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executable = override ? join(override, relative) : join(packageDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}
