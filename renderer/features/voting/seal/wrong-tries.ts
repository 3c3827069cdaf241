/**
 * How long to wait after wrong PINs: three tries are free (a PIN is easily
 * mistyped), then each wrong one makes the next wait 30 seconds, doubling up
 * to five minutes. A voter guessing four digits gets nowhere in a workshop;
 * a facilitator who slipped waits half a minute.
 */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** The wait after `wrongTries` wrong PINs in a row, in milliseconds. */
export function waitAfter(wrongTries: number): number {
  if (wrongTries < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (wrongTries - FREE_TRIES), LONGEST_WAIT_MS);
}

/** Whole seconds still to wait, rounded up; 0 when a PIN may be tried. */
export function secondsToWait(waitUntil: number, now: number): number {
  return waitUntil > now ? Math.ceil((waitUntil - now) / 1000) : 0;
}

/** "Wait 30 seconds", "Wait 1 second", "Wait 2 minutes 5 seconds". */
export function waitSentence(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const sec = `${rest} ${rest === 1 ? 'second' : 'seconds'}`;
  if (minutes === 0) return `Too many wrong tries. Wait ${sec}, then try again.`;
  const min = `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `Too many wrong tries. Wait ${rest === 0 ? min : `${min} ${sec}`}, then try again.`;
}
