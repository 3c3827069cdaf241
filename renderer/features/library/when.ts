/**
 * "Changed 5 minutes ago" for recent work, a plain date for older work: the
 * facilitator recognises this morning's workshop at a glance. The words are
 * the app's English; the date is written as the workshop writes dates
 * (its own locale, not the browser's), so a row reads as the workshop's
 * screens and plan do.
 */
import { formatDate } from '../../../shared/present/dates';

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `locale`: the workshop's own, from its summary. */
export function describeWhen(iso: string, now: number, locale: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'at an unknown time';
  const ago = now - then;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return relative.format(-Math.floor(ago / DAY), 'day');
  return `on ${formatDate(new Date(then), locale, 'short')}`;
}
