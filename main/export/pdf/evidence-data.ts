/**
 * The evidence behind the decision, worked out before any drawing: the
 * biggest gaps (stage × pillar), pillar scores per team, the touchpoint ×
 * pillar heatmap, the journey grid with its moments of truth, and the
 * emotion curve. Every number comes from shared/selectors, so the PDF and
 * the screens agree; only the ranking of gaps is computed here (a selector
 * for it can move to shared/ later).
 */
import type { Id, Workshop } from '../../../shared/model';
import type { EmotionPoint, HeatmapRow, PillarScore } from '../../../shared/selectors';
import { emotionCurve, heatmap, overallIndex, pillarScores, stageScores } from '../../../shared/selectors';

/** How many of the weakest stage × pillar cells page one names. */
const GAP_COUNT = 3;

export interface Gap {
  readonly stage: string;
  readonly pillar: string;
  readonly average: number;
  readonly ratingCount: number;
}

export interface TeamScores {
  readonly team: string;
  readonly color: string;
  readonly overall: number | null;
  readonly pillars: readonly PillarScore[];
}

export interface JourneyCard {
  readonly title: string;
  readonly momentOfTruth: boolean;
}

export interface JourneyGrid {
  readonly stages: readonly string[];
  readonly channels: readonly string[];
  /** cells[channel][stage]: the cards there, in card order. */
  readonly cells: readonly (readonly (readonly JourneyCard[])[])[];
  readonly momentCount: number;
  /** Cards placed on a live stage and channel. */
  readonly cardCount: number;
}

export interface EmotionLine {
  readonly name: string;
  readonly color: string;
  /** One value per stage (−2…+2), null where the team placed no card. */
  readonly values: readonly (number | null)[];
}

export interface HeatRow {
  readonly title: string;
  readonly stage: string;
  readonly team: string;
  readonly momentOfTruth: boolean;
  readonly cells: readonly (number | null)[];
  readonly average: number | null;
}

export interface EvidenceData {
  readonly gaps: readonly Gap[];
  readonly teamScores: readonly TeamScores[];
  readonly pillarNames: readonly string[];
  readonly heatRows: readonly HeatRow[];
  readonly journey: JourneyGrid;
  readonly emotion: { readonly combined: readonly (number | null)[]; readonly teams: readonly EmotionLine[] };
}

/**
 * The weakest stage × pillar cells with at least one rating, lowest first;
 * a tie goes to the cell with more ratings behind it (firmer evidence),
 * then to journey order.
 */
export function biggestGaps(workshop: Workshop, count = GAP_COUNT): readonly Gap[] {
  const pillarNames = new Map(workshop.framework.pillars.map((p) => [p.id, p.name]));
  const cells: Gap[] = [];
  for (const row of stageScores(workshop)) {
    for (const cell of row.pillars) {
      if (cell.average === null) continue;
      cells.push({ stage: row.stage.name, pillar: pillarNames.get(cell.pillarId) ?? '', average: cell.average, ratingCount: cell.ratingCount });
    }
  }
  // A stable sort keeps journey order among equals.
  return cells.sort((a, b) => a.average - b.average || b.ratingCount - a.ratingCount).slice(0, count);
}

function journeyGrid(workshop: Workshop): JourneyGrid {
  const stageIndex = new Map(workshop.stages.map((s, i) => [s.id, i]));
  const channelIndex = new Map(workshop.channels.map((c, i) => [c.id, i]));
  const cells: JourneyCard[][][] = workshop.channels.map(() => workshop.stages.map(() => []));
  let momentCount = 0;
  let cardCount = 0;
  for (const t of workshop.touchpoints) {
    const s = stageIndex.get(t.stageId);
    const c = channelIndex.get(t.channelId);
    if (s === undefined || c === undefined) continue;
    cells[c]?.[s]?.push({ title: t.title, momentOfTruth: t.momentOfTruth });
    cardCount++;
    if (t.momentOfTruth) momentCount++;
  }
  return { stages: workshop.stages.map((s) => s.name), channels: workshop.channels.map((c) => c.name), cells, momentCount, cardCount };
}

function emotionLines(workshop: Workshop, curve: readonly EmotionPoint[]): EvidenceData['emotion'] {
  return {
    combined: curve.map((p) => p.combined),
    teams: workshop.teams.map((team) => ({
      name: team.name,
      color: team.color,
      values: curve.map((p) => p.byTeam.find((b) => b.teamId === team.id)?.average ?? null),
    })),
  };
}

function heatRows(workshop: Workshop, rows: readonly HeatmapRow[]): readonly HeatRow[] {
  const stages = new Map<Id, string>(workshop.stages.map((s) => [s.id, s.name]));
  const teams = new Map<Id, string>(workshop.teams.map((t) => [t.id, t.name]));
  return rows.map((row) => ({
    title: row.touchpoint.title,
    stage: stages.get(row.touchpoint.stageId) ?? '',
    team: teams.get(row.touchpoint.teamId) ?? '',
    momentOfTruth: row.touchpoint.momentOfTruth,
    cells: row.pillars.map((c) => c.average),
    average: row.average,
  }));
}

export function buildEvidence(workshop: Workshop): EvidenceData {
  return {
    gaps: biggestGaps(workshop),
    teamScores: workshop.teams.map((team) => ({
      team: team.name,
      color: team.color,
      overall: overallIndex(workshop, team.id),
      pillars: pillarScores(workshop, team.id),
    })),
    pillarNames: workshop.framework.pillars.map((p) => p.name),
    heatRows: heatRows(workshop, heatmap(workshop)),
    journey: journeyGrid(workshop),
    emotion: emotionLines(workshop, emotionCurve(workshop)),
  };
}
