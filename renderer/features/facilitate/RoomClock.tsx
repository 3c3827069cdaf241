/**
 * The room's countdown as a team page shows it: "12:05 left", "Paused at
 * 12:05", or "Time is up", by the host's clock. Rings the end sound once
 * when time runs out while the page is open.
 */
import type { Timer } from '../../../shared/model';
import { timerState, timerWords } from './time-words';
import { useEndChime } from './use-end-chime';
import { useTimeLeft } from './use-time-left';

export interface RoomClockProps {
  readonly timer: Timer | null;
  readonly muted: boolean;
  readonly hostNow: () => number;
}

export function RoomClock({ timer, muted, hostNow }: RoomClockProps) {
  const leftMs = useTimeLeft(timer, hostNow);
  useEndChime(leftMs, muted);
  if (timer === null || leftMs === null) return null;
  const state = timerState(timer, leftMs);
  return (
    <>
      <span className={`room-clock room-clock-${state}`} role="timer" data-testid="room-timer">
        {timerWords(state, leftMs)}
      </span>
      {/* Said once when time runs out; the ticking face itself is not read out. */}
      <span className="visually-hidden" role="status">
        {state === 'up' ? 'Time is up.' : ''}
      </span>
    </>
  );
}
