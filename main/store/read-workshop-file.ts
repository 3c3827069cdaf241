/**
 * Reads one workshop file and decides what it is: a good workshop, a file
 * from a newer version of the app, or damaged. A damaged file is moved aside
 * into the damaged folder — never overwritten, never cleared — and the person
 * is told what happened and where it went.
 */
import { join } from 'node:path';
import type { Workshop } from '../../shared/model';
import type { StoreProblem } from '../../shared/wire';
import { parseWorkshopFile } from '../../shared/workshop-file';
import { fileTimestamp, type DataPaths } from './data-paths';
import type { Disk } from './disk';
import { WorkshopStoreError, workshopNotFound } from './store-errors';

export type ReadOutcome =
  | { readonly kind: 'ok'; readonly workshop: Workshop }
  /** Damaged and moved aside, or from a newer version and left where it is. */
  | { readonly kind: 'problem'; readonly error: WorkshopStoreError };

export function readWorkshopFile(paths: DataPaths, id: string, now: Date, disk: Disk): ReadOutcome {
  const fileName = `${id}.json`;
  const path = join(paths.workshops, fileName);
  let text: string;
  try {
    text = disk.readText(path);
  } catch (error) {
    if (isMissing(error)) throw workshopNotFound();
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return damaged(paths, id, undefined, 'the file is not valid JSON (it may have been cut short or edited by hand)', now, disk);
  }
  const parsed = parseWorkshopFile(json);
  if (parsed.ok) {
    // The file name is the id the library knows it by; a file copied in by hand
    // keeps working even if the id inside it differs.
    const workshop = parsed.workshop.id === id ? parsed.workshop : { ...parsed.workshop, id };
    return { kind: 'ok', workshop };
  }
  if (parsed.reason === 'newer-version') {
    // A file from a newer version of the app is not damaged: that version can
    // still open it. Moving it would hide it from the person who upgrades
    // again, so it stays where it is, untouched, and is reported every time.
    const label = titleOf(json) ?? `The workshop file ${fileName}`;
    const problem: StoreProblem = {
      id: `too-new:${fileName}`,
      fileName,
      movedTo: path,
      message: `${label} could not be opened: ${lowerFirst(sentence(parsed.message))} The file was left where it is, unchanged.`,
    };
    return { kind: 'problem', error: new WorkshopStoreError('too-new', problem.message, problem) };
  }
  return damaged(paths, id, titleOf(json), parsed.message, now, disk);
}

function damaged(paths: DataPaths, id: string, title: string | undefined, reason: string, now: Date, disk: Disk): ReadOutcome {
  const fileName = `${id}.json`;
  const from = join(paths.workshops, fileName);
  const label = title ?? `The workshop file ${fileName}`;
  let movedTo = join(paths.damaged, `${id}.${fileTimestamp(now)}.json`);
  let where: string;
  try {
    disk.makeFolder(paths.damaged);
    disk.rename(from, movedTo);
    where = `It was moved to ${movedTo}; nothing was deleted.`;
  } catch {
    movedTo = from;
    where = `It could not be moved aside, so it was left at ${from}; nothing was deleted.`;
  }
  const problem: StoreProblem = {
    id: `damaged:${movedTo}`,
    fileName,
    movedTo,
    message: `${label} could not be read: ${lowerFirst(withoutFinalStop(reason))}. ${where}`,
  };
  return { kind: 'problem', error: new WorkshopStoreError('damaged', problem.message, problem) };
}

/** The workshop's title in quotes, when the damaged file still shows one. */
function titleOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('title' in json)) return undefined;
  const title = json.title;
  if (typeof title !== 'string' || title.trim() === '') return undefined;
  const short = title.trim().slice(0, 120);
  return `'${short}'`;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.]+$/, '');
}

function lowerFirst(text: string): string {
  // Keep acronyms such as "JSON" as they are.
  if (/^[A-Z][a-z]/.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
