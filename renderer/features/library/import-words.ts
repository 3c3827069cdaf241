/**
 * Importing into the library, apart from React: which files are too big to
 * send before anything is read, and what the person is told once the host
 * has answered — what was imported, that the workshop is there already, or
 * why the file was refused (the host's sentence, and that nothing changed).
 */
import { FACILITATOR_MESSAGE_MAX, IMPORT_TEXT_MAX, type ImportResult, type WorkshopSummary } from '../../../shared/wire';

export const NOTHING_CHANGED = 'Nothing was added to your library.';

const TOO_BIG = `This file is too big to be a Journey Room workshop (more than ${String(IMPORT_TEXT_MAX / (1024 * 1024))} MB).`;

/** Why a file of this many bytes is not even read, or null when it may be. */
export function fileSizeRefusal(bytes: number): string | null {
  // Every byte of the file becomes at most one character of its text: a file within the bound is a text within it.
  return bytes > IMPORT_TEXT_MAX ? TOO_BIG : null;
}

/** Why this text cannot be sent to the host, or null when it can: the request carries it whole. */
export function textSizeRefusal(text: string): string | null {
  if (text.length > IMPORT_TEXT_MAX) return TOO_BIG;
  // The request holds the text as JSON: quotes and backslashes escaped, other letters as UTF-8.
  const bytes = new TextEncoder().encode(JSON.stringify(text)).length;
  return bytes + 1024 > FACILITATOR_MESSAGE_MAX ? TOO_BIG : null;
}

export interface ImportedWords {
  /** The notice's first line: "Imported “Renewal journey”". */
  readonly headline: string;
  /** What to do or know next, when there is something. */
  readonly detail: string | null;
}

/** What the person is told when a file went into the library. */
export function importedWords(result: Extract<ImportResult, { kind: 'imported' }>): ImportedWords {
  const { workshop } = result;
  const copy = workshop.teamCopy;
  if (copy) {
    return {
      headline: `Opened ${possessive(copy.teamName)} pack of “${copy.masterTitle}”`,
      detail: 'Work in it, then export the team file from Export and hand it back to the facilitator.',
    };
  }
  return {
    headline: `Imported “${workshop.title}”`,
    detail: result.migrated
      ? 'It was saved by an older version of Journey Room and has been brought up to date here; the file itself is unchanged.'
      : null,
  };
}

/** "Team Blue's", "Sales & Onboarding's". */
function possessive(name: string): string {
  return `${name}’s`;
}

/** The question when the file holds a workshop the library has already. */
export interface ExistsWords {
  readonly title: string;
  readonly body: string;
}

export function existsWords(existing: WorkshopSummary, fileName: string): ExistsWords {
  const title = `“${existing.title}” is already in your library`;
  if (existing.teamCopy) {
    return {
      title,
      body: `This team pack was opened on this computer before, as “${existing.title}”. Open it to carry on with the team’s work, or keep both to start again from the pack beside it. Nothing is overwritten.`,
    };
  }
  const file = fileName.trim() === '' ? 'The file' : `The file “${fileName}”`;
  return {
    title,
    body: `${file} holds the same workshop. Open the one in your library, or keep both: the file is added beside it as a second workshop, “${existing.title} (copy)”. Nothing is overwritten.`,
  };
}

/** A refused file: its name, the host's sentence, and that nothing changed. */
export function refusedWords(fileName: string, reason: string): string {
  const sentence = /[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`;
  const name = fileName.trim() === '' ? 'The file' : `“${fileName}”`;
  return `${name} was not imported. ${sentence} ${NOTHING_CHANGED}`;
}
