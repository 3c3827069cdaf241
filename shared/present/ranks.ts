/**
 * How a place in a ranking is written, the same on every screen: "1st",
 * "tied 2nd". Ties are ties, never broken by the order fixes were listed in.
 */
import type { RankedFix } from '../selectors';

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "1st", or "tied 2nd" when another fix has the same number of dots. */
export function rankLabel(entry: Pick<RankedFix, 'rank' | 'tied'>): string {
  return entry.tied ? `tied ${ordinal(entry.rank)}` : ordinal(entry.rank);
}
