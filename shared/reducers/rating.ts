/**
 * The pillar framework and the teams' ratings. A team rates any touchpoint on
 * any pillar of the current framework (1–5, or N/A as null). Switching
 * framework keeps ratings of pillars the new one lacks, uncounted, so
 * switching back loses nothing.
 */
import { frameworkPreset } from '../frameworks';
import type { Rating, Workshop } from '../model';
import {
  fail,
  hasId,
  LIMITS,
  listOf,
  notFound,
  ok,
  overLimit,
  pillarNotFound,
  type CommandOf,
  type Outcome,
} from './common';

/** How far the weights may stray from 100 and still count as 100 (rounding in the UI). */
const WEIGHT_TOLERANCE = 0.01;

export function useFramework(state: Workshop, command: CommandOf<'framework/use'>): Outcome {
  return ok({ ...state, framework: frameworkPreset(command.preset) });
}

export function setWeights(state: Workshop, command: CommandOf<'framework/set-weights'>): Outcome {
  const { pillars } = state.framework;
  const known = new Set(pillars.map((p) => p.id));
  if (Object.keys(command.weights).some((id) => !known.has(id))) return pillarNotFound();
  // Own keys only: a pillar id such as "toString" must not find a value the object inherits.
  const given = new Map(Object.entries(command.weights));
  const weightOf = (id: string): number | undefined => given.get(id);
  const missing = pillars.filter((p) => weightOf(p.id) === undefined).map((p) => p.name);
  if (missing.length > 0) {
    return fail('invalid', `Give every pillar a weight: ${listOf(missing)} ${missing.length === 1 ? 'has' : 'have'} none.`);
  }
  const total = pillars.reduce((sum, p) => sum + (weightOf(p.id) ?? 0), 0);
  if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
    const shown = Math.round(total * 100) / 100;
    return fail('invalid', `The weights add up to ${shown} %; they need to add up to 100 %.`);
  }
  const unchanged = pillars.every((p) => p.weight === weightOf(p.id));
  if (unchanged) return ok(state);
  return ok({
    ...state,
    framework: {
      ...state.framework,
      pillars: pillars.map((p) => ({ ...p, weight: weightOf(p.id) ?? p.weight })),
    },
  });
}

function sameRating(r: Rating, key: { teamId: string; touchpointId: string; pillarId: string }): boolean {
  return r.teamId === key.teamId && r.touchpointId === key.touchpointId && r.pillarId === key.pillarId;
}

export function setRating(state: Workshop, command: CommandOf<'rating/set'>): Outcome {
  if (!hasId(state.teams, command.teamId)) return notFound('team');
  if (!hasId(state.touchpoints, command.touchpointId)) return notFound('touchpoint');
  if (!hasId(state.framework.pillars, command.pillarId)) return pillarNotFound();
  const index = state.ratings.findIndex((r) => sameRating(r, command));
  const existing = state.ratings[index];
  if (existing === undefined) {
    if (state.ratings.length >= LIMITS.ratings) return overLimit('ratings', 'ratings');
    const rating: Rating = {
      teamId: command.teamId,
      touchpointId: command.touchpointId,
      pillarId: command.pillarId,
      score: command.score,
      note: command.note ?? '',
    };
    return ok({ ...state, ratings: [...state.ratings, rating] });
  }
  const note = command.note ?? existing.note;
  if (existing.score === command.score && existing.note === note) return ok(state);
  const ratings = [...state.ratings];
  ratings[index] = { ...existing, score: command.score, note };
  return ok({ ...state, ratings });
}

/** Takes a rating back to "not rated yet" (unlike N/A, which is a rating). */
export function clearRating(state: Workshop, command: CommandOf<'rating/clear'>): Outcome {
  if (!hasId(state.teams, command.teamId)) return notFound('team');
  if (!hasId(state.touchpoints, command.touchpointId)) return notFound('touchpoint');
  const ratings = state.ratings.filter((r) => !sameRating(r, command));
  return ok(ratings.length === state.ratings.length ? state : { ...state, ratings });
}

/** Silent mode on (false) or off (true): whether every team sees every team's ratings. */
export function revealRatings(state: Workshop, command: CommandOf<'rating/reveal'>): Outcome {
  if (state.ratingsRevealed === command.revealed) return ok(state);
  return ok({ ...state, ratingsRevealed: command.revealed });
}
