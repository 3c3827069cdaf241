/**
 * Where each fix sits on the impact × effort matrix, apart from React: its
 * quadrant, its cell on the 5 × 5 grid, and how big its marker is (bigger
 * with more dots, only once results may be shown).
 */
import type { MatrixPoint } from '../../../shared/selectors';

export type Quadrant = 'quick-wins' | 'big-bets' | 'fill-ins' | 'money-pits';

export const QUADRANTS: readonly { readonly id: Quadrant; readonly name: string; readonly hint: string }[] = [
  { id: 'quick-wins', name: 'Quick wins', hint: 'High impact, little effort: do these first.' },
  { id: 'big-bets', name: 'Big bets', hint: 'High impact, a lot of effort: plan them properly.' },
  { id: 'fill-ins', name: 'Nice to haves', hint: 'Small impact, little effort: when there is time.' },
  { id: 'money-pits', name: 'Think twice', hint: 'Small impact, a lot of effort: probably not now.' },
];

/** On the 1–5 scales, 3 or more counts as high: a middle impact is worth having, a middle effort is real work. */
export function quadrantOf(point: Pick<MatrixPoint, 'impact' | 'effort'>): Quadrant {
  const high = point.impact >= 3;
  const cheap = point.effort <= 2;
  if (high) return cheap ? 'quick-wins' : 'big-bets';
  return cheap ? 'fill-ins' : 'money-pits';
}

/** Marker diameter in pixels: 28 with no dots, growing with the square root of the dots (area ∝ dots). */
export function markerSize(dots: number, mostDots: number, visible: boolean): number {
  if (!visible || mostDots === 0) return 28;
  return Math.round(28 + 28 * Math.sqrt(dots / mostDots));
}

export interface PlacedPoint extends MatrixPoint {
  /** 1-based position in the final ranking, used as the marker's label. */
  readonly number: number;
  readonly quadrant: Quadrant;
}

export function placePoints(points: readonly MatrixPoint[]): readonly PlacedPoint[] {
  return points.map((p, i) => ({ ...p, number: i + 1, quadrant: quadrantOf(p) }));
}
