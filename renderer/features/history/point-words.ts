/**
 * How a restore point is named to a person: its moment as the workshop
 * writes dates and times ("Today 14:02", "Yesterday 09:15", "Wed 2 Dec,
 * 14:02" in an en-GB workshop; "Today 2:02 PM" in an en-US one), whatever
 * the browser's own locale, and what kind of point it is ("Automatic", or
 * what was about to happen: "Before removing the stage “Buy” and its 12
 * cards").
 */
import { formatTime, formatWeekdayDate } from '../../../shared/present/dates';
import type { RestorePoint } from '../../../shared/wire';

const DAY_MS = 86_400_000;

/** Whole calendar days from `then` to `now` in the computer's time zone (0: the same day). */
function daysBetween(then: Date, now: Date): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(now) - midnight(then)) / DAY_MS);
}

/** "Today" and "Yesterday" are words of the app's sentences, which are English; only the time and date follow the workshop. */
const DAY_WORDS: Readonly<Record<0 | 1, string>> = { 0: 'today', 1: 'yesterday' };

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface PointMoment {
  /** For the point's heading: "Today 14:02", "Yesterday 09:15", "Wed 2 Dec, 14:02". */
  readonly heading: string;
  /** For "goes back to how it was …": "at 14:02", "yesterday at 09:15", "on Wed 2 Dec at 14:02". */
  readonly asItWas: string;
  /** For "Went back to …": "14:02", "yesterday, 09:15", "Wed 2 Dec, 14:02". */
  readonly short: string;
}

/**
 * `locale`: the workshop's. The time zone stays the computer's, so "today" is the person's today.
 * `seconds`: for points made within the same minute, which would otherwise read alike.
 */
export function pointMoment(iso: string, now: Date, locale: string, seconds = false): PointMoment {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return { heading: 'At an unknown time', asItWas: 'at an unknown time', short: 'an unknown time' };
  const clock = formatTime(then, locale, undefined, seconds);
  const days = daysBetween(then, now);
  if (days === 0 || days === 1) {
    const day = DAY_WORDS[days];
    const heading = `${upperFirst(day)} ${clock}`;
    return days === 0
      ? { heading, asItWas: `at ${clock}`, short: clock }
      : { heading, asItWas: `${day} at ${clock}`, short: `${day}, ${clock}` };
  }
  const date = formatWeekdayDate(then, locale, then.getFullYear() !== now.getFullYear());
  return { heading: `${date}, ${clock}`, asItWas: `on ${date} at ${clock}`, short: `${date}, ${clock}` };
}

/** What kind of point this is, in words. */
export function pointKind(point: Pick<RestorePoint, 'kind' | 'label'>): string {
  if (point.kind === 'auto') return 'Automatic';
  if (point.label.trim() !== '') return point.label;
  return point.kind === 'before-restore' ? 'Before going back to an earlier point' : 'Before a step that took a lot away';
}

/** Each point's moment, with seconds for those that share their minute with another. */
export function pointMoments(points: readonly Pick<RestorePoint, 'at'>[], now: Date, locale: string): PointMoment[] {
  const plain = points.map((point) => pointMoment(point.at, now, locale));
  const seen = new Map<string, number>();
  for (const moment of plain) seen.set(moment.heading, (seen.get(moment.heading) ?? 0) + 1);
  return points.map((point, i) => {
    const moment = plain[i] ?? pointMoment(point.at, now, locale);
    return (seen.get(moment.heading) ?? 0) > 1 ? pointMoment(point.at, now, locale, true) : moment;
  });
}
