/**
 * How dates are written: always in the workshop's own locale, never the
 * browser's or the computer's, so a due date reads the same on every laptop
 * in the room, on the wall and in the PDF. A workshop takes the locale of
 * the device that created it (one of the common ones below), and the
 * facilitator can change it in the workshop's details.
 */

/** Workshops saved before they had a locale write dates this way ("31 Dec 2026"). */
export const DEFAULT_LOCALE = 'en-GB';

export interface LocaleChoice {
  readonly locale: string;
  /** Its name in the list. */
  readonly name: string;
}

/** The common locales the details form offers; a file may name any other valid one. */
export const WORKSHOP_LOCALES: readonly LocaleChoice[] = [
  { locale: 'en-GB', name: 'English (United Kingdom)' },
  { locale: 'en-US', name: 'English (United States)' },
  { locale: 'en-IE', name: 'English (Ireland)' },
  { locale: 'en-AU', name: 'English (Australia)' },
  { locale: 'en-CA', name: 'English (Canada)' },
  { locale: 'en-IN', name: 'English (India)' },
  { locale: 'de-DE', name: 'German (Germany)' },
  { locale: 'fr-FR', name: 'French (France)' },
  { locale: 'es-ES', name: 'Spanish (Spain)' },
  { locale: 'it-IT', name: 'Italian (Italy)' },
  { locale: 'nl-NL', name: 'Dutch (Netherlands)' },
  { locale: 'pl-PL', name: 'Polish (Poland)' },
  { locale: 'pt-BR', name: 'Portuguese (Brazil)' },
  { locale: 'sv-SE', name: 'Swedish (Sweden)' },
  { locale: 'el-GR', name: 'Greek (Greece)' },
  { locale: 'ja-JP', name: 'Japanese (Japan)' },
];

/**
 * The listed locale for a device's preferred ones (a browser's
 * navigator.languages, the computer's own): the same tag, else the first
 * listed one of the same language, else the default.
 */
export function matchLocale(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const exact = WORKSHOP_LOCALES.find((c) => c.locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.locale;
    const language = tag.split('-')[0]?.toLowerCase();
    const sameLanguage = WORKSHOP_LOCALES.find((c) => c.locale.split('-')[0] === language);
    if (sameLanguage) return sameLanguage.locale;
  }
  return DEFAULT_LOCALE;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style, made once: building them is slow and pages list many dates. */
function format(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${key}`;
  let found = formats.get(id);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(id, found);
  }
  return found;
}

export type DayLength = 'short' | 'long';

/** A calendar day "2026-12-31" as a Date at UTC midnight, or null when it is not one. */
function calendarDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar day (a due date, "2026-12-31") in the workshop's locale: en-GB
 * "31 Dec 2026" (long: "31 December 2026"), en-US "Dec 31, 2026". A day has
 * no time zone, so none moves it. Empty stays empty; anything else unreadable
 * is shown as it was typed.
 */
export function formatDay(isoDate: string, locale: string, length: DayLength = 'short'): string {
  if (isoDate === '') return '';
  const date = calendarDay(isoDate);
  if (date === null) return isoDate;
  return format(locale, `day-${length}`, { day: 'numeric', month: length, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A moment's calendar day in the workshop's locale, in the given time zone (the reader's own when none is given). */
export function formatDate(at: Date, locale: string, length: DayLength = 'long', timeZone?: string): string {
  return format(locale, `date-${length}-${timeZone ?? ''}`, { day: 'numeric', month: length, year: 'numeric', timeZone }).format(at);
}

/** A moment with its time of day in the workshop's locale: en-GB "23 November 2026 at 14:05". */
export function formatDateTime(at: Date, locale: string, timeZone?: string): string {
  return format(locale, `datetime-${timeZone ?? ''}`, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
}

/**
 * A time of day in the workshop's locale: en-GB "14:05", en-US "2:05 PM";
 * with `seconds` "14:05:09", for moments that would otherwise read alike.
 */
export function formatTime(at: Date, locale: string, timeZone?: string, seconds = false): string {
  const timeStyle = seconds ? 'medium' : 'short';
  return format(locale, `time-${timeStyle}-${timeZone ?? ''}`, { timeStyle, timeZone }).format(at);
}

/**
 * A moment's day with its weekday, for telling recent days apart: en-GB
 * "Wed 2 Dec", en-US "Wed, Dec 2"; with `withYear` "Fri, 28 Nov 2025".
 */
export function formatWeekdayDate(at: Date, locale: string, withYear: boolean, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone };
  return format(locale, `weekday-${String(withYear)}-${timeZone ?? ''}`, withYear ? { ...options, year: 'numeric' } : options).format(at);
}
