/**
 * Where teams see the same moment differently. A wide spread between teams'
 * scores on one card and pillar is worth a conversation before anyone fixes
 * anything.
 */
import type { Id, Workshop } from '../model';
import { journeyRanks } from './journey';
import { countedRatings } from './scores';

export interface Disagreement {
  readonly touchpointId: Id;
  readonly pillarId: Id;
  readonly lowest: number;
  readonly highest: number;
  /** highest − lowest. */
  readonly spread: number;
  /** How many teams gave a score (N/A excluded). */
  readonly teamCount: number;
}

/** Every card × pillar scored by two or more teams with some spread, widest first. */
export function disagreements(workshop: Workshop): readonly Disagreement[] {
  const groups = new Map<string, { touchpointId: Id; pillarId: Id; scores: number[] }>();
  for (const rating of countedRatings(workshop)) {
    if (rating.score === null) continue;
    const key = `${rating.touchpointId}\u0000${rating.pillarId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { touchpointId: rating.touchpointId, pillarId: rating.pillarId, scores: [] }));
    group.scores.push(rating.score);
  }
  const result: Disagreement[] = [];
  for (const { touchpointId, pillarId, scores } of groups.values()) {
    if (scores.length < 2) continue;
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    if (highest === lowest) continue;
    result.push({ touchpointId, pillarId, lowest, highest, spread: highest - lowest, teamCount: scores.length });
  }
  // Equal spreads read along the journey, card by card, pillar by pillar.
  const ranks = journeyRanks(workshop);
  const pillarOrder = new Map(workshop.framework.pillars.map((p, i) => [p.id, i]));
  return result.sort(
    (a, b) =>
      b.spread - a.spread ||
      (ranks.get(a.touchpointId) ?? 0) - (ranks.get(b.touchpointId) ?? 0) ||
      (pillarOrder.get(a.pillarId) ?? 0) - (pillarOrder.get(b.pillarId) ?? 0),
  );
}

/** How far one team has got: card × pillar slots answered (N/A counts as answered). */
export function ratingProgress(workshop: Workshop, teamId: Id): { readonly rated: number; readonly total: number } {
  const answered = new Set(
    countedRatings(workshop, teamId).map((r) => `${r.touchpointId}\u0000${r.pillarId}`),
  );
  return { rated: answered.size, total: workshop.touchpoints.length * workshop.framework.pillars.length };
}
