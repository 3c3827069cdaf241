/**
 * Puts a workshop made with the real reducer into an app data folder before
 * the server starts, so a browser test can begin at the Vote or Plan screen
 * with exactly the fixes and people it needs.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';

/** A blank workshop with these commands applied; a refusal fails the test with the reducer's sentence. */
export function buildWorkshop(title: string, commands: (w: Workshop) => readonly ClientCommand[]): Workshop {
  const newId = sequentialIds('s');
  const now = () => '2026-11-20T10:00:00.000Z';
  let state = createBlankWorkshop({ title, now: now(), newId });
  for (const command of commands(state)) {
    const result = applyCommand(state, command, { now, newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

/** Applies more commands to a built workshop, e.g. ones that need ids the first batch made. */
export function extendWorkshop(start: Workshop, commands: (w: Workshop) => readonly ClientCommand[]): Workshop {
  const newId = sequentialIds('t');
  const now = () => '2026-11-20T10:00:00.000Z';
  let state = start;
  for (const command of commands(state)) {
    const result = applyCommand(state, command, { now, newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

/** A fresh data folder holding this workshop (the library index is rebuilt from it). */
export function dataDirWith(workshop: Workshop): string {
  const dir = mkdtempSync(join(tmpdir(), 'jr-e2e-seeded-'));
  mkdirSync(join(dir, 'workshops'), { recursive: true });
  writeFileSync(join(dir, 'workshops', `${workshop.id}.json`), JSON.stringify(workshop));
  return dir;
}
