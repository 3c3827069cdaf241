/**
 * Sounds the chime once when the room's time runs out while this page is
 * open: not when the page opens on a timer already at zero, not when the
 * facilitator has muted it, and not again until time runs out anew.
 */
import { useEffect, useRef } from 'react';
import { playChime, readyChimeOnFirstGesture } from './chime';
import { crossedZero } from './time-words';

export function useEndChime(leftMs: number | null, muted: boolean): void {
  const previous = useRef<number | null>(null);

  useEffect(() => {
    readyChimeOnFirstGesture();
  }, []);

  useEffect(() => {
    if (crossedZero(previous.current, leftMs) && !muted) playChime();
    previous.current = leftMs;
  }, [leftMs, muted]);
}
