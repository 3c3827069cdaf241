/**
 * Whether every dot keeps its round's rules: the budget, the most on one fix,
 * and the own-team rule when the room chose it. The reducers enforce these as
 * dots arrive; this finds a dot that breaks them in a workshop put together
 * some other way (an undo after others voted).
 */
import type { Vote, Workshop } from '../model';
import { roundRules } from './voting';

/** The first vote that breaks its round's rules (budget, cap, own team), if any. */
export function brokenVote(w: Workshop): Vote | undefined {
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
