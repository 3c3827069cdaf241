/**
 * Colours that carry meaning in the PDF: the heatmap's, taken from the one
 * score scale the screens use (shared/present/score-colours.ts), so a cell
 * in the plan has the colour the room saw on Insights and on the wall; and
 * the moment-of-truth marker.
 */
import type { jsPDF } from 'jspdf';
import { hexToRgb } from '../../../shared/present/colour';
import { scoreColour } from '../../../shared/present/score-colours';
import type { Rgb } from './layout';
import { setFill } from './layout';

export interface CellColours {
  readonly fill: Rgb;
  readonly text: Rgb;
}

/** A heatmap cell's fill and the colour of the number printed on it; a cell nobody rated has the not-rated look. */
export function heatCellColours(average: number | null): CellColours {
  const colour = scoreColour(average);
  return { fill: hexToRgb(colour.background), text: hexToRgb(colour.text) };
}

export const MOMENT_COLOR: Rgb = [27, 42, 65];

/** A small filled diamond, the mark of a moment of truth, centred on (x, y). */
export function momentMarker(doc: jsPDF, x: number, y: number, size = 3): void {
  setFill(doc, MOMENT_COLOR);
  doc.triangle(x - size, y, x, y - size, x + size, y, 'F');
  doc.triangle(x - size, y, x, y + size, x + size, y, 'F');
}
