/**
 * How far each team got, for sentences that must be true of a workshop left
 * part-way: which teams rated and how many touchpoints each rated, and which
 * teams placed cards on the journey. A report says "Front line rated 12 of
 * 30 touchpoints", never "every team rated every touchpoint", unless so.
 */
import type { Team, Workshop } from '../model';
import { countedRatings } from './scores';

export interface TeamRatingCoverage {
  readonly team: Team;
  /** Touchpoints this team gave at least one counted answer on (a score or "not applicable"). */
  readonly touchpointsRated: number;
  /** This team's counted scores (N/A not included). */
  readonly scores: number;
}

export interface RatingCoverage {
  /** Every team, in the workshop's order, with what it rated. */
  readonly teams: readonly TeamRatingCoverage[];
  /** Touchpoints on the journey now. */
  readonly touchpointCount: number;
  /** Every counted score, from any team. */
  readonly scores: number;
}

export function ratingCoverage(workshop: Workshop): RatingCoverage {
  const touched = new Map<string, Set<string>>();
  const scores = new Map<string, number>();
  let total = 0;
  for (const rating of countedRatings(workshop)) {
    let cards = touched.get(rating.teamId);
    if (!cards) touched.set(rating.teamId, (cards = new Set()));
    cards.add(rating.touchpointId);
    if (rating.score !== null) {
      scores.set(rating.teamId, (scores.get(rating.teamId) ?? 0) + 1);
      total += 1;
    }
  }
  return {
    teams: workshop.teams.map((team) => ({ team, touchpointsRated: touched.get(team.id)?.size ?? 0, scores: scores.get(team.id) ?? 0 })),
    touchpointCount: workshop.touchpoints.length,
    scores: total,
  };
}

/** The teams with at least one card on the journey, in the workshop's order. */
export function teamsWithCards(workshop: Workshop): readonly Team[] {
  const placing = new Set(workshop.touchpoints.map((t) => t.teamId));
  return workshop.teams.filter((team) => placing.has(team.id));
}
