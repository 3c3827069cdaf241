/**
 * The room's countdown on this page: the time left by the host's clock,
 * redrawn four times a second while it runs (a second's change never waits
 * long), and not at all while paused.
 */
import { useEffect, useReducer } from 'react';
import type { Timer } from '../../../shared/model';
import { timeLeftMs } from '../../../shared/reducers/facilitation';

const TICK_MS = 250;

export function useTimeLeft(timer: Timer | null, hostNow: () => number): number | null {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const running = timer !== null && timer.endsAt !== null;

  useEffect(() => {
    if (!running) return undefined;
    const id = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(id);
  }, [running]);

  // Read at every render, so a timer just started or added to shows its new time at once.
  return timer === null ? null : timeLeftMs(timer, hostNow());
}
