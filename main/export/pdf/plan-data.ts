/**
 * Everything the action plan prints, worked out from a workshop before any
 * drawing starts: names looked up by id, scores and ranks taken from the
 * shared selectors (so the PDF and the screens agree on every number), and
 * honest placeholders where something is missing.
 */
import type { Workshop } from '../../../shared/model';
import type { PillarScore, RankedFix } from '../../../shared/selectors';
import { roundName } from '../../../shared/present/rounds';
import { countedRatings, finalRanking, overallIndex, pillarScores, resultsVisible } from '../../../shared/selectors';
import { SECRET_CELL, withheldFixes } from '../secret-votes';
import { formatDueDate, formatGeneratedAt, formatLongDate, formatRank } from './format';

/** Shown where a link (pillar, touchpoint, fix) is not set. */
export const NONE = '–';

export interface ActionRow {
  readonly priority: number;
  readonly title: string;
  readonly owner: string;
  readonly due: string;
  readonly successMeasure: string;
  readonly pillar: string;
  readonly touchpoint: string;
  /**
   * Dots on the fix this action carries out, NONE, or SECRET_CELL while they
   * are withheld; once there are runoffs, with the round they are from on a
   * second line ("4" / "runoff 1").
   */
  readonly dots: string;
}

export interface FixRow {
  readonly rank: string;
  readonly title: string;
  readonly team: string;
  readonly touchpoints: string;
  readonly impact: number;
  readonly effort: number;
  /** The dots it won, with their round once there are runoffs, or SECRET_CELL while the round it stands in is withheld. */
  readonly dots: number | string;
}

export interface AboutData {
  readonly persona: string;
  readonly scope: string;
  readonly stages: readonly string[];
  readonly channels: readonly string[];
  readonly teams: readonly { readonly name: string; readonly members: readonly string[] }[];
}

export interface PlanData {
  readonly title: string;
  readonly organisation: string;
  readonly facilitator: string;
  readonly workshopDate: string;
  readonly persona: string;
  readonly scope: string;
  readonly teamNames: readonly string[];
  readonly participantCount: number;
  readonly touchpointCount: number;
  readonly ratingCount: number;
  readonly overallIndex: number | null;
  readonly pillars: readonly PillarScore[];
  readonly actions: readonly ActionRow[];
  readonly fixes: readonly FixRow[];
  /** Every dot placed, all rounds together: only to tell whether anyone has voted, never printed as a sum. */
  readonly dotsCast: number;
  /** The dots placed in each round, by round number (0: the first vote). */
  readonly dotsByRound: readonly number[];
  readonly votesRevealed: boolean;
  /** The open round's dots were left out because the vote is still secret (main/export/secret-votes.ts). */
  readonly votesWithheld: boolean;
  readonly generatedLabel: string;
  readonly about: AboutData;
}

/** Every dot placed in one round: people's ballots and the dots tallied from the wall. */
export function dotsPlacedIn(workshop: Workshop, round: number): number {
  const ballots = workshop.votes.reduce((sum, v) => (v.round === round ? sum + v.dots : sum), 0);
  return ballots + workshop.tallies.reduce((sum, t) => (t.round === round ? sum + t.dots : sum), 0);
}

/** `withheldRound`: the round whose dots were taken out of `workshop` before export, so its fixes show SECRET_CELL rather than 0. */
export function buildPlanData(workshop: Workshop, generatedAt: Date, withheldRound: number | null = null): PlanData {
  const pillarNames = new Map(workshop.framework.pillars.map((p) => [p.id, p.name]));
  const touchpointTitles = new Map(workshop.touchpoints.map((t) => [t.id, t.title]));
  const teamNames = new Map(workshop.teams.map((t) => [t.id, t.name]));
  // The whole vote's order: a runoff's fixes first, each with the dots of the last round it was in.
  const ranking = finalRanking(workshop);
  const runoffs = workshop.voting.runoffs.length;
  const dotsCell = (r: RankedFix): string => (runoffs === 0 ? String(r.dots) : `${r.dots}\n${roundName(r.round).replace(/^the /, '')}`);
  const byFix = new Map(ranking.map((r) => [r.fix.id, r]));
  const secret = withheldFixes(workshop, withheldRound);
  const dotsByRound = Array.from({ length: runoffs + 1 }, (_, round) => dotsPlacedIn(workshop, round));
  const dotsCast = dotsByRound.reduce((sum, dots) => sum + dots, 0);

  const actions = workshop.actions.map((action, i): ActionRow => {
    const ranked = action.fixId === null ? undefined : byFix.get(action.fixId);
    return {
      priority: i + 1,
      title: action.title,
      owner: action.owner.trim() === '' ? 'Not assigned' : action.owner,
      due: formatDueDate(action.dueDate, workshop.locale),
      successMeasure: action.successMeasure.trim() === '' ? NONE : action.successMeasure,
      pillar: (action.pillarId === null ? undefined : pillarNames.get(action.pillarId)) ?? NONE,
      touchpoint: (action.touchpointId === null ? undefined : touchpointTitles.get(action.touchpointId)) ?? NONE,
      dots: ranked === undefined ? NONE : secret.has(ranked.fix.id) ? SECRET_CELL : dotsCell(ranked),
    };
  });

  const fixes = ranking.map(
    (r): FixRow => ({
      // With no dots placed there is no ranking yet, only a list.
      rank: dotsCast === 0 || secret.has(r.fix.id) ? NONE : formatRank(r.rank, r.tied),
      title: r.fix.title,
      team: teamNames.get(r.fix.teamId) ?? NONE,
      touchpoints: r.fix.touchpointIds.map((id) => touchpointTitles.get(id)).filter((t) => t !== undefined).join('; ') || NONE,
      impact: r.fix.impact,
      effort: r.fix.effort,
      dots: secret.has(r.fix.id) ? SECRET_CELL : runoffs === 0 ? r.dots : dotsCell(r),
    }),
  );

  const createdAt = new Date(workshop.createdAt);
  return {
    title: workshop.title,
    organisation: workshop.organisation.trim(),
    facilitator: workshop.facilitator.trim(),
    workshopDate: Number.isNaN(createdAt.getTime()) ? NONE : formatLongDate(createdAt, workshop.locale),
    persona: workshop.persona.trim(),
    scope: workshop.scope.trim(),
    teamNames: workshop.teams.map((t) => t.name),
    participantCount: workshop.participants.length,
    touchpointCount: workshop.touchpoints.length,
    // Only ratings that count (a live card, a pillar of the framework), as every figure does.
    ratingCount: countedRatings(workshop).filter((r) => r.score !== null).length,
    overallIndex: overallIndex(workshop),
    pillars: pillarScores(workshop),
    actions,
    fixes,
    dotsCast,
    dotsByRound,
    votesRevealed: resultsVisible(workshop),
    votesWithheld: withheldRound !== null,
    generatedLabel: formatGeneratedAt(generatedAt, workshop.locale),
    about: {
      persona: workshop.persona.trim(),
      scope: workshop.scope.trim(),
      stages: workshop.stages.map((s) => s.name),
      channels: workshop.channels.map((c) => c.name),
      teams: workshop.teams.map((team) => ({
        name: team.name,
        members: workshop.participants.filter((p) => p.teamId === team.id).map((p) => p.name),
      })),
    },
  };
}
