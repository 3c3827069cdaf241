/**
 * Pillar scores: what the ratings say, per pillar, per stage and per card.
 * Only ratings that still mean something are counted: the touchpoint exists,
 * the pillar is in the current framework, and (when asked) the team matches.
 * N/A ratings are counted separately, never as a score.
 */
import type { Id, Pillar, Rating, Stage, Touchpoint, Workshop } from '../model';
import { cardsInJourneyOrder } from './journey';
import { rememberedBy } from './memo';

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

/** A 1–5 average on the 0–100 scale the overall index uses. */
export function toIndex(average: number): number {
  return ((average - 1) / 4) * 100;
}

/** The ratings that count: live touchpoint, pillar in the framework, the team if one is given. */
export function countedRatings(workshop: Workshop, teamId?: Id): readonly Rating[] {
  const touchpoints = new Set(workshop.touchpoints.map((t) => t.id));
  const pillars = new Set(workshop.framework.pillars.map((p) => p.id));
  return workshop.ratings.filter(
    (r) =>
      touchpoints.has(r.touchpointId) &&
      pillars.has(r.pillarId) &&
      (teamId === undefined || r.teamId === teamId),
  );
}

/** A running mean that also counts N/A answers. */
interface Tally {
  sum: number;
  count: number;
  notApplicable: number;
}

function tally(): Tally {
  return { sum: 0, count: 0, notApplicable: 0 };
}

function add(t: Tally, score: number | null): void {
  if (score === null) t.notApplicable += 1;
  else {
    t.sum += score;
    t.count += 1;
  }
}

function mean(t: Tally | undefined): number | null {
  return t && t.count > 0 ? t.sum / t.count : null;
}

export function pillarScores(workshop: Workshop, teamId?: Id, counted: RatingTallies = ratingTallies(workshop, teamId)): readonly PillarScore[] {
  const byPillar = counted.byPillar;
  return workshop.framework.pillars.map((pillar) => {
    const t = byPillar.get(pillar.id) ?? tally();
    const average = mean(t);
    return {
      pillarId: pillar.id,
      name: pillar.name,
      weight: pillar.weight,
      average,
      index: average === null ? null : toIndex(average),
      ratingCount: t.count,
      notApplicableCount: t.notApplicable,
    };
  });
}

/**
 * The weighted mean of the pillar indexes, over the pillars that have one:
 * their weights are scaled up to 100 % so an unrated pillar neither helps nor
 * hurts. Null when nothing is rated (or the rated pillars weigh nothing).
 */
export function overallIndex(
  workshop: Workshop,
  teamId?: Id,
  scores: readonly PillarScore[] = pillarScores(workshop, teamId),
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const score of scores) {
    if (score.index === null) continue;
    weighted += score.index * score.weight;
    weights += score.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** One cell of a stage × pillar or touchpoint × pillar table. */
export interface PillarCell {
  readonly pillarId: Id;
  /** Mean of the counted scores, null when none. */
  readonly average: number | null;
  readonly ratingCount: number;
}

/** Counted ratings tallied once: per card and pillar, per stage and pillar, per pillar. */
export interface RatingTallies {
  readonly byCard: ReadonlyMap<Id, Map<Id, Tally>>;
  readonly byStage: ReadonlyMap<Id, Map<Id, Tally>>;
  readonly byPillar: ReadonlyMap<Id, Tally>;
}

function addTo(rows: Map<Id, Map<Id, Tally>>, key: Id, pillarId: Id, score: number | null): void {
  let row = rows.get(key);
  if (!row) rows.set(key, (row = new Map()));
  let t = row.get(pillarId);
  if (!t) row.set(pillarId, (t = tally()));
  add(t, score);
}

/** The cards by id, kept while the cards stay the same. */
const cardsById = rememberedBy(
  (touchpoints: readonly Touchpoint[]) => [touchpoints] as const,
  (touchpoints): ReadonlyMap<Id, Touchpoint> => new Map(touchpoints.map((t) => [t.id, t])),
);

/** One pass over the counted ratings feeds the heatmap, the stage table and the pillar scores alike. */
export function ratingTallies(workshop: Workshop, teamId?: Id): RatingTallies {
  const touchpoints = cardsById(workshop.touchpoints);
  const byCard = new Map<Id, Map<Id, Tally>>();
  const byStage = new Map<Id, Map<Id, Tally>>();
  const byPillar = new Map<Id, Tally>(workshop.framework.pillars.map((p) => [p.id, tally()]));
  for (const rating of workshop.ratings) {
    if (teamId !== undefined && rating.teamId !== teamId) continue;
    const touchpoint = touchpoints.get(rating.touchpointId);
    const pillar = byPillar.get(rating.pillarId);
    // Counted only on a live card and a pillar of the framework (countedRatings).
    if (!touchpoint || !pillar) continue;
    add(pillar, rating.score);
    addTo(byCard, touchpoint.id, rating.pillarId, rating.score);
    addTo(byStage, touchpoint.stageId, rating.pillarId, rating.score);
  }
  return { byCard, byStage, byPillar };
}

function cells(pillars: readonly Pillar[], row: ReadonlyMap<Id, Tally> | undefined): readonly PillarCell[] {
  return pillars.map((p) => {
    const t = row?.get(p.id);
    return { pillarId: p.id, average: mean(t), ratingCount: t?.count ?? 0 };
  });
}

/** The plain mean of every counted score in a row (each rating weighs the same). */
function rowAverage(row: ReadonlyMap<Id, Tally> | undefined): number | null {
  if (!row) return null;
  const all = tally();
  for (const t of row.values()) {
    all.sum += t.sum;
    all.count += t.count;
  }
  return mean(all);
}

export interface StageScore {
  readonly stage: Stage;
  readonly pillars: readonly PillarCell[];
  /** Mean of every counted score at this stage, null when none. */
  readonly average: number | null;
}

/** Per stage (in journey order) × pillar (in framework order). */
export function stageScores(workshop: Workshop, teamId?: Id, counted: RatingTallies = ratingTallies(workshop, teamId)): readonly StageScore[] {
  const byStage = counted.byStage;
  return workshop.stages.map((stage) => ({
    stage,
    pillars: cells(workshop.framework.pillars, byStage.get(stage.id)),
    average: rowAverage(byStage.get(stage.id)),
  }));
}

export interface HeatmapRow {
  readonly touchpoint: Touchpoint;
  readonly pillars: readonly PillarCell[];
  readonly average: number | null;
}

/** The touchpoints × pillars heatmap, cards in journey order (stage, then channel, then card order). */
export function heatmap(workshop: Workshop, teamId?: Id, counted: RatingTallies = ratingTallies(workshop, teamId)): readonly HeatmapRow[] {
  const byCard = counted.byCard;
  return cardsInJourneyOrder(workshop).map((touchpoint) => ({
    touchpoint,
    pillars: cells(workshop.framework.pillars, byCard.get(touchpoint.id)),
    average: rowAverage(byCard.get(touchpoint.id)),
  }));
}

/** The mean of every counted score on one card, null when none. */
export function touchpointAverage(workshop: Workshop, touchpointId: Id, teamId?: Id): number | null {
  const t = tally();
  for (const rating of countedRatings(workshop, teamId)) {
    if (rating.touchpointId === touchpointId) add(t, rating.score);
  }
  return mean(t);
}

export interface WeakestPillar {
  readonly stage: Stage;
  /**
   * Every pillar sharing the lowest average here, in the framework's order:
   * a tie is shown as a tie, never settled by which pillar comes first.
   * Empty when nothing at this stage is rated.
   */
  readonly pillars: readonly Pillar[];
  readonly average: number | null;
}

export function weakestPillarPerStage(
  workshop: Workshop,
  teamId?: Id,
  stages: readonly StageScore[] = stageScores(workshop, teamId),
): readonly WeakestPillar[] {
  const pillars = new Map(workshop.framework.pillars.map((p) => [p.id, p]));
  return stages.map(({ stage, pillars: row }) => {
    let lowest: number | null = null;
    for (const cell of row) {
      if (cell.average !== null && (lowest === null || cell.average < lowest)) lowest = cell.average;
    }
    const tied = lowest === null ? [] : row.filter((cell) => cell.average === lowest);
    return {
      stage,
      pillars: tied.map((cell) => pillars.get(cell.pillarId)).filter((p): p is Pillar => p !== undefined),
      average: lowest,
    };
  });
}
