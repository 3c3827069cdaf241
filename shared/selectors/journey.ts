/**
 * The journey board read back: which cards sit in a cell, and how the
 * customer feels along the way (the emotion curve), for the room and per team.
 */
import type { Id, Stage, Touchpoint, Workshop } from '../model';
import { rememberedBy } from './memo';

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

type JourneyParts = Pick<Workshop, 'stages' | 'channels' | 'touchpoints'>;

/**
 * Each card's place along the journey — by stage, then channel, then its
 * place in the cell — as a rank to sort by. Lists that are not the board
 * itself (disagreements, exported ratings) read in this order. Worked out
 * again only when the cards, stages or channels change.
 */
export const journeyRanks: (workshop: JourneyParts) => ReadonlyMap<Id, number> = rememberedBy(
  (workshop: JourneyParts) => [workshop.touchpoints, workshop.stages, workshop.channels] as const,
  (workshop) => {
    const stageOrder = new Map(workshop.stages.map((s, i) => [s.id, i]));
    const channelOrder = new Map(workshop.channels.map((c, i) => [c.id, i]));
    // The sort keys are looked up once per card, not once per comparison.
    const keyed = workshop.touchpoints.map((touchpoint, i) => ({
      id: touchpoint.id,
      stage: stageOrder.get(touchpoint.stageId) ?? 0,
      channel: channelOrder.get(touchpoint.channelId) ?? 0,
      i,
    }));
    keyed.sort((a, b) => a.stage - b.stage || a.channel - b.channel || a.i - b.i);
    return new Map(keyed.map(({ id }, rank) => [id, rank]));
  },
);

/** Every card in journey order (journeyRanks). */
export const cardsInJourneyOrder: (workshop: JourneyParts) => readonly Touchpoint[] = rememberedBy(
  (workshop: JourneyParts) => [workshop.touchpoints, workshop.stages, workshop.channels] as const,
  (workshop) => {
    const ranks = journeyRanks(workshop);
    const ordered: Touchpoint[] = [];
    for (const touchpoint of workshop.touchpoints) ordered[ranks.get(touchpoint.id) ?? 0] = touchpoint;
    return ordered;
  },
);

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

type CurveParts = Pick<Workshop, 'stages' | 'touchpoints' | 'teams'>;

/**
 * How the customer feels at each stage, left to right. Needs only the
 * board's parts, so the board can pass what it reads; worked out again only
 * when they change.
 */
export const emotionCurve: (workshop: CurveParts) => readonly EmotionPoint[] = rememberedBy(
  (workshop: CurveParts) => [workshop.touchpoints, workshop.stages, workshop.teams] as const,
  (workshop) => {
    const byStage = new Map<Id, Touchpoint[]>(workshop.stages.map((s) => [s.id, []]));
    for (const card of workshop.touchpoints) byStage.get(card.stageId)?.push(card);
    return workshop.stages.map((stage) => {
      const cards = byStage.get(stage.id) ?? [];
      return {
        stage,
        combined: meanFeeling(cards),
        byTeam: workshop.teams.map((team) => ({
          teamId: team.id,
          average: meanFeeling(cards.filter((t) => t.teamId === team.id)),
        })),
      };
    });
  },
);
