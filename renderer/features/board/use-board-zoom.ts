/**
 * The zoom the board is drawn at. A number is used as it is; "fit" is worked
 * out from the page: the board is drawn at trial zooms (by setting the
 * --board-zoom property on its root directly, which lays it out without a
 * React render), and the largest zoom at which the scroll area needs no
 * scrolling wins. It is worked out again whenever the visible area or the
 * board itself changes size — a new card, a resized window.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { fitZoom, ZOOM_DEFAULT } from './board-zoom';
import type { ZoomMode } from './board-view-settings';

export const ZOOM_PROPERTY = '--board-zoom';
/** How long the board must stay the same size before it is fitted again. */
const REFIT_DELAY_MS = 150;

/**
 * Finds the fitting zoom for the board under `root`, whose scrolling area is
 * `scroll`. The first guess scales the current zoom by how much room is left
 * over (or missing); the trials then settle it.
 */
export function measureFit(root: HTMLElement, scroll: HTMLElement, current: number): number {
  const before = root.style.getPropertyValue(ZOOM_PROPERTY);
  const grid = scroll.firstElementChild instanceof HTMLElement ? scroll.firstElementChild : null;
  const padding = parseFloat(getComputedStyle(scroll).paddingBottom) || 0;
  const area = { width: scroll.clientWidth, height: scroll.clientHeight };
  const measure = (zoom: number) => {
    root.style.setProperty(ZOOM_PROPERTY, String(zoom));
    return { width: scroll.scrollWidth, height: scroll.scrollHeight };
  };
  // The board's own height at the zoom it has now: no trial layout needed.
  const height = grid ? grid.offsetHeight + padding : scroll.scrollHeight;
  const widthRatio = scroll.scrollWidth > area.width ? area.width / scroll.scrollWidth : Infinity;
  const guess = current * Math.min(area.height / Math.max(height, 1), widthRatio);
  try {
    return fitZoom(measure, area, { guess });
  } finally {
    // Put back what React set, so React's idea of the style stays true.
    root.style.setProperty(ZOOM_PROPERTY, before);
  }
}

export function useBoardZoom(
  mode: ZoomMode,
  rootRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
): number {
  const [fitted, setFitted] = useState(ZOOM_DEFAULT);

  const refit = useCallback(() => {
    const root = rootRef.current;
    const scroll = scrollRef.current;
    if (!root || !scroll) return;
    const current = parseFloat(root.style.getPropertyValue(ZOOM_PROPERTY)) || ZOOM_DEFAULT;
    setFitted(measureFit(root, scroll, current));
  }, [rootRef, scrollRef]);

  useEffect(() => {
    const scroll = scrollRef.current;
    if (mode !== 'fit' || !scroll) return undefined;
    let timer = 0;
    // Each fit lays the board out several times: wait for a pause (a run of drops, a window being dragged wider).
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refit, REFIT_DELAY_MS);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(scroll);
    for (const child of Array.from(scroll.children)) observer.observe(child);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [mode, refit, scrollRef]);

  return mode === 'fit' ? fitted : mode;
}
