/**
 * How figures are written everywhere — screens, wall and PDF — so a leader
 * reads in the plan the numbers the room saw: a 1–5 average to one decimal
 * ("3.4"), a 0–100 index whole ("62"), a weight ("12.5"), a feeling with its
 * sign ("−1.3", "0", "+0.5"), a count with its noun ("1 team", "3 teams"),
 * and a dash where there is nothing to show. The app speaks English, so the
 * figures inside its sentences are written the English way whatever the
 * workshop's date style.
 */

const LANGUAGE = 'en-GB';
/** Shown where there is no figure: an en dash, never a zero. */
export const NO_FIGURE = '–';
/** A true minus sign, not a hyphen, before negative figures. */
const MINUS = '−';

const ONE_DECIMAL = new Intl.NumberFormat(LANGUAGE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// No thousands separator: counts and indexes read as the room typed and saw them ("2400 ratings").
const WHOLE = new Intl.NumberFormat(LANGUAGE, { maximumFractionDigits: 0, useGrouping: false });
const UP_TO_ONE_DECIMAL = new Intl.NumberFormat(LANGUAGE, { maximumFractionDigits: 1 });
const SIGNED = new Intl.NumberFormat(LANGUAGE, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const PLURALS = new Intl.PluralRules(LANGUAGE);

/** Intl writes a hyphen-minus; print the real minus sign. */
function minus(text: string): string {
  return text.replace('-', MINUS);
}

/** A 1–5 average to one decimal ("3.4"), or "–" when nothing is rated. */
export function formatScore(average: number | null): string {
  return average === null ? NO_FIGURE : minus(ONE_DECIMAL.format(average));
}

/** A 0–100 index as a whole number ("62"), or "–" when nothing is rated. */
export function formatIndex(index: number | null): string {
  return index === null ? NO_FIGURE : minus(WHOLE.format(index));
}

/** A pillar's weight in percent: whole as a rule, one decimal when one is set ("12.5"). */
export function formatWeight(weight: number): string {
  return minus(UP_TO_ONE_DECIMAL.format(weight));
}

/** A whole count ("1250"). */
export function formatCount(n: number): string {
  return minus(WHOLE.format(n));
}

/** A feeling (−2…+2) with its sign always shown and one decimal when not whole: "−1.3", "0", "+0.5". */
export function formatFeeling(value: number): string {
  const text = minus(SIGNED.format(value));
  // A value that rounds to nothing reads "0", never "−0" or "+0".
  return /^[+−]0$/.test(text) ? '0' : text;
}

/** The word for a count: `pluralWord(1, 'team')` is "team", `pluralWord(3, 'team')` "teams". */
export function pluralWord(n: number, singular: string, plural = `${singular}s`): string {
  return PLURALS.select(n) === 'one' ? singular : plural;
}

/** A count with its noun: "1 team", "3 teams", "2 people" (with `plural` given). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${pluralWord(n, singular, plural)}`;
}
