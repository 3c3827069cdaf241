/**
 * The name offered in the save dialog: "<title> - action plan - <date>.pdf".
 * It must be a legal file name on Windows and macOS alike, so characters
 * either forbids are dropped (letters in any script stay), and it is kept
 * well under the 255-byte limit of common file systems.
 */
import type { Workshop } from '../../../shared/model';
import { isoLocalDate } from './format';

/** Characters Windows or macOS refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Code points of the title kept in the name; leaves room for the rest within 255 bytes even in 4-byte UTF-8. */
const MAX_TITLE_CODE_POINTS = 60;

export function defaultPdfFileName(workshop: Workshop, date: Date): string {
  return exportFileName(workshop, 'action plan', 'pdf', date);
}

/** "<title> - <label> - <date>.<extension>": every export of one workshop is named alike and sorts together. */
export function exportFileName(workshop: Workshop, label: string, extension: string, date: Date): string {
  return `${safeTitle(workshop.title)} - ${label} - ${isoLocalDate(date)}.${extension}`;
}

function safeTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot hides the file on macOS and Linux.
    .replace(/^[.\s]+/, '');
  const clipped = [...cleaned].slice(0, MAX_TITLE_CODE_POINTS).join('').trim();
  // Windows drops trailing dots and spaces; drop them ourselves so the name is what we say.
  const trimmed = clipped.replace(/[.\s]+$/, '');
  return trimmed === '' ? 'Workshop' : trimmed;
}
