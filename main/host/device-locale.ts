/**
 * The locale of the computer the host runs on: the facilitator's own, since
 * only the facilitator makes a workshop. A new workshop writes its dates
 * this way until the facilitator chooses another (shared/present/dates.ts).
 * The POSIX settings say it where they are set ("de_DE.UTF-8"); the plain
 * "C" locale of a server or a test run names no place, so it gets the
 * default; with none set (a desktop started from its menu) the system's own
 * locale as the runtime reads it.
 */
import { DEFAULT_LOCALE, matchLocale } from '../../shared/present/dates';

type Environment = Readonly<Record<string, string | undefined>>;

export function deviceLocale(env: Environment = process.env, system = new Intl.DateTimeFormat().resolvedOptions().locale): string {
  const posix = [env.LC_ALL, env.LC_TIME, env.LANG].find((value) => value !== undefined && value !== '');
  if (posix === undefined) return matchLocale([system]);
  const tag = posix.split('.')[0]?.split('@')[0]?.replace('_', '-') ?? '';
  if (tag === '' || tag === 'C' || tag === 'POSIX') return DEFAULT_LOCALE;
  return matchLocale([tag]);
}
