/**
 * The name offered in the save dialog: "<title> - action plan - <date>.pdf".
 * It must be a legal file name on Windows and macOS alike, so characters
 * either forbids are dropped (letters in any script stay), and it is kept
 * well under the 255-byte limit of common file systems. The two files of a
 * laptop per team also name their team.
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

/**
 * "<title> - team pack - <team>.json", or with the date at the end (a team
 * file, exported again and again): the title and the team's name each kept
 * within a share of the 255 bytes, in any script.
 */
export function teamExportFileName(title: string, label: string, teamName: string, extension: string, date?: Date): string {
  const parts = [clipBytes(safeTitle(title), TITLE_BYTES), label, clipBytes(safePart(teamName, 'Team'), TEAM_BYTES)];
  if (date) parts.push(isoLocalDate(date));
  return `${parts.join(' - ')}.${extension}`;
}

/** What the title and the team's name may take of a team's file name, in UTF-8 bytes; the rest is ASCII. */
const TITLE_BYTES = 140;
const TEAM_BYTES = 60;

function clipBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  let points = [...text];
  while (points.length > 1 && encoder.encode(points.join('')).length > maxBytes) points = points.slice(0, -1);
  return points.join('').replace(/[.\s]+$/, '');
}

function safeTitle(title: string): string {
  return safePart(title, 'Workshop');
}

function safePart(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot hides the file on macOS and Linux.
    .replace(/^[.\s]+/, '');
  const clipped = [...cleaned].slice(0, MAX_TITLE_CODE_POINTS).join('').trim();
  // Windows drops trailing dots and spaces; drop them ourselves so the name is what we say.
  const trimmed = clipped.replace(/[.\s]+$/, '');
  return trimmed === '' ? fallback : trimmed;
}
