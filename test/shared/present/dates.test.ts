// Dates are written in the workshop's locale, never the browser's or the
// computer's: an en-US environment does not turn an en-GB workshop's
// 31 Dec 2026 into 12/31/2026. A workshop carries its locale in its file;
// older files without one open the en-GB way; the facilitator changes it
// with an undoable detail, as the other details.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../../../shared/reducer';
import { revertChanges } from '../../../shared/changes/revert';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import { DEFAULT_LOCALE, formatDate, formatDateTime, formatDay, formatTime, formatWeekdayDate, matchLocale, WORKSHOP_LOCALES } from '../../../shared/present/dates';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { teamCommandRefusal } from '../../../shared/roles';
import { apply, blank, refuse, testContext } from '../helpers';

const NEW_YEARS_EVE = '2026-12-31';
const AFTERNOON = new Date('2026-11-23T14:05:00Z');

/** Makes the environment's own locale en-US, as on an American laptop: any formatter not told a locale uses it. */
function americanEnvironment(): void {
  const Real = Intl.DateTimeFormat;
  const American = function (locales?: string | readonly string[], options?: Intl.DateTimeFormatOptions) {
    return new Real(locales ?? 'en-US', options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(American, { supportedLocalesOf: Real.supportedLocalesOf.bind(Real) });
  vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: American });
}

afterEach(() => vi.unstubAllGlobals());

describe('dates in the workshop’s locale', () => {
  it('writes a due date the way the workshop’s locale does', () => {
    expect(formatDay(NEW_YEARS_EVE, 'en-GB')).toBe('31 Dec 2026');
    expect(formatDay(NEW_YEARS_EVE, 'en-GB', 'long')).toBe('31 December 2026');
    expect(formatDay(NEW_YEARS_EVE, 'en-US')).toBe('Dec 31, 2026');
    expect(formatDay(NEW_YEARS_EVE, 'de-DE', 'long')).toBe('31. Dezember 2026');
    expect(formatDay('', 'en-GB')).toBe('');
    expect(formatDay('soon', 'en-GB')).toBe('soon');
  });

  it('keeps a calendar day on its day in every time zone', () => {
    expect(formatDay('2027-01-01', 'en-GB')).toBe('1 Jan 2027');
  });

  it('writes moments in the workshop’s locale and the given time zone', () => {
    expect(formatDate(AFTERNOON, 'en-GB', 'long', 'UTC')).toBe('23 November 2026');
    expect(formatDateTime(AFTERNOON, 'en-GB', 'UTC')).toBe('23 November 2026 at 14:05');
    expect(formatTime(AFTERNOON, 'en-GB', 'UTC')).toBe('14:05');
    expect(formatTime(AFTERNOON, 'en-US', 'UTC')).toBe('2:05 PM');
    expect(formatTime(AFTERNOON, 'en-GB', 'UTC', true)).toBe('14:05:00');
    expect(formatWeekdayDate(AFTERNOON, 'en-GB', false, 'UTC')).toBe('Mon 23 Nov');
    expect(formatWeekdayDate(AFTERNOON, 'en-US', false, 'UTC')).toBe('Mon, Nov 23');
    expect(formatWeekdayDate(AFTERNOON, 'en-GB', true, 'UTC')).toBe('Mon, 23 Nov 2026');
  });

  it('is not moved by an en-US environment when the workshop is set to en-GB', async () => {
    americanEnvironment();
    // The stand-in environment does write American dates for whoever does not say which locale…
    expect(new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 31)))).toBe('12/31/2026');
    // …and the workshop's own dates are not among them (a fresh copy of the module, so it keeps no formatter made before).
    vi.resetModules();
    const fresh = await import('../../../shared/present/dates');
    expect(fresh.formatDay('2026-12-30', 'en-GB')).toBe('30 Dec 2026');
    expect(fresh.formatDay('2026-12-30', 'en-GB', 'long')).toBe('30 December 2026');
    expect(fresh.formatDateTime(new Date('2026-11-24T09:30:00Z'), 'en-GB', 'UTC')).toBe('24 November 2026 at 09:30');
  });

  it('picks the listed locale nearest a device’s own', () => {
    expect(matchLocale(['en-US'])).toBe('en-US');
    expect(matchLocale(['de-AT', 'en'])).toBe('de-DE');
    expect(matchLocale(['pt-PT'])).toBe('pt-BR');
    expect(matchLocale(['tlh'])).toBe(DEFAULT_LOCALE);
    expect(matchLocale([])).toBe(DEFAULT_LOCALE);
    expect(new Set(WORKSHOP_LOCALES.map((c) => c.locale)).size).toBe(WORKSHOP_LOCALES.length);
  });
});

describe('the workshop’s locale', () => {
  it('is the creating device’s, or the default', () => {
    expect(createBlankWorkshop({ title: 'A', now: '2026-11-23T09:00:00.000Z', newId: sequentialIds() }).locale).toBe('en-GB');
    expect(createBlankWorkshop({ title: 'A', now: '2026-11-23T09:00:00.000Z', newId: sequentialIds(), locale: 'en-US' }).locale).toBe('en-US');
  });

  it('opens the en-GB way in a file saved before workshops had one, without a new file format', () => {
    const older: Record<string, unknown> = { ...blank() };
    delete older.locale;
    const opened = parseWorkshopFile(JSON.parse(JSON.stringify(older)) as unknown);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.workshop.locale).toBe('en-GB');
    expect(opened.workshop.formatVersion).toBe(blank().formatVersion);
    const american = parseWorkshopFile(JSON.parse(JSON.stringify({ ...older, locale: 'en-US' })) as unknown);
    expect(american.ok && american.workshop.locale).toBe('en-US');
  });

  it('is changed with the other details, and undo puts it back', () => {
    const w = blank();
    const result = applyCommand(w, { type: 'workshop/update', locale: 'en-US' }, testContext());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.state.locale).toBe('en-US');
    expect(result.changes.fields.locale).toEqual({ before: 'en-GB', after: 'en-US' });
    const undone = revertChanges(result.state, result.changes, testContext(), () => undefined);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.state.locale).toBe('en-GB');
  });

  it('refuses a locale that is not one, with a sentence', () => {
    expect(refuse(blank(), { type: 'workshop/update', locale: 'English please' }, 'invalid').message).toBe('Dates written as: A locale is written like “en-GB”.');
    expect(apply(blank(), { type: 'workshop/update', locale: 'pt-BR' }).locale).toBe('pt-BR');
  });

  it('is the facilitator’s to change, not a team’s', () => {
    const w = blank();
    expect(teamCommandRefusal(w, w.teams[0]?.id ?? '', { type: 'workshop/update', locale: 'en-US' })).toBe("Only the facilitator can change the workshop's details.");
  });
});
