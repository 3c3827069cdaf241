/**
 * The Vote screen's arithmetic and wording, apart from React: what may be
 * shown before the reveal (how many voted, how many dots), how a rank with a
 * tie is written, and how the settings fields are read.
 */
import type { Workshop } from '../../../shared/model';
import type { RankedFix } from '../../../shared/selectors';

export interface VotingTally {
  readonly participantCount: number;
  /** Participants with at least one dot down. */
  readonly participantsVoted: number;
  readonly dotsCast: number;
}

/** What the room may know while results are hidden: turnout, never per-fix totals. */
export function votingTally(workshop: Workshop): VotingTally {
  const known = new Set(workshop.participants.map((p) => p.id));
  const voted = new Set<string>();
  let dotsCast = 0;
  for (const vote of workshop.votes) {
    if (!known.has(vote.participantId)) continue;
    voted.add(vote.participantId);
    dotsCast += vote.dots;
  }
  return { participantCount: known.size, participantsVoted: voted.size, dotsCast };
}

/** "2", or "=2" when another fix has the same number of dots. */
export function rankLabel(entry: Pick<RankedFix, 'rank' | 'tied'>): string {
  return entry.tied ? `=${entry.rank}` : String(entry.rank);
}

/** "3 of 5 dots used". */
export function budgetText(used: number, budget: number): string {
  return `${used} of ${budget} ${budget === 1 ? 'dot' : 'dots'} used`;
}

export function dotsWord(count: number): string {
  return `${count} ${count === 1 ? 'dot' : 'dots'}`;
}

/** The ranking split in two: fixes someone put dots on, and the rest (not ranked, listed after). */
export function splitRanking(ranking: readonly RankedFix[]): {
  readonly withDots: readonly RankedFix[];
  readonly withoutDots: readonly RankedFix[];
} {
  return { withDots: ranking.filter((r) => r.dots > 0), withoutDots: ranking.filter((r) => r.dots === 0) };
}

export const SETTING_MIN = 1;
export const SETTING_MAX = 50;

/** Reads a settings field: a whole number from 1 to 50, or the sentence that says what is wrong. */
export function parseSetting(
  text: string,
  what: string,
): { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter ${what}.` };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Use a whole number for ${what}.` };
  const value = Number(trimmed);
  if (value < SETTING_MIN || value > SETTING_MAX) {
    return { ok: false, message: `Choose ${what} from ${SETTING_MIN} to ${SETTING_MAX}.` };
  }
  return { ok: true, value };
}
