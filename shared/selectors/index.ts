import type { Fix, Id, Workshop } from '../model';

/** How one pillar scores across the touchpoints rated so far. */
export interface PillarScore {
  readonly pillarId: Id;
  readonly name: string;
  /** Percent share in the overall index. */
  readonly weight: number;
  /** Mean of the counted 1–5 ratings, or null when none are counted. */
  readonly average: number | null;
  /** The mean on a 0–100 scale: 1 → 0, 5 → 100; null when none are counted. */
  readonly index: number | null;
  /** How many ratings (not N/A) were counted. */
  readonly ratingCount: number;
  /** How many were marked not applicable. */
  readonly notApplicableCount: number;
}

export interface RankedFix {
  readonly fix: Fix;
  readonly dots: number;
  /** 1 for the most dots; fixes with equal dots share a rank. */
  readonly rank: number;
  /** True when another fix has the same number of dots. */
  readonly tied: boolean;
}

export declare function pillarScores(workshop: Workshop, teamId?: Id): readonly PillarScore[];
export declare function overallIndex(workshop: Workshop, teamId?: Id): number | null;
export declare function voteRanking(workshop: Workshop): readonly RankedFix[];
export declare function dotsSpent(workshop: Workshop, participantId: Id): number;
