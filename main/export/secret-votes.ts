/**
 * While the vote is secret and its results are not yet revealed, nobody's
 * dots in the open round may leave the app in a file: a PDF or a CSV made
 * then is passed round, printed or mailed before the room has seen the
 * result, and would tell who is winning (or, with few voters, who voted for
 * what). Exports are made from the workshop with those dots and tallies
 * taken out, and say in words that the votes are still secret. Only the
 * facilitator may ask for them anyway, for their own records.
 */
import type { Id, Workshop } from '../../shared/model';
import { openRound, resultsVisible, roundCandidates } from '../../shared/selectors';

/** Printed wherever the withheld dots would have been. */
export const SECRET_VOTES_SENTENCE = 'Votes are still secret: the results will appear once the facilitator reveals them.';

/** A table cell where a withheld number would be. */
export const SECRET_CELL = 'Secret';

export interface ExportVotes {
  /** The workshop to export: the open round's dots and tallies left out when they are secret. */
  readonly workshop: Workshop;
  /** The round whose dots were left out, or null when nothing was. */
  readonly withheldRound: number | null;
}

/** The workshop an export is made from; `includeHidden` only when the facilitator asked. */
export function votesForExport(workshop: Workshop, includeHidden: boolean): ExportVotes {
  if (includeHidden || resultsVisible(workshop)) return { workshop, withheldRound: null };
  const round = openRound(workshop);
  return {
    workshop: {
      ...workshop,
      votes: workshop.votes.filter((v) => v.round !== round),
      tallies: workshop.tallies.filter((t) => t.round !== round),
    },
    withheldRound: round,
  };
}

/** The fixes whose dots an export leaves out: those standing in the withheld round. */
export function withheldFixes(workshop: Workshop, withheldRound: number | null): ReadonlySet<Id> {
  if (withheldRound === null) return new Set();
  return new Set(roundCandidates(workshop, withheldRound).map((f) => f.id));
}
