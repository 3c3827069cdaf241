/**
 * The vote's rules and its rounds: setting the rules before anyone votes,
 * resetting to change them, revealing results, and runoffs. The rules are
 * fixed once the first dot lands, so nobody's dots are ever judged by rules
 * they did not vote under.
 */
import type { Runoff, VotingSettings, Workshop } from '../model';
import { isCandidate, openRound, resultsVisible, votingStarted } from '../selectors/voting';
import { dropRoundsFrom } from './cascade';
import { fail, findById, LIMITS, notFound, ok, unique, type CommandOf, type Outcome } from './common';

/** The settings `voting/configure` may change; the rest (rounds, reveal) belong to the vote itself. */
const RULES = ['budget', 'maxPerFix', 'ownTeamVoting', 'secret', 'mode', 'tallyVoters'] as const;

export const RULES_FIXED =
  'Voting has started, so its rules are fixed. Reset the vote to change them (this clears every dot).';

/** Whether two settings differ in any rule (not in rounds or reveal). */
export function rulesDiffer(a: VotingSettings, b: VotingSettings): boolean {
  return RULES.some((key) => a[key] !== b[key]);
}

export function configureVoting(state: Workshop, command: CommandOf<'voting/configure'>): Outcome {
  const next: VotingSettings = {
    ...state.voting,
    budget: command.budget ?? state.voting.budget,
    maxPerFix: command.maxPerFix ?? state.voting.maxPerFix,
    ownTeamVoting: command.ownTeamVoting ?? state.voting.ownTeamVoting,
    secret: command.secret ?? state.voting.secret,
    mode: command.mode ?? state.voting.mode,
    tallyVoters: command.tallyVoters ?? state.voting.tallyVoters,
  };
  if (!rulesDiffer(state.voting, next)) return ok(state);
  if (votingStarted(state)) return fail('conflict', RULES_FIXED);
  return ok({ ...state, voting: next });
}

/** Clears every dot, tally and runoff and hides the results; the rules stay as they were. */
export function resetVoting(state: Workshop): Outcome {
  const { voting } = state;
  if (!votingStarted(state) && voting.runoffs.length === 0 && !voting.revealed) return ok(state);
  return ok({
    ...state,
    votes: state.votes.length === 0 ? state.votes : [],
    tallies: state.tallies.length === 0 ? state.tallies : [],
    voting: { ...voting, runoffs: [], revealed: false },
  });
}

export function revealVotes(state: Workshop, command: CommandOf<'vote/reveal'>): Outcome {
  if (state.voting.revealed === command.revealed) return ok(state);
  return ok({ ...state, voting: { ...state.voting, revealed: command.revealed } });
}

/** Opens a runoff among a few of the open round's fixes, chosen from results everyone has seen. */
export function startRunoff(state: Workshop, command: CommandOf<'vote/runoff'>): Outcome {
  if (!resultsVisible(state)) {
    return fail('conflict', 'Reveal the results first: a runoff is chosen from results everyone can see.');
  }
  if (state.voting.runoffs.length >= LIMITS.runoffs) {
    return fail('conflict', `A vote can have at most ${LIMITS.runoffs} runoffs. Reset the vote to start again.`);
  }
  const fixIds = unique(command.fixIds);
  if (fixIds.length < 2) return fail('invalid', 'A runoff needs at least two different fixes.');
  const round = openRound(state);
  for (const id of fixIds) {
    const fix = findById(state.fixes, id);
    if (!fix) return notFound('fix');
    if (!isCandidate(state, round, id)) {
      return fail('conflict', `“${fix.title}” is not in the round open now, so it cannot go into the runoff.`);
    }
  }
  const runoff: Runoff = { fixIds, budget: command.budget, maxPerFix: command.maxPerFix };
  return ok({
    ...state,
    voting: { ...state.voting, runoffs: [...state.voting.runoffs, runoff], revealed: false },
  });
}

/** Closes the open runoff without a result: its dots go, and the room is back to the round before. */
export function cancelRunoff(state: Workshop): Outcome {
  const open = openRound(state);
  if (open === 0) return fail('conflict', 'There is no runoff to cancel.');
  return ok(dropRoundsFrom(state, open));
}

