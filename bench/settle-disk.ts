/**
 * Asks the system to write out what other programs left waiting for the disk
 * (the web build that `npm run bench` runs first leaves megabytes of it), so
 * a benchmark of the journal's flushes times Journey Room's own writes, not
 * the kernel writing back someone else's in the middle of them. Where there
 * is no `sync` command (Windows), the figures are simply noisier.
 */
import { spawnSync } from 'node:child_process';

export function settleDisk(): void {
  spawnSync('sync', { stdio: 'ignore', timeout: 30_000 });
}
