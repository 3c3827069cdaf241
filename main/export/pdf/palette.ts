/**
 * Colours that carry meaning: the heatmap scale and the moment-of-truth
 * marker. The scale runs orange (poor) through a pale neutral to blue
 * (excellent) — a diverging pair that people with red–green colour blindness
 * tell apart, that still reads in greyscale (the ends are dark, the middle
 * light), and every cell prints its number, so colour is never the only cue.
 */
import type { jsPDF } from 'jspdf';
import type { Rgb } from './layout';
import { setFill } from './layout';

/** Colours at scores 1, 2, 3, 4 and 5 (ColorBrewer's PuOr/RdBu ends, colour-blind safe). */
const STOPS: readonly Rgb[] = [
  [179, 88, 6],
  [241, 163, 64],
  [246, 244, 240],
  [103, 169, 207],
  [33, 102, 172],
];

export const NO_SCORE_FILL: Rgb = [236, 239, 243];

/** The fill for a 1–5 average, blended between the two nearest stops. */
export function heatColor(average: number): Rgb {
  const t = Math.min(4, Math.max(0, average - 1));
  const i = Math.min(3, Math.floor(t));
  const f = t - i;
  const a = STOPS[i] ?? STOPS[0] ?? [0, 0, 0];
  const b = STOPS[i + 1] ?? a;
  const mix = (k: 0 | 1 | 2): number => Math.round(a[k] + (b[k] - a[k]) * f);
  return [mix(0), mix(1), mix(2)];
}

/** Dark cells (near either end) take white numbers; the rest dark ones. */
export function heatTextColor(average: number): Rgb {
  return average < 1.7 || average > 4.3 ? [255, 255, 255] : [27, 42, 65];
}

export const MOMENT_COLOR: Rgb = [27, 42, 65];

/** A small filled diamond, the mark of a moment of truth, centred on (x, y). */
export function momentMarker(doc: jsPDF, x: number, y: number, size = 3): void {
  setFill(doc, MOMENT_COLOR);
  doc.triangle(x - size, y, x, y - size, x + size, y, 'F');
  doc.triangle(x - size, y, x, y + size, x + size, y, 'F');
}
