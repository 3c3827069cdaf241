/**
 * How dates, scores and ranks read in the PDF. Kept apart from drawing so the
 * wording is the same in every section and easy to test.
 */

/** Our own short month names: ICU versions disagree ("Sep" or "Sept"), and the PDF should not. */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2026-12-31" → "31 Dec 2026"; empty → "Not set". A calendar date has no time zone, so none is applied. */
export function formatDueDate(isoDate: string): string {
  if (isoDate === '') return 'Not set';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match === null ? undefined : SHORT_MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The day a workshop ran, in the reader's own time zone: "23 November 2026". */
export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "Generated 23 November 2026 at 14:05" (local time of the machine that exported). */
export function formatGeneratedAt(date: Date): string {
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
  return `Generated ${when}`;
}

/** A local calendar date as YYYY-MM-DD, for file names. */
export function isoLocalDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A 1–5 average with one decimal: 3.456 → "3.5". */
export function formatAverage(average: number): string {
  return average.toFixed(1);
}

/** A 0–100 index as a whole number. */
export function formatIndex(index: number): string {
  return String(Math.round(index));
}

/** Rank 2 shared with another fix reads "=2", as in a league table. */
export function formatRank(rank: number, tied: boolean): string {
  return tied ? `=${rank}` : String(rank);
}

/** "1 team" / "3 teams". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
