/**
 * The heatmap's colours on the wall: the shared score scale
 * (shared/present/score-colours.ts), the one Insights, Rate and the PDF use,
 * in its high-contrast set when the wall is in its high-contrast look; the
 * wall draws a cell nobody rated in its own dashed look, so it has no colour
 * here. Every cell also shows its number, so colour never carries the
 * meaning alone.
 */
import { scoreColour, type ScoreColour, type ScoreLook } from '../../../shared/present/score-colours';

/** The colour of a 1–5 mean (its nearest point's band); null for a cell nothing was rated in. */
export function heatColour(average: number | null, look: ScoreLook): ScoreColour | null {
  return average === null ? null : scoreColour(average, look);
}
