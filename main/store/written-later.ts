/**
 * One file the store rewrites now and then in the background (the library
 * index): each write runs off the main thread (Disk.writeAtomicallyLater),
 * and only one is on its way at a time. A write asked for while another runs
 * is made once that one has landed, with the content as it is then, so an
 * older write never lands after a newer one and writes asked for together
 * become one.
 */
import type { Disk } from './disk';

export interface WrittenLater {
  /** Writes the file soon: now, or right after the write on its way. */
  write(): void;
  /** Resolves once no write is on its way or owed. */
  settled(): Promise<void>;
}

/**
 * `content` is read when a write starts, so it is always the newest.
 * A write the disk refuses goes to `failed`; the next write tries again.
 */
export function writtenLater(disk: Disk, path: string, content: () => Uint8Array, failed: (error: unknown) => void): WrittenLater {
  let running: Promise<void> | null = null;
  let owed = false;

  function start(): void {
    owed = false;
    const writing = Promise.resolve()
      .then(() => disk.writeAtomicallyLater(path, content()))
      .catch(failed)
      .finally(() => {
        if (running === writing) running = null;
        if (owed) start();
      });
    running = writing;
  }

  return {
    write() {
      if (running) owed = true;
      else start();
    },
    async settled() {
      while (running) await running;
    },
  };
}
