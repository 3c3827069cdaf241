/**
 * Dots arriving: one fix at a time (`vote/set`), a whole ballot at once
 * (`ballot/cast`), or counted from the wall (`vote/tally`). Every rule is
 * enforced here, where each dot lands whatever window or browser it came
 * from: only in the round open now, only on that round's fixes, never on
 * one's own team's fix when the room said so, never past the round's budget
 * or per-fix cap.
 */
import type { Fix, Id, Participant, Tally, Vote, Workshop } from '../model';
import { isCandidate, openRound, roundCandidates, roundRules, tallyVoters } from '../selectors/voting';
import {
  count,
  fail,
  findById,
  LIMITS,
  notFound,
  overLimit,
  ok,
  type CommandOf,
  type Outcome,
} from './common';

/** Refuses a command from a device that still shows another round than the open one. */
export function wrongRound(state: Workshop, round: number | undefined): Outcome | undefined {
  const open = openRound(state);
  if (round === undefined || round === open) return undefined;
  if (round < open) {
    return fail('conflict', 'That round has closed: the room is now voting in the runoff.');
  }
  return fail('conflict', 'That runoff was cancelled: the room is back to the round before it.');
}

function wrongMode(state: Workshop, wanted: 'ballot' | 'tally'): Outcome | undefined {
  if (state.voting.mode === wanted) return undefined;
  return wanted === 'ballot'
    ? fail('conflict', 'This vote is counted from the wall, so dots are typed in as tallies rather than per person.')
    : fail('conflict', "This vote uses personal ballots, so dots are set on each person's ballot rather than tallied.");
}

/** In a runoff, "on one fix in this runoff"; in the first vote, just "on one fix". */
function roundWords(round: number): string {
  return round === 0 ? '' : ' in this runoff';
}

/** Whether a fix may get dots in the open round; a sentence naming it when not. */
function notCandidate(state: Workshop, round: number, fix: Fix): Outcome | undefined {
  if (isCandidate(state, round, fix.id)) return undefined;
  const names = roundCandidates(state, round).length;
  return fail('conflict', `“${fix.title}” is not in this runoff: only its ${count(names, 'fix', 'fixes')} can get dots now.`);
}

/** The own-team rule, when the room chose it. */
function ownTeamFix(state: Workshop, participant: Participant, fix: Fix): Outcome | undefined {
  if (state.voting.ownTeamVoting || fix.teamId !== participant.teamId) return undefined;
  return fail(
    'conflict',
    `${participant.name} cannot put dots on “${fix.title}”: in this vote nobody votes for their own team's fixes.`,
  );
}

/** Sets how many dots a participant has on a fix in the open round; 0 takes them all back. */
export function setVote(state: Workshop, command: CommandOf<'vote/set'>): Outcome {
  const refused = wrongRound(state, command.round) ?? wrongMode(state, 'ballot');
  if (refused) return refused;
  const participant = findById(state.participants, command.participantId);
  if (!participant) return notFound('participant');
  const fix = findById(state.fixes, command.fixId);
  if (!fix) return notFound('fix');
  const round = openRound(state);
  const index = state.votes.findIndex(
    (v) => v.participantId === participant.id && v.fixId === fix.id && v.round === round,
  );
  const current = state.votes[index]?.dots ?? 0;
  if (command.dots === current) return ok(state);
  if (command.dots > 0) {
    const ruled = notCandidate(state, round, fix) ?? ownTeamFix(state, participant, fix);
    if (ruled) return ruled;
  }
  const { budget, maxPerFix } = roundRules(state, round);
  if (command.dots > maxPerFix) {
    return fail('over-budget', `At most ${count(maxPerFix, 'dot')} can go on one fix${roundWords(round)}.`);
  }
  const spentElsewhere = state.votes
    .filter((v) => v.participantId === participant.id && v.round === round)
    .reduce((sum, v) => sum + v.dots, 0) - current;
  if (spentElsewhere + command.dots > budget) {
    const left = Math.max(budget - spentElsewhere - current, 0);
    return fail(
      'over-budget',
      `${participant.name} has ${count(left, 'dot')} left; this would need ${command.dots - current}.`,
    );
  }
  if (state.votes.length >= LIMITS.votes && index < 0) return overLimit('votes', 'votes');
  let votes: readonly Vote[];
  if (command.dots === 0) votes = state.votes.filter((_, i) => i !== index);
  else if (index < 0) votes = [...state.votes, { participantId: participant.id, fixId: fix.id, dots: command.dots, round }];
  else votes = state.votes.map((v, i) => (i === index ? { ...v, dots: command.dots } : v));
  return ok({ ...state, votes });
}

/** Checks a whole ballot; undefined when every dot on it may stand. */
function badBallot(
  state: Workshop,
  participant: Participant,
  round: number,
  entries: readonly (readonly [Id, number])[],
): Outcome | undefined {
  const { budget, maxPerFix } = roundRules(state, round);
  let total = 0;
  for (const [fixId, dots] of entries) {
    const fix = findById(state.fixes, fixId);
    if (!fix) return fail('not-found', 'One of the fixes on this ballot no longer exists — it may have been deleted.');
    const ruled = notCandidate(state, round, fix) ?? ownTeamFix(state, participant, fix);
    if (ruled) return ruled;
    if (dots > maxPerFix) {
      return fail(
        'over-budget',
        `${participant.name}'s ballot puts ${count(dots, 'dot')} on “${fix.title}”, but at most ${count(maxPerFix, 'dot')} can go on one fix${roundWords(round)}.`,
      );
    }
    total += dots;
  }
  if (total > budget) {
    return fail(
      'over-budget',
      `${participant.name}'s ballot has ${count(total, 'dot')}, but each person has ${count(budget, 'dot')} to spend${roundWords(round)}.`,
    );
  }
  return undefined;
}

/** Replaces everything this participant has in the open round with this ballot, or refuses it whole. */
export function castBallot(state: Workshop, command: CommandOf<'ballot/cast'>): Outcome {
  const refused = wrongRound(state, command.round) ?? wrongMode(state, 'ballot');
  if (refused) return refused;
  const participant = findById(state.participants, command.participantId);
  if (!participant) return notFound('participant');
  const round = openRound(state);
  const entries = Object.entries(command.dots).filter(([, dots]) => dots > 0);
  const bad = badBallot(state, participant, round, entries);
  if (bad) return bad;

  const mine = (v: Vote) => v.participantId === participant.id && v.round === round;
  const before = state.votes.filter(mine);
  const unchanged =
    before.length === entries.length && entries.every(([fixId, dots]) => before.some((v) => v.fixId === fixId && v.dots === dots));
  if (unchanged) return ok(state);
  const others = state.votes.filter((v) => !mine(v));
  if (others.length + entries.length > LIMITS.votes) return overLimit('votes', 'votes');
  const ballot = entries.map(([fixId, dots]): Vote => ({ participantId: participant.id, fixId, dots, round }));
  return ok({ ...state, votes: [...others, ...ballot] });
}

/** Tally mode: the dots counted on the wall for one fix in the open round (0 clears it). */
export function setTally(state: Workshop, command: CommandOf<'vote/tally'>): Outcome {
  const refused = wrongRound(state, command.round) ?? wrongMode(state, 'tally');
  if (refused) return refused;
  const fix = findById(state.fixes, command.fixId);
  if (!fix) return notFound('fix');
  const round = openRound(state);
  const index = state.tallies.findIndex((t) => t.fixId === fix.id && t.round === round);
  const current = state.tallies[index]?.dots ?? 0;
  if (command.dots === current) return ok(state);
  if (command.dots > 0) {
    const ruled = notCandidate(state, round, fix);
    if (ruled) return ruled;
    const voters = tallyVoters(state);
    if (voters === 0) {
      return fail(
        'conflict',
        'Say how many people voted first: add the participants, or set the number of voters in the vote settings.',
      );
    }
    const { budget, maxPerFix } = roundRules(state, round);
    if (command.dots > voters * maxPerFix) {
      return fail(
        'over-budget',
        `“${fix.title}” can have at most ${count(voters * maxPerFix, 'dot')}: ${count(voters, 'person', 'people')} with at most ${count(maxPerFix, 'dot')} each on one fix.`,
      );
    }
    const roundTotal = state.tallies.reduce((sum, t) => (t.round === round ? sum + t.dots : sum), 0);
    const total = roundTotal - current + command.dots;
    if (total > voters * budget) {
      return fail(
        'over-budget',
        `That would make ${count(total, 'dot')} in all, but ${count(voters, 'person', 'people')} have only ${count(voters * budget, 'dot')} between them${roundWords(round)}.`,
      );
    }
  }
  if (state.tallies.length >= LIMITS.tallies && index < 0) return overLimit('tallies', 'tallies');
  let tallies: readonly Tally[];
  if (command.dots === 0) tallies = state.tallies.filter((_, i) => i !== index);
  else if (index < 0) tallies = [...state.tallies, { fixId: fix.id, dots: command.dots, round }];
  else tallies = state.tallies.map((t, i) => (i === index ? { ...t, dots: command.dots } : t));
  return ok({ ...state, tallies });
}
