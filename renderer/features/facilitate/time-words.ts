/**
 * The countdown as people read it: "12:05", "1:02:30" past an hour, and
 * "Time is up" or "Paused" beside it. Seconds round up, so "0:00" shows
 * only when time is really up.
 */
import type { Timer } from '../../../shared/model';

/** "mm:ss" (or "h:mm:ss") for what is left, rounded up to the next whole second. */
export function clockFace(leftMs: number): string {
  const total = Math.max(0, Math.ceil(leftMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${String(minutes).padStart(2, '0')}:${ss}`;
}

export type TimerState = 'running' | 'paused' | 'up';

export function timerState(timer: Timer, leftMs: number): TimerState {
  if (leftMs <= 0) return 'up';
  return timer.endsAt === null ? 'paused' : 'running';
}

/** What a page shows for the timer: the time left, or the words for where it stands. */
export function timerWords(state: TimerState, leftMs: number): string {
  if (state === 'up') return 'Time is up';
  if (state === 'paused') return `Paused at ${clockFace(leftMs)}`;
  return `${clockFace(leftMs)} left`;
}

/** For a screen reader, said once a minute rather than every second. */
export function minutesLeftSentence(leftMs: number): string {
  const minutes = Math.ceil(leftMs / 60000);
  if (leftMs <= 0) return 'Time is up.';
  return minutes === 1 ? 'About a minute left.' : `About ${minutes} minutes left.`;
}

/** Whether the chime should sound: time crossed zero while this page watched, and the room has not muted it. */
export function crossedZero(previousLeftMs: number | null, leftMs: number | null): boolean {
  return previousLeftMs !== null && previousLeftMs > 0 && leftMs !== null && leftMs <= 0;
}
