/**
 * The appendix's account of how the vote ran, in sentences a leader can
 * weigh: whether dots came from personal ballots or were counted from the
 * wall, the rules each person had, whether results stayed secret, and every
 * runoff after the first round — so a ranking is never read without the way
 * it was reached.
 */
import type { Workshop } from '../../../shared/model';
import { tallyVoters, votersWhoVoted } from '../../../shared/selectors';
import { andList } from '../../../shared/present/lists';
import { count } from '../../../shared/present/numbers';
import { SECRET_VOTES_SENTENCE } from '../secret-votes';
import { dotsPlacedIn as dotsIn } from './plan-data';


function firstRound(workshop: Workshop, withheldRound: number | null): string {
  const { voting } = workshop;
  const rules =
    `Each person had ${count(voting.budget, 'dot')} to spend, at most ${voting.maxPerFix} on any one fix` +
    (voting.ownTeamVoting ? '.' : ', and none on fixes their own team proposed.');
  const secrecy = voting.secret
    ? 'Results stayed hidden until the facilitator revealed them.'
    : 'Results were shown live as dots arrived.';
  if (withheldRound === 0) return `${rules} ${secrecy} ${SECRET_VOTES_SENTENCE}`;
  const dots = dotsIn(workshop, 0);
  if (dots === 0) return `${rules} ${secrecy} No dots had been placed when this plan was generated.`;
  const how =
    voting.mode === 'tally'
      ? `Dots were placed on the wall and counted in by the facilitator: ${count(dots, 'dot')} from ${count(tallyVoters(workshop), 'person', 'people')}.`
      : `Each person cast a private ballot: ${count(votersWhoVoted(workshop, 0), 'participant')} placed ${count(dots, 'dot')}.`;
  return `${rules} ${secrecy} ${how}`;
}

function runoffs(workshop: Workshop, withheldRound: number | null): string[] {
  const titles = new Map(workshop.fixes.map((f) => [f.id, f.title]));
  return workshop.voting.runoffs.map((runoff, i) => {
    const round = i + 1;
    const names = andList(runoff.fixIds.map((id) => `“${titles.get(id) ?? 'a removed fix'}”`));
    const dots = dotsIn(workshop, round);
    const counted = dots === 0 ? 'no dots had been placed in it yet' : `${count(dots, 'dot')} ${dots === 1 ? 'was' : 'were'} placed`;
    const result = round === withheldRound ? 'its votes stay secret until the facilitator reveals them' : counted;
    return (
      `Runoff ${round} was held among ${names}, with ${count(runoff.budget, 'dot')} each and at most ${runoff.maxPerFix} on one fix; ${result}. ` +
      'Its result decides the order of those fixes; earlier rounds order the rest.'
    );
  });
}

/** The Votes paragraph(s) of the appendix's method page; the withheld round's dots were taken out, so it says so instead of counting them. */
export function describeVoteMethod(workshop: Workshop, withheldRound: number | null = null): readonly string[] {
  return [firstRound(workshop, withheldRound), ...runoffs(workshop, withheldRound), 'Fixes with equal dots share a rank.'];
}
