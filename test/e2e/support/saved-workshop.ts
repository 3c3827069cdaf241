/**
 * What a browser test checks against: the workshop as the store wrote it to
 * the data folder, and the top bar's word that every edit has reached it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { readSavedWorkshop as readSaved } from '../../../main/store/saved-workshop';

/** The one workshop saved in `dataDir`: its snapshot with its journal replayed, as the app opens it. */
export function readSavedWorkshop(dataDir: string): Workshop {
  const dir = join(dataDir, 'workshops');
  const file = readdirSync(dir).find((name) => name.endsWith('.json'));
  if (!file) throw new Error('No workshop was saved.');
  const read = readSaved(join(dir, file));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

/** Waits until the top bar says every change is on disk. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('All changes saved');
}
