/**
 * Real folders for real stores: each test gets a fresh temp data folder,
 * removed when the test finishes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import type { Workshop } from '../../../shared/model';
import { WorkshopHost, type WorkshopHostOptions } from '../../../main/host/workshop-host';
import { createWorkshopStore, type WorkshopStore } from '../../../main/store/workshop-store';

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jr-main-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A store on the folder. Opened in a test, it is closed when the test
 * finishes, so its writes on their way land before the folder goes; opened
 * for a whole file (beforeAll), the host on it closes it.
 */
export function openStore(dataDir: string, now?: () => Date): WorkshopStore {
  const store = createWorkshopStore({ dataDir, report: () => undefined, ...(now ? { now } : {}) });
  if (expect.getState().currentTestName !== undefined) onTestFinished(() => store.close());
  return store;
}

let counter = 0;

/** A blank workshop with readable, file-safe ids ("w1-…"). */
export function blankWorkshop(title: string): Workshop {
  counter += 1;
  return createBlankWorkshop({ title, now: '2026-11-23T09:00:00.000Z', newId: sequentialIds(`w${counter}x`) });
}

export function workshopFile(dataDir: string, id: string): string {
  return join(dataDir, 'workshops', `${id}.json`);
}

/** The journal of changes since the workshop's snapshot. */
export function journalFile(dataDir: string, id: string): string {
  return join(dataDir, 'workshops', `${id}.journal`);
}

export function fileBytes(path: string): Buffer {
  return readFileSync(path);
}

/** A clock a second ahead at each reading, so every change moves the workshop's updatedAt. */
export function tickingClock(): () => Date {
  let ticks = 0;
  return () => new Date(Date.UTC(2026, 11, 3, 9, 0, (ticks += 1)));
}

/** A host on this store, closed when the test finishes (its background writes end before the folder goes). */
export function hostOn(store: WorkshopStore, options: Omit<WorkshopHostOptions, 'store'> = {}): WorkshopHost {
  const host = new WorkshopHost({ store, log: () => undefined, ...options });
  onTestFinished(() => host.close());
  return host;
}

/** A host on a fresh store in a fresh temp folder, with one saved blank workshop. */
export async function hostWithWorkshop(
  title = 'Onboarding journey',
  options: Omit<WorkshopHostOptions, 'store'> = {},
): Promise<{ host: WorkshopHost; dataDir: string; workshop: Workshop }> {
  const dataDir = tempDataDir();
  const store = openStore(dataDir);
  const workshop = blankWorkshop(title);
  await store.create(workshop);
  return { host: hostOn(store, options), dataDir, workshop };
}
