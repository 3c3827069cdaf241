/**
 * The colours of the 1–5 scale, one set for every place a score is coloured:
 * the Rate grid, the Insights heatmap, the wall and the PDF. A diverging
 * orange–purple scale (ColorBrewer PuOr) that people with the common kinds
 * of colour blindness tell apart and that still reads in greyscale (dark
 * ends, light middle). Each score is a band: an average takes the colour of
 * the point it rounds to, so a cell's colour always matches the scale's
 * legend. Every cell shows its number too; colour never carries the meaning
 * alone. The text colour on each band keeps at least 4.5:1 contrast, and at
 * least 7:1 in the high-contrast look.
 */
import { SCALE } from '../frameworks';

export type ScoreLook = 'normal' | 'high';

export interface ScoreColour {
  readonly background: string;
  readonly text: string;
  /** A word for the band, read out with the number ("poor"). */
  readonly band: string;
}

const BACKGROUNDS: Readonly<Record<ScoreLook, readonly (readonly [string, string])[]>> = {
  // [background, text] for scores 1 to 5.
  normal: [
    ['#b35806', '#ffffff'],
    ['#f1a340', '#16191f'],
    ['#f7f7f7', '#16191f'],
    ['#998ec3', '#16191f'],
    ['#542788', '#ffffff'],
  ],
  high: [
    ['#7f3b08', '#ffffff'],
    ['#fdb863', '#000000'],
    ['#ffffff', '#000000'],
    ['#b2abd2', '#000000'],
    ['#2d004b', '#ffffff'],
  ],
};

/** A cell nobody has rated: a pale grey with a muted dash. */
export const NOT_RATED: Readonly<Record<ScoreLook, ScoreColour>> = {
  normal: { background: '#eceff3', text: '#4a5262', band: 'not rated' },
  high: { background: '#ffffff', text: '#000000', band: 'not rated' },
};

function band(score: number): string {
  return SCALE.find((point) => point.score === score)?.label.toLowerCase() ?? '';
}

/** The band of each point, worst to best: the legend. */
export function scoreLegend(look: ScoreLook = 'normal'): readonly (ScoreColour & { readonly score: number })[] {
  return BACKGROUNDS[look].map(([background, text], i) => ({ score: i + 1, background, text, band: band(i + 1) }));
}

const LEGENDS: Readonly<Record<ScoreLook, readonly (ScoreColour & { readonly score: number })[]>> = {
  normal: scoreLegend('normal'),
  high: scoreLegend('high'),
};

/** The normal look's legend, made once. */
export const SCORE_LEGEND = LEGENDS.normal;

/** The nearest point of the scale for an average: 3.4 → 3, 3.5 → 4, clamped to 1–5. */
export function nearestPoint(average: number): number {
  return Math.min(Math.max(Math.round(average), 1), 5);
}

/** The colour of a score or a 1–5 average (its nearest point's band), or the not-rated look for none. */
export function scoreColour(average: number | null, look: ScoreLook = 'normal'): ScoreColour {
  if (average === null || Number.isNaN(average)) return NOT_RATED[look];
  const point = LEGENDS[look][nearestPoint(average) - 1];
  return point === undefined ? NOT_RATED[look] : { background: point.background, text: point.text, band: point.band };
}
