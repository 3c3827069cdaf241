/**
 * The journey board read back: which cards sit in a cell, and how the
 * customer feels along the way (the emotion curve), for the room and per team.
 */
import type { Id, Stage, Touchpoint, Workshop } from '../model';

/** A cell's cards in card order; only one team's when teamId is given. */
export function cellTouchpoints(
  workshop: Workshop,
  stageId: Id,
  channelId: Id,
  teamId?: Id,
): readonly Touchpoint[] {
  return workshop.touchpoints.filter(
    (t) =>
      t.stageId === stageId &&
      t.channelId === channelId &&
      (teamId === undefined || t.teamId === teamId),
  );
}

export function touchpointsOfTeam(workshop: Workshop, teamId: Id): readonly Touchpoint[] {
  return workshop.touchpoints.filter((t) => t.teamId === teamId);
}

export function momentsOfTruth(workshop: Workshop): readonly Touchpoint[] {
  return workshop.touchpoints.filter((t) => t.momentOfTruth);
}

export interface EmotionPoint {
  readonly stage: Stage;
  /** Mean feeling (−2…+2) of every card at this stage, null when there are none. */
  readonly combined: number | null;
  /** The same, per team in team order. */
  readonly byTeam: readonly { readonly teamId: Id; readonly average: number | null }[];
}

function meanFeeling(cards: readonly Touchpoint[]): number | null {
  return cards.length === 0 ? null : cards.reduce((sum, t) => sum + t.feeling, 0) / cards.length;
}

/** How the customer feels at each stage, left to right. */
/** Needs only the board's parts, so the board can pass what it reads. */
export function emotionCurve(workshop: Pick<Workshop, 'stages' | 'touchpoints' | 'teams'>): readonly EmotionPoint[] {
  return workshop.stages.map((stage) => {
    const cards = workshop.touchpoints.filter((t) => t.stageId === stage.id);
    return {
      stage,
      combined: meanFeeling(cards),
      byTeam: workshop.teams.map((team) => ({
        teamId: team.id,
        average: meanFeeling(cards.filter((t) => t.teamId === team.id)),
      })),
    };
  });
}
