/**
 * The heatmap's colours: a diverging orange–purple scale (ColorBrewer PuOr),
 * which stays readable for the common kinds of colour blindness and in
 * greyscale print. Every cell also shows its number, so colour is never the
 * only carrier of meaning.
 */

export interface HeatColour {
  readonly background: string;
  readonly text: string;
  /** A word for the band, read out with the number. */
  readonly band: string;
}

const BANDS: readonly HeatColour[] = [
  { background: '#b35806', text: '#ffffff', band: 'broken' },
  { background: '#f1a340', text: '#16191f', band: 'poor' },
  { background: '#f7f7f7', text: '#16191f', band: 'acceptable' },
  { background: '#998ec3', text: '#16191f', band: 'good' },
  { background: '#542788', text: '#ffffff', band: 'excellent' },
];

const EMPTY: HeatColour = { background: 'transparent', text: '#4a5262', band: 'not rated' };

/** The colour of a 1–5 average (rounded to the nearest point), or a blank for none. */
export function heatColour(average: number | null): HeatColour {
  if (average === null) return EMPTY;
  const band = Math.min(Math.max(Math.round(average), 1), 5) - 1;
  return BANDS[band] ?? EMPTY;
}

/** The legend, worst to best. */
export const HEAT_LEGEND: readonly (HeatColour & { readonly score: number })[] = BANDS.map((b, i) => ({
  ...b,
  score: i + 1,
}));

/** "3.4", or "–" when nothing is rated. */
export function formatScore(average: number | null): string {
  return average === null ? '–' : average.toFixed(1);
}

/** "62", or "–" when nothing is rated. */
export function formatIndex(index: number | null): string {
  return index === null ? '–' : String(Math.round(index));
}
