/**
 * The zoom the board is drawn at. A number is used as it is; "fit" is worked
 * out from the page: the board is drawn at trial zooms (by setting the
 * --board-zoom property on its root directly, which lays it out without a
 * React render), and the largest zoom at which the scroll area needs no
 * scrolling wins. It is worked out again whenever the visible area or the
 * board itself changes size — a new card, a resized window.
 *
 * When even the smallest readable zoom (FIT_MIN) leaves the board too big,
 * "fit" shows an overview instead: every card as a small chip in its team's
 * colour and a count per cell (the OVERVIEW_CLASS rules in board-view.css),
 * fitted the same way, with a note saying to zoom in to read.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { fitZoom, ZOOM_DEFAULT, ZOOM_MIN, type BoardSize } from './board-zoom';
import type { ZoomMode } from './board-view-settings';

export const ZOOM_PROPERTY = '--board-zoom';
/** On the board's root while the fitted board is an overview. */
export const OVERVIEW_CLASS = 'board-overview';

/** The fitted zoom, and whether the board is shown as an overview at it. */
export interface BoardFit {
  readonly zoom: number;
  readonly overview: boolean;
}

const READABLE: BoardFit = { zoom: ZOOM_DEFAULT, overview: false };
/** How long the board must stay the same size before it is fitted again. */
const REFIT_DELAY_MS = 150;

/**
 * Finds the fitting zoom for the board under `root`, whose scrolling area is
 * `scroll`. The first guess scales the current zoom by how much room is left
 * over (or missing); the trials then settle it.
 */
export function measureFit(root: HTMLElement, scroll: HTMLElement, current: number): BoardFit {
  const before = root.style.getPropertyValue(ZOOM_PROPERTY);
  const wasOverview = root.classList.contains(OVERVIEW_CLASS);
  const area = { width: scroll.clientWidth, height: scroll.clientHeight };
  const measure = (zoom: number): BoardSize => {
    root.style.setProperty(ZOOM_PROPERTY, String(zoom));
    return { width: scroll.scrollWidth, height: scroll.scrollHeight };
  };
  const fits = (size: BoardSize) => size.width <= area.width + 0.5 && size.height <= area.height + 0.5;
  try {
    // Cards first, read at their full size: the guess needs the board as it is drawn now.
    const readableGuess = wasOverview ? undefined : guessFrom(scroll, area, current);
    root.classList.remove(OVERVIEW_CLASS);
    const zoom = fitZoom(measure, area, { guess: readableGuess });
    if (fits(measure(zoom))) return { zoom, overview: false };
    // Too many cards to read on this screen: chips and counts, which fit far smaller boards.
    root.classList.add(OVERVIEW_CLASS);
    return { zoom: fitZoom(measure, area, { min: ZOOM_MIN }), overview: true };
  } finally {
    // Put back what React set, so React's idea of the style and class stays true.
    root.style.setProperty(ZOOM_PROPERTY, before);
    root.classList.toggle(OVERVIEW_CLASS, wasOverview);
  }
}

/** A first guess: the current zoom scaled by how much room is left over (or missing), with no trial layout. */
function guessFrom(scroll: HTMLElement, area: BoardSize, current: number): number {
  const grid = scroll.firstElementChild instanceof HTMLElement ? scroll.firstElementChild : null;
  const padding = parseFloat(getComputedStyle(scroll).paddingBottom) || 0;
  const height = grid ? grid.offsetHeight + padding : scroll.scrollHeight;
  const widthRatio = scroll.scrollWidth > area.width ? area.width / scroll.scrollWidth : Infinity;
  return current * Math.min(area.height / Math.max(height, 1), widthRatio);
}

export function useBoardZoom(
  mode: ZoomMode,
  rootRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
): BoardFit {
  const [fitted, setFitted] = useState<BoardFit>(READABLE);

  const refit = useCallback(() => {
    const root = rootRef.current;
    const scroll = scrollRef.current;
    if (!root || !scroll) return;
    const current = parseFloat(root.style.getPropertyValue(ZOOM_PROPERTY)) || ZOOM_DEFAULT;
    const next = measureFit(root, scroll, current);
    setFitted((was) => (was.zoom === next.zoom && was.overview === next.overview ? was : next));
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

  return mode === 'fit' ? fitted : { zoom: mode, overview: false };
}
