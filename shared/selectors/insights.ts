/**
 * What the ratings mean, for the Insights screen and the PDF alike: who may
 * see which ratings (silent mode), the weighted pillar index per stage, the
 * pain points, the disagreements worth a conversation, and the ratings that
 * are deliberately left out of every figure (and why), so nothing is ever
 * counted or dropped silently.
 */
import type { Id, Touchpoint, Workshop } from '../model';
import { disagreements, type Disagreement } from './disagreement';
import { emotionCurve, type EmotionPoint } from './journey';
import { rememberedBy } from './memo';
import {
  heatmap,
  overallIndex,
  pillarScores,
  ratingTallies,
  stageScores,
  toIndex,
  weakestPillarPerStage,
  type HeatmapRow,
  type PillarCell,
  type PillarScore,
  type StageScore,
  type WeakestPillar,
} from './scores';

/**
 * Whose ratings a viewer may see: every team's once revealed (undefined = all
 * teams), otherwise only the viewer's own team's.
 */
export function visibleTeam(workshop: Workshop, viewerTeamId: Id): Id | undefined {
  return workshop.ratingsRevealed ? undefined : viewerTeamId;
}

/** A spread of two points or more (say a 2 beside a 4) is worth talking about. */
export const DISCUSS_SPREAD = 2;

/** Disagreements wide enough to put on the room's list, widest first. */
export function disagreementsToDiscuss(workshop: Workshop): readonly Disagreement[] {
  return disagreements(workshop).filter((d) => d.spread >= DISCUSS_SPREAD);
}

/**
 * The weighted 0–100 index of a row of pillar cells: like the overall index,
 * weights are scaled over the pillars that have a score. Null when none do.
 */
export function weightedIndex(workshop: Workshop, cells: readonly PillarCell[]): number | null {
  const weights = new Map(workshop.framework.pillars.map((p) => [p.id, p.weight]));
  let weighted = 0;
  let total = 0;
  for (const cell of cells) {
    if (cell.average === null) continue;
    const weight = weights.get(cell.pillarId) ?? 0;
    weighted += toIndex(cell.average) * weight;
    total += weight;
  }
  return total > 0 ? weighted / total : null;
}

export interface StageIndex {
  readonly stageId: Id;
  readonly name: string;
  /** Weighted pillar index 0–100 at this stage, null when nothing there is rated. */
  readonly index: number | null;
  /** Mean feeling −2…+2 of the cards at this stage, null when there are none. */
  readonly feeling: number | null;
}

/** The pillar index per stage beside the emotion curve, left to right. */
export function stageIndexes(
  workshop: Workshop,
  teamId?: Id,
  stages: readonly StageScore[] = stageScores(workshop, teamId),
  curve: readonly EmotionPoint[] = emotionCurve(workshop),
): readonly StageIndex[] {
  return stages.map((row, i) => ({
    stageId: row.stage.id,
    name: row.stage.name,
    index: weightedIndex(workshop, row.pillars),
    feeling: curve[i]?.combined ?? null,
  }));
}

/** Below "Acceptable" (3) on average: the customer notices, and not kindly. */
export const PAIN_THRESHOLD = 3;

export interface PainPoint {
  readonly touchpoint: Touchpoint;
  /** Mean of the counted scores on this card. */
  readonly average: number;
  /** Every pillar sharing the lowest average on this card, in the framework's order: a tie is shown as a tie. */
  readonly weakestPillarIds: readonly Id[];
}

/**
 * Rated cards averaging below 3: moments of truth first, then the lowest
 * average first, then journey order.
 */
export function painPoints(workshop: Workshop, teamId?: Id, rows: readonly HeatmapRow[] = heatmap(workshop, teamId)): readonly PainPoint[] {
  const result: PainPoint[] = [];
  for (const row of rows) {
    if (row.average === null || row.average >= PAIN_THRESHOLD) continue;
    let lowest: number | null = null;
    for (const cell of row.pillars) {
      if (cell.average !== null && (lowest === null || cell.average < lowest)) lowest = cell.average;
    }
    if (lowest === null) continue;
    const weakestPillarIds = row.pillars.filter((cell) => cell.average === lowest).map((cell) => cell.pillarId);
    result.push({ touchpoint: row.touchpoint, average: row.average, weakestPillarIds });
  }
  return result.sort(
    (a, b) => Number(b.touchpoint.momentOfTruth) - Number(a.touchpoint.momentOfTruth) || a.average - b.average,
  );
}

/**
 * Every team's pain points, worked out again only when the ratings, the cards,
 * the journey or the pillars change: the Fixes screen shows them beside a
 * list that redraws for every fix and every dot.
 */
export const rememberedPainPoints: (workshop: Workshop) => readonly PainPoint[] = rememberedBy(
  (workshop: Workshop) => [workshop.ratings, workshop.touchpoints, workshop.stages, workshop.channels, workshop.framework.pillars] as const,
  (workshop) => painPoints(workshop),
);

/** Ratings kept in the file but left out of every figure, by reason. */
export interface UncountedRatings {
  /** Their pillar is not in the current framework (switched or removed). */
  readonly pillarNotInFramework: number;
  /** Their touchpoint is gone. */
  readonly touchpointGone: number;
}

/** Worked out again only when the ratings, the cards or the pillars change. */
export const uncountedRatings: (workshop: Workshop) => UncountedRatings = rememberedBy(
  (workshop: Workshop) => [workshop.ratings, workshop.touchpoints, workshop.framework.pillars] as const,
  (workshop) => {
    const pillars = new Set(workshop.framework.pillars.map((p) => p.id));
    const touchpoints = new Set(workshop.touchpoints.map((t) => t.id));
    let pillarNotInFramework = 0;
    let touchpointGone = 0;
    for (const r of workshop.ratings) {
      if (!touchpoints.has(r.touchpointId)) touchpointGone += 1;
      else if (!pillars.has(r.pillarId)) pillarNotInFramework += 1;
    }
    return { pillarNotInFramework, touchpointGone };
  },
);

/** Everything the Insights screen and the PDF show, computed in one go. */
export interface Insights {
  /** The team the figures are limited to, or undefined for every team combined. */
  readonly teamId: Id | undefined;
  readonly pillars: readonly PillarScore[];
  readonly overall: number | null;
  readonly heatmap: readonly HeatmapRow[];
  readonly stages: readonly StageScore[];
  readonly weakest: readonly WeakestPillar[];
  readonly stageIndexes: readonly StageIndex[];
  readonly painPoints: readonly PainPoint[];
  /** Across teams, so empty while one team's view is shown. */
  readonly disagreements: readonly Disagreement[];
  readonly uncounted: UncountedRatings;
}

export function insights(workshop: Workshop, teamId?: Id): Insights {
  const counted = ratingTallies(workshop, teamId);
  const rows = heatmap(workshop, teamId, counted);
  const stages = stageScores(workshop, teamId, counted);
  const pillars = pillarScores(workshop, teamId, counted);
  return {
    teamId,
    pillars,
    overall: overallIndex(workshop, teamId, pillars),
    heatmap: rows,
    stages,
    weakest: weakestPillarPerStage(workshop, teamId, stages),
    stageIndexes: stageIndexes(workshop, teamId, stages),
    painPoints: painPoints(workshop, teamId, rows),
    disagreements: teamId === undefined ? disagreementsToDiscuss(workshop) : [],
    uncounted: uncountedRatings(workshop),
  };
}
