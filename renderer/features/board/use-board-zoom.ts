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

/** Finds the fitting zoom for the board under `root`, whose scrolling area is `scroll`. */
export function measureFit(root: HTMLElement, scroll: HTMLElement): number {
  const before = root.style.getPropertyValue(ZOOM_PROPERTY);
  const measure = (zoom: number) => {
    root.style.setProperty(ZOOM_PROPERTY, String(zoom));
    return { width: scroll.scrollWidth, height: scroll.scrollHeight };
  };
  try {
    return fitZoom(measure, { width: scroll.clientWidth, height: scroll.clientHeight });
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
    if (root && scroll) setFitted(measureFit(root, scroll));
  }, [rootRef, scrollRef]);

  useEffect(() => {
    const scroll = scrollRef.current;
    if (mode !== 'fit' || !scroll) return undefined;
    let frame = 0;
    // One fit per frame, however many sizes changed in it.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(refit);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(scroll);
    for (const child of Array.from(scroll.children)) observer.observe(child);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [mode, refit, scrollRef]);

  return mode === 'fit' ? fitted : mode;
}
