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

/**
 * The largest zoom in [min, max] at which the board fits `area`, found by
 * bisection over `measure` (which draws the board at a zoom and reports its
 * size). The board only grows as the zoom grows, so the search is sound.
 * When even `min` does not fit, `min` is the answer: the board then scrolls
 * rather than shrinking titles past reading.
 */
export function fitZoom(
  measure: (zoom: number) => BoardSize,
  area: BoardSize,
  options: { readonly min?: number; readonly max?: number; readonly steps?: number } = {},
): number {
  const min = options.min ?? FIT_MIN;
  const max = options.max ?? ZOOM_MAX;
  const fits = (zoom: number) => {
    const size = measure(zoom);
    // Half a pixel of slack for sub-pixel rounding.
    return size.width <= area.width + 0.5 && size.height <= area.height + 0.5;
  };
  if (fits(max)) return max;
  if (!fits(min)) return min;
  let low = min;
  let high = max;
  for (let i = 0; i < (options.steps ?? 12); i += 1) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  // Round down to whole percent so the answer still fits.
  return Math.floor(low * 100) / 100;
}
