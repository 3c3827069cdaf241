/**
 * Whether two states of a workshop hold the same work, so a screen that shows
 * the work need not be drawn again. Running the room (its phase, the timer,
 * the end sound, what the projector shows) and the time of the last change
 * are not work: a "+1 min" or "Next" must not redraw every rating grid and
 * board in the room. Locks are work: they change what a screen offers.
 */
import type { Workshop } from '../../shared/model';

const ROOM_RUNNING: ReadonlySet<string> = new Set<keyof Workshop>(['phase', 'timer', 'chimeMuted', 'projectorView', 'updatedAt']);

/** Every other field the very same value: the workshop keeps untouched parts as they were, so this is a few comparisons. */
export function sameWork(a: Workshop, b: Workshop): boolean {
  if (a === b) return true;
  const keys = Object.keys(b) as (keyof Workshop)[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((key) => ROOM_RUNNING.has(key) || Object.is(a[key], b[key]));
}
