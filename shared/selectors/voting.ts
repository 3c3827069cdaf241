/**
 * Dots: how many each person has spent and has left, and the ranking of
 * fixes. Ties are shown as ties (competition ranking: 1, 1, 3), because the
 * room should decide between equal fixes, not the sort order.
 */
import type { Fix, Id, Workshop } from '../model';

export interface RankedFix {
  readonly fix: Fix;
  readonly dots: number;
  /** 1 for the most dots; fixes with equal dots share a rank. */
  readonly rank: number;
  /** True when another fix has the same number of dots. */
  readonly tied: boolean;
}

export function dotsSpent(workshop: Workshop, participantId: Id): number {
  return workshop.votes.reduce((sum, v) => (v.participantId === participantId ? sum + v.dots : sum), 0);
}

export function dotsLeft(workshop: Workshop, participantId: Id): number {
  return Math.max(workshop.voting.budget - dotsSpent(workshop, participantId), 0);
}

/** The dots one participant has on one fix (0 when none). */
export function dotsOn(workshop: Workshop, participantId: Id, fixId: Id): number {
  return workshop.votes.find((v) => v.participantId === participantId && v.fixId === fixId)?.dots ?? 0;
}

/** Total dots per fix id. */
export function dotsByFix(workshop: Workshop): ReadonlyMap<Id, number> {
  const totals = new Map<Id, number>();
  for (const vote of workshop.votes) totals.set(vote.fixId, (totals.get(vote.fixId) ?? 0) + vote.dots);
  return totals;
}

/** Every fix, most dots first, then by title; equal dots share a rank. */
export function voteRanking(workshop: Workshop): readonly RankedFix[] {
  const totals = dotsByFix(workshop);
  const sorted = workshop.fixes
    .map((fix) => ({ fix, dots: totals.get(fix.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.dots - a.dots ||
        a.fix.title.localeCompare(b.fix.title, 'en', { sensitivity: 'base' }) ||
        (a.fix.id < b.fix.id ? -1 : a.fix.id > b.fix.id ? 1 : 0),
    );
  const perTotal = new Map<number, number>();
  for (const { dots } of sorted) perTotal.set(dots, (perTotal.get(dots) ?? 0) + 1);
  let rank = 0;
  return sorted.map((entry, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.dots !== entry.dots) rank = i + 1;
    return { ...entry, rank, tied: (perTotal.get(entry.dots) ?? 0) > 1 };
  });
}
