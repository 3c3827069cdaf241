/**
 * The rows of the rating grid: one team's touchpoints in journey order
 * (stage by stage, then channel by channel as on the board), and how a cell's
 * value reads aloud. Pure functions, so the order and wording are tested
 * without a browser.
 */
import type { Id, Stage, Touchpoint, Workshop } from '../../../shared/model';

export interface StageRows {
  readonly stage: Stage;
  readonly touchpoints: readonly Touchpoint[];
}

/**
 * Touchpoints grouped by stage, in the journey's order; stages without any
 * are left out. With an owner, only that team's cards; with null, every
 * team's (a team may rate any card, which is how disagreements come to light).
 */
export function rowsByStage(workshop: Workshop, ownerTeamId: Id | null): readonly StageRows[] {
  const channelOrder = new Map(workshop.channels.map((channel, i) => [channel.id, i]));
  const groups: StageRows[] = [];
  for (const stage of workshop.stages) {
    const touchpoints = workshop.touchpoints
      .map((touchpoint, i) => ({ touchpoint, i }))
      .filter(
        ({ touchpoint }) =>
          touchpoint.stageId === stage.id && (ownerTeamId === null || touchpoint.teamId === ownerTeamId),
      )
      // Channel order first, then the order of the cards in their cell (array order).
      .sort(
        (a, b) =>
          (channelOrder.get(a.touchpoint.channelId) ?? Infinity) -
            (channelOrder.get(b.touchpoint.channelId) ?? Infinity) || a.i - b.i,
      )
      .map(({ touchpoint }) => touchpoint);
    if (touchpoints.length > 0) groups.push({ stage, touchpoints });
  }
  return groups;
}

/**
 * What a team gave a touchpoint on a pillar: a score 1–5, null for "not
 * applicable", or undefined when it has not been rated yet.
 */
export type CellValue = number | null | undefined;

/** Every rating of one team, looked up by touchpoint and pillar. */
export function teamScoreLookup(workshop: Workshop, teamId: Id): (touchpointId: Id, pillarId: Id) => CellValue {
  const scores = new Map<string, number | null>();
  for (const rating of workshop.ratings) {
    if (rating.teamId === teamId) scores.set(cellKey(rating.touchpointId, rating.pillarId), rating.score);
  }
  return (touchpointId, pillarId) => scores.get(cellKey(touchpointId, pillarId));
}

function cellKey(touchpointId: Id, pillarId: Id): string {
  return `${touchpointId}\u0000${pillarId}`;
}

/** The short text shown inside a cell. */
export function cellText(value: CellValue): string {
  if (value === undefined) return '·';
  if (value === null) return 'N/A';
  return String(value);
}

/**
 * How a cell's value is said in words, e.g. "3 (meets expectations)", "N/A
 * (not applicable)" or "not rated yet": what the cell shows comes first, so
 * its name holds its visible text.
 */
export function valueInWords(value: CellValue, meaning: string | undefined): string {
  if (value === undefined) return 'not rated yet';
  if (value === null) return 'N/A (not applicable)';
  return meaning ? `${value} (${meaning})` : String(value);
}

/** The accessible name of a cell, e.g. "Checkout page — Empathy: 3 (meets expectations)". */
export function cellLabel(touchpointTitle: string, pillarName: string, value: CellValue, meaning: string | undefined): string {
  return `${touchpointTitle} — ${pillarName}: ${valueInWords(value, meaning)}`;
}

/** How many of the shown cells have an answer (a score or N/A), out of all shown cells. */
export function shownProgress(
  touchpoints: readonly Touchpoint[],
  pillarIds: readonly Id[],
  scoreOf: (touchpointId: Id, pillarId: Id) => CellValue,
): { readonly rated: number; readonly total: number } {
  let rated = 0;
  for (const touchpoint of touchpoints) {
    for (const pillarId of pillarIds) if (scoreOf(touchpoint.id, pillarId) !== undefined) rated += 1;
  }
  return { rated, total: touchpoints.length * pillarIds.length };
}
