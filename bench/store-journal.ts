/**
 * The journal's figures, on the large fixture with the real store on a temp
 * folder:
 *
 * store.rating_change_bytes_written: every byte written to the disk for one
 * rating before it is acknowledged, counted at the store's disk layer
 * (goal ≤ 4096).
 * store.open_large_ms: opening the large workshop from its snapshot and a
 * journal of 1,000 changes — reading, checking and replaying them, and the
 * host's undo history and command numbers rebuilt — median of 5
 * (goal ≤ 300 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FACILITATOR } from '../shared/seat';
import { WorkshopHost } from '../main/host/workshop-host';
import { nodeDisk, type Disk } from '../main/store/disk';
import { createWorkshopStore } from '../main/store/workshop-store';
import { createLargeWorkshop } from '../test/fixtures/large-workshop';
import type { Benchmark } from './benchmark';
import { ratingAt } from './core-persist';
import { commandAt } from './large-store';
import { percentile, round } from './stats';

/** The real disk, counting the bytes each write hands to it. */
function countingDisk(): Disk & { written: number } {
  const disk = {
    ...nodeDisk,
    written: 0,
    appendFully(handle: number, data: Uint8Array) {
      disk.written += data.length;
      nodeDisk.appendFully(handle, data);
    },
    writeAtomically(path: string, data: Uint8Array) {
      disk.written += data.length;
      nodeDisk.writeAtomically(path, data);
    },
    async writeAtomicallyLater(path: string, data: Uint8Array) {
      disk.written += data.length;
      await nodeDisk.writeAtomicallyLater(path, data);
    },
  };
  return disk;
}

async function bytesPerRating(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jr-bench-bytes-'));
  const disk = countingDisk();
  // No automatic restore point or snapshot in the way: they are written later, in the background.
  const store = createWorkshopStore({ dataDir, disk });
  const workshop = createLargeWorkshop();
  await store.create(workshop);
  const host = new WorkshopHost({ store, autoPointEveryMs: Number.POSITIVE_INFINITY });
  try {
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const before = disk.written;
      const outcome = await host.dispatch(workshop.id, ratingAt(workshop, i), { seat: FACILITATOR });
      if (!outcome.ok) throw new Error(outcome.error.message);
      samples.push(disk.written - before);
    }
    return percentile(samples, 50);
  } finally {
    // The host's own close: no snapshot timer of it is left to fire after the folder is gone.
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openWithJournal(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jr-bench-open-'));
  try {
    const store = createWorkshopStore({ dataDir });
    const workshop = createLargeWorkshop();
    await store.create(workshop);
    // A snapshot only at the start: the 1,000 changes all wait in the journal.
    const host = new WorkshopHost({ store, snapshotEvery: Number.POSITIVE_INFINITY, idleSnapshotMs: 3_600_000, autoPointEveryMs: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 1000; i++) {
      const outcome = await host.dispatch(workshop.id, commandAt(workshop, i), { seat: FACILITATOR });
      if (!outcome.ok) throw new Error(outcome.error.message);
    }
    await store.close();
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const reopened = new WorkshopHost({ store: createWorkshopStore({ dataDir }) });
      const opened = reopened.openWorkshop(workshop.id);
      times.push(performance.now() - start);
      if (opened.seq !== 1000) throw new Error(`Opened at change ${opened.seq}, not 1000.`);
    }
    return percentile(times, 50);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const storeJournalBenchmark: Benchmark = {
  name: 'store journal',
  async run() {
    const bytes = await bytesPerRating();
    const open = await openWithJournal();
    return [
      { name: 'store.rating_change_bytes_written', value: bytes, unit: 'bytes', goal: 4096 },
      { name: 'store.open_large_ms', value: round(open), unit: 'ms', goal: 300 },
    ];
  },
};
