/** How scores are written on the Rate screen: short, and a dash when there is nothing to show. */

/** A 1–5 average to one decimal place ("3.4"), or "–" when nothing is rated. */
export function formatAverage(average: number | null): string {
  return average === null ? '–' : average.toFixed(1);
}

/** A 0–100 index as a whole number ("62"), or "–" when nothing is rated. */
export function formatIndex(index: number | null): string {
  return index === null ? '–' : String(Math.round(index));
}
