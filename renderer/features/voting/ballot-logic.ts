/**
 * A private ballot while it is being filled in, apart from React: the dots
 * stay on this screen until "Confirm my vote" sends them as one ballot/cast,
 * and each step is checked against the same rules the host applies, so a
 * refused step says why at once and changes nothing.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Fix, Id, Participant, Workshop } from '../../../shared/model';
import { openRound, roundCandidates, roundRules, type RoundRules } from '../../../shared/selectors';
import { dotsWord } from './voting-logic';

export type Draft = ReadonlyMap<Id, number>;

/** Whether two ballots put the same dots on the same fixes (a fix with none counts as absent). */
export function sameDraft(a: Draft, b: Draft): boolean {
  const placed = (d: Draft) => [...d].filter(([, dots]) => dots > 0);
  const left = placed(a);
  return left.length === placed(b).length && left.every(([id, dots]) => b.get(id) === dots);
}

export function draftTotal(draft: Draft): number {
  let sum = 0;
  for (const dots of draft.values()) sum += dots;
  return sum;
}

/** Why this person may not vote for this fix, or null. */
export function unavailableReason(workshop: Workshop, participant: Participant, fix: Fix): string | null {
  if (workshop.voting.ownTeamVoting || fix.teamId !== participant.teamId) return null;
  return 'Your team proposed this fix, so your dots go to other teams’ fixes.';
}

export type StepResult = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly message: string };

/** One dot more (+1) or less (−1) on a fix, or the reason it cannot be. */
export function step(draft: Draft, fixId: Id, delta: 1 | -1, rules: RoundRules): StepResult {
  const current = draft.get(fixId) ?? 0;
  const next = current + delta;
  if (next < 0) return { ok: true, draft };
  if (delta > 0 && next > rules.maxPerFix) {
    return { ok: false, message: `At most ${dotsWord(rules.maxPerFix)} can go on one fix.` };
  }
  if (delta > 0 && draftTotal(draft) + 1 > rules.budget) {
    return { ok: false, message: `All ${dotsWord(rules.budget)} are used. Take one off another fix first.` };
  }
  const copy = new Map(draft);
  if (next === 0) copy.delete(fixId);
  else copy.set(fixId, next);
  return { ok: true, draft: copy };
}

export interface BallotView {
  readonly round: number;
  readonly rules: RoundRules;
  readonly fixes: readonly { readonly fix: Fix; readonly unavailable: string | null }[];
}

export function ballotView(workshop: Workshop, participant: Participant): BallotView {
  const round = openRound(workshop);
  return {
    round,
    rules: roundRules(workshop, round),
    fixes: roundCandidates(workshop, round).map((fix) => ({ fix, unavailable: unavailableReason(workshop, participant, fix) })),
  };
}

export function castCommand(participantId: Id, draft: Draft, round: number): Extract<ClientCommand, { type: 'ballot/cast' }> {
  return { type: 'ballot/cast', participantId, dots: Object.fromEntries(draft), round };
}
