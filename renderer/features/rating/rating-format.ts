/**
 * How a rating cell on the Rate screen is coloured: a score takes its band
 * of the one shared scale (shared/present/score-colours.ts), in the page's
 * look (renderer/ui/score-look.ts), so a 2 on Rate is the orange it is on
 * Insights, on the wall and in the PDF. Unrated and not-applicable cells
 * keep their own looks in rating.css.
 */
import { scoreColour, type ScoreLook } from '../../../shared/present/score-colours';
import type { CellValue } from './rating-rows';

export function cellColours(value: CellValue, look: ScoreLook): { readonly background: string; readonly color: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const colour = scoreColour(value, look);
  return { background: colour.background, color: colour.text };
}
