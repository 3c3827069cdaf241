/**
 * How dates and ranks read in the PDF. Figures and counts come from the one
 * shared look (shared/present/numbers.ts); dates are written in the
 * workshop's own locale (shared/present/dates.ts), as the screens write them.
 */
import { formatDate, formatDateTime, formatDay } from '../../../shared/present/dates';

/** "2026-12-31" → "31 Dec 2026" for an en-GB workshop, "Dec 31, 2026" for en-US; empty → "Not set". */
export function formatDueDate(isoDate: string, locale: string): string {
  return isoDate === '' ? 'Not set' : formatDay(isoDate, locale);
}

/** The day a workshop ran, in the reader's own time zone: "23 November 2026". */
export function formatLongDate(date: Date, locale: string): string {
  return formatDate(date, locale, 'long');
}

/** "Generated 23 November 2026 at 14:05" (local time of the machine that exported). */
export function formatGeneratedAt(date: Date, locale: string): string {
  return `Generated ${formatDateTime(date, locale)}`;
}

/** A local calendar date as YYYY-MM-DD, for file names. */
export function isoLocalDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Rank 2 shared with another fix reads "=2", as in a league table. */
export function formatRank(rank: number, tied: boolean): string {
  return tied ? `=${rank}` : String(rank);
}
