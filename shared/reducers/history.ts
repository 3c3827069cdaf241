/**
 * Undo and redo. Every command's inverse is a `history/restore` carrying the
 * previous values of exactly the top-level parts it changed; applying that
 * puts them back. Parts are found by reference, which is why the reducers
 * keep untouched arrays as the same arrays.
 */
import type { RestoreCommand } from '../commands';
import type { Vote, Workshop } from '../model';
import { roundRules, votingStarted } from '../selectors/voting';
import { repairReferences } from './cascade';
import { rulesDiffer, RULES_FIXED } from './rounds';
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
 * a round's dot budget or cap, or with dots on their own team's fix when the
 * room forbade that, is refused instead: their dots are theirs to move. So is
 * one that would change the vote's rules under dots already cast.
 */
export function restore(state: Workshop, command: RestoreCommand): Outcome {
  const merged: Parts = {};
  for (const key of RESTORABLE_KEYS) {
    if (command.parts[key] !== undefined) copyPart(command.parts as Workshop, merged, key);
  }
  const next = repairReferences({ ...state, ...merged });
  if (votingStarted(next) && rulesDiffer(state.voting, next.voting)) {
    return fail('conflict', `This can no longer be undone: ${RULES_FIXED}`);
  }
  const broken = brokenVote(next);
  if (broken) {
    const name = findById(next.participants, broken.participantId)?.name ?? 'someone';
    return fail(
      'conflict',
      `This can no longer be undone: it would put ${name} over the dot limits. Ask them to take some dots back first.`,
    );
  }
  return ok(next);
}

/** The first vote that breaks its round's rules (budget, cap, own team), if any. */
function brokenVote(w: Workshop): Vote | undefined {
  const spent = new Map<string, number>();
  const teamOf = new Map(w.participants.map((p) => [p.id, p.teamId]));
  const fixTeam = new Map(w.fixes.map((f) => [f.id, f.teamId]));
  for (const vote of w.votes) {
    const { budget, maxPerFix } = roundRules(w, vote.round);
    const key = `${vote.participantId}|${String(vote.round)}`;
    const total = (spent.get(key) ?? 0) + vote.dots;
    spent.set(key, total);
    const ownTeam = !w.voting.ownTeamVoting && teamOf.get(vote.participantId) === fixTeam.get(vote.fixId);
    if (total > budget || vote.dots > maxPerFix || ownTeam) return vote;
  }
  return undefined;
}
