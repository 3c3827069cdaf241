/**
 * Undo and redo. Every command's inverse is a `history/restore` carrying the
 * previous values of exactly the top-level parts it changed; applying that
 * puts them back. Parts are found by reference, which is why the reducers
 * keep untouched arrays as the same arrays.
 */
import type { RestoreCommand } from '../commands';
import type { Workshop } from '../model';
import { repairReferences } from './cascade';
import { fail, findById, ok, type Outcome } from './common';

/** The parts of a workshop that commands change and undo puts back. */
export const RESTORABLE_KEYS = [
  'title',
  'organisation',
  'facilitator',
  'persona',
  'scope',
  'phase',
  'stages',
  'channels',
  'teams',
  'touchpoints',
  'framework',
  'ratings',
  'fixes',
  'participants',
  'voting',
  'ratingsRevealed',
  'votes',
  'tallies',
  'actions',
] as const satisfies readonly (keyof Workshop)[];

type RestorableKey = (typeof RESTORABLE_KEYS)[number];
type Parts = { -readonly [K in RestorableKey]?: Workshop[K] };

function copyPart<K extends RestorableKey>(from: Workshop, into: Parts, key: K): void {
  into[key] = from[key];
}

/** The inverse of going from `before` to `after`: before's value of every part that changed. */
export function inverseOf(before: Workshop, after: Workshop): RestoreCommand {
  const parts: Parts = {};
  for (const key of RESTORABLE_KEYS) {
    if (before[key] !== after[key]) copyPart(before, parts, key);
  }
  return { type: 'history/restore', parts };
}

/**
 * Puts the recorded parts back. If other people changed the room since, the
 * restored parts may point at things that are gone; those links are dropped
 * the way a removal would drop them. A restore that would leave someone over
 * their dot budget is refused instead: their dots are theirs to move.
 */
export function restore(state: Workshop, command: RestoreCommand): Outcome {
  const merged: Parts = {};
  for (const key of RESTORABLE_KEYS) {
    if (command.parts[key] !== undefined) copyPart(command.parts as Workshop, merged, key);
  }
  const next = repairReferences({ ...state, ...merged });
  const { budget, maxPerFix } = next.voting;
  const spent = new Map<string, number>();
  for (const vote of next.votes) {
    const total = (spent.get(vote.participantId) ?? 0) + vote.dots;
    spent.set(vote.participantId, total);
    if (total > budget || vote.dots > maxPerFix) {
      const name = findById(next.participants, vote.participantId)?.name ?? 'someone';
      return fail(
        'conflict',
        `This can no longer be undone: it would put ${name} over the dot limits. Ask them to take some dots back first.`,
      );
    }
  }
  return ok(next);
}
