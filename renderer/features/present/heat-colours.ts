/**
 * The heatmap's colours on the wall: the same diverging orange–purple scale
 * (ColorBrewer PuOr) as the Insights screen, readable for the common kinds
 * of colour blindness. Kept here as well because a screen does not reach
 * into another screen's files; every cell also shows its number, so colour
 * never carries the meaning alone.
 */
export interface HeatColour {
  readonly background: string;
  readonly text: string;
  readonly band: string;
}

const BANDS: readonly HeatColour[] = [
  { background: '#b35806', text: '#ffffff', band: 'broken' },
  { background: '#f1a340', text: '#16191f', band: 'poor' },
  { background: '#f7f7f7', text: '#16191f', band: 'acceptable' },
  { background: '#998ec3', text: '#16191f', band: 'good' },
  { background: '#542788', text: '#ffffff', band: 'excellent' },
];

/** The colour of a 1–5 mean, rounded to the nearest point; null for a cell nothing was rated in. */
export function heatColour(average: number | null): HeatColour | null {
  if (average === null) return null;
  return BANDS[Math.min(Math.max(Math.round(average), 1), 5) - 1] ?? null;
}

export const HEAT_LEGEND: readonly (HeatColour & { readonly score: number })[] = BANDS.map((b, i) => ({ ...b, score: i + 1 }));
