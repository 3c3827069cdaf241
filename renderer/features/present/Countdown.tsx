/**
 * The room's countdown on the wall, by the host's clock: huge on the
 * activity view, smaller in the corner of the others. A screen reader hears
 * where it stands when that changes, not every second.
 */
import type { Timer } from '../../../shared/model';
import { timeLeftMs } from '../../../shared/reducers/facilitation';
import { countdownFace, countdownState } from './wall-words';

export interface CountdownProps {
  readonly timer: Timer;
  readonly hostNow: number;
  readonly size: 'wall' | 'corner';
}

export function Countdown({ timer, hostNow, size }: CountdownProps) {
  const left = timeLeftMs(timer, hostNow);
  const state = countdownState(timer, left);
  const note = state === 'up' ? 'Time is up' : state === 'paused' ? 'Paused' : 'left';
  return (
    <div className={`wall-countdown wall-countdown-${size} wall-countdown-${state}`} data-testid={`projector-timer-${size}`}>
      <span className="wall-countdown-face" data-testid="projector-timer-face">
        {countdownFace(left)}
      </span>
      <span className="wall-countdown-note" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
