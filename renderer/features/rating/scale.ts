/**
 * Reads the shared 1–5 scale for the rating screen: the short label a cell
 * is read out with and the sentence shown in the hint bar.
 */
import { NOT_APPLICABLE, SCALE, type ScalePoint } from '../../../shared/frameworks';
import type { CellValue } from './rating-rows';

export function scalePoint(score: number): ScalePoint | undefined {
  return SCALE.find((point) => point.score === score);
}

/** The short word for a value ("Acceptable", "N/A"), or undefined when not rated. */
export function valueLabel(value: CellValue): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return NOT_APPLICABLE.label;
  return scalePoint(value)?.label;
}

/** The sentence that explains a value, for the hint bar. */
export function valueMeaning(value: CellValue): string {
  if (value === undefined) return 'Not rated yet. Type a score from 1 to 5, or 0 for not applicable.';
  if (value === null) return NOT_APPLICABLE.meaning;
  return scalePoint(value)?.meaning ?? '';
}
