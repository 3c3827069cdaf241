/**
 * Where a popup list goes beside the field it belongs to: under it when
 * there is room, otherwise above, as wide as the field, never past the
 * window's edges. The popup sits in the browser's top layer (a popover), so
 * it is placed in window coordinates and follows the field when anything
 * scrolls or the window changes size.
 */
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/** Gap between the field and the popup, and between the popup and the window's edge. */
const GAP = 4;
const EDGE = 8;
/** Narrow fields still get a list wide enough to read "title (channel, team)" whole. */
const MIN_WIDTH = 384;
/** Room for five rows below the field is enough to open downwards, where a list is expected. */
const ENOUGH_BELOW = 180;

export interface PopupPlace {
  readonly style: CSSProperties;
  /** The height the popup may take without leaving the window. */
  readonly room: number;
}

export function placePopup(field: DOMRect, window: { readonly width: number; readonly height: number }, wanted: number): PopupPlace {
  const below = window.height - field.bottom - GAP - EDGE;
  const above = field.top - GAP - EDGE;
  const downwards = below >= Math.min(wanted, ENOUGH_BELOW) || below >= above;
  const width = Math.min(Math.max(field.width, MIN_WIDTH), window.width - 2 * EDGE);
  const left = Math.min(Math.max(field.left, EDGE), window.width - EDGE - width);
  const style: CSSProperties = downwards
    ? { top: field.bottom + GAP, left, width }
    : { bottom: window.height - field.top + GAP, left, width };
  return { style, room: Math.max(0, downwards ? below : above) };
}

/** The popup's place for the field in `fieldRef`, kept up to date while it is shown. */
export function usePopupPlace(fieldRef: RefObject<HTMLElement | null>, wanted: number): PopupPlace | null {
  const [place, setPlace] = useState<PopupPlace | null>(null);
  useLayoutEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    const update = () => {
      const next = placePopup(field.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }, wanted);
      setPlace((now) => (now && samePlace(now, next) ? now : next));
    };
    // Capturing, to hear a scroll of any panel around the field; the popup's own list scrolling moves nothing.
    const onScroll = (event: Event) => {
      if (event.target instanceof Node && event.target.contains(field)) update();
    };
    update();
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', update);
    };
  }, [fieldRef, wanted]);
  return place;
}

function samePlace(a: PopupPlace, b: PopupPlace): boolean {
  return (
    a.room === b.room &&
    a.style.top === b.style.top &&
    a.style.bottom === b.style.bottom &&
    a.style.left === b.style.left &&
    a.style.width === b.style.width
  );
}
