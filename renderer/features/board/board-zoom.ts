/**
 * How big the board is drawn, and how "Fit to screen" chooses that size. The
 * zoom scales the board through CSS custom properties (column widths, card
 * text, padding) rather than a CSS transform, so drag and drop keeps
 * measuring the real rectangles of cells and cards.
 */

/** 100 %: the board as designed. */
export const ZOOM_DEFAULT = 1;
/** The smallest zoom a person can choose by hand: an overview of a big board. */
export const ZOOM_MIN = 0.6;
export const ZOOM_MAX = 2;
export const ZOOM_STEP = 0.1;
/**
 * Fit to screen never goes below this: card titles are 15 px at 100 %, and
 * a title smaller than 12 px cannot be read from the back of a room.
 */
export const FIT_MIN = 0.8;

export function clampZoom(zoom: number, min = ZOOM_MIN, max = ZOOM_MAX): number {
  if (!Number.isFinite(zoom)) return ZOOM_DEFAULT;
  return Math.min(max, Math.max(min, zoom));
}

/** Rounds to whole percent, so steps land on 90 %, 100 %, 110 % and not 100.0000001 %. */
function roundPercent(zoom: number): number {
  return Math.round(zoom * 100) / 100;
}

/** The next step in or out, snapping to the step grid from an in-between (fitted) zoom. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const steps = zoom / ZOOM_STEP;
  const snapped = direction > 0 ? Math.floor(steps + 1e-6) + 1 : Math.ceil(steps - 1e-6) - 1;
  return roundPercent(clampZoom(snapped * ZOOM_STEP));
}

export function zoomPercent(zoom: number): string {
  return `${Math.round(zoom * 100)} %`;
}

/** Whether the board drawn at a zoom fits the visible area, given its size there. */
export interface BoardSize {
  readonly width: number;
  readonly height: number;
}

/** How far either side of a guess the search first looks. */
const GUESS_SPAN = 0.08;

/**
 * The largest zoom in [min, max] (to whole percent) at which the board fits
 * `area`, found by bisection over `measure` (which draws the board at a zoom
 * and reports its size). The board only grows as the zoom grows, so the
 * search is sound. A `guess` (from the board's size at the zoom it has now)
 * narrows the search first: every trial lays out the whole board, so fewer
 * trials keep a big board responsive. When even `min` does not fit, `min` is
 * the answer: the board then scrolls rather than shrinking titles past
 * reading.
 */
export function fitZoom(
  measure: (zoom: number) => BoardSize,
  area: BoardSize,
  options: { readonly min?: number; readonly max?: number; readonly guess?: number } = {},
): number {
  const min = options.min ?? FIT_MIN;
  const max = options.max ?? ZOOM_MAX;
  const fits = (zoom: number) => {
    const size = measure(zoom);
    // Half a pixel of slack for sub-pixel rounding.
    return size.width <= area.width + 0.5 && size.height <= area.height + 0.5;
  };
  // lo always fits (or is min), hi never fits (or is max).
  let lo = min;
  let hi = max;
  const guess = options.guess;
  if (guess !== undefined && Number.isFinite(guess)) {
    const below = clampZoom(guess - GUESS_SPAN, min, max);
    const above = clampZoom(guess + GUESS_SPAN, min, max);
    if (!fits(below)) hi = below;
    else if (fits(above)) lo = above;
    else [lo, hi] = [below, above];
  }
  if (hi === max && fits(max)) return max;
  if (lo === min && !fits(min)) return min;
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  // The answer is one of the two whole percents around the boundary; one more trial tells which.
  const low = Math.floor(lo * 100 + 1e-9) / 100;
  const high = Math.floor(hi * 100 + 1e-9) / 100;
  return high > low && high < hi && fits(high) ? high : Math.max(low, min);
}
