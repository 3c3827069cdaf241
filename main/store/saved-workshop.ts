/**
 * A workshop as it is saved in a data folder — its snapshot with its journal
 * replayed — read without changing anything on disk. For exporting a
 * workshop from the command line and for tests that check what is saved.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Workshop } from '../../shared/model';
import { parseWorkshopFile } from '../../shared/workshop-file';
import { replayJournal } from './journal';

/** The journal that goes with a workshop file: `<id>.json` → `<id>.journal`. */
export function journalPathFor(workshopFile: string): string {
  return workshopFile.replace(/\.json$/i, '.journal');
}

/** The saved workshop, or a sentence saying why the file cannot be opened. */
export function readSavedWorkshop(workshopFile: string): { ok: true; workshop: Workshop } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(workshopFile, 'utf8'));
  } catch {
    return { ok: false, message: 'This file is not a Journey Room workshop: it is not JSON.' };
  }
  const parsed = parseWorkshopFile(json);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const journal = journalPathFor(workshopFile);
  const text = journal !== workshopFile && existsSync(journal) ? readFileSync(journal, 'utf8') : undefined;
  return { ok: true, workshop: replayJournal(parsed.workshop, text).workshop };
}
