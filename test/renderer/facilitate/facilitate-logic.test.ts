// The pure rules behind running the room: where "Next" goes on the agenda, how the countdown reads,
// when the end sound plays, and how far the host's clock is from a device's.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA, type AgendaItem } from '../../../shared/model';
import { nextAgendaPhase, plannedMinutes } from '../../../renderer/features/facilitate/agenda-steps';
import { bestOffset, clockOffset } from '../../../renderer/features/facilitate/clock-offset';
import { clockFace, crossedZero, timerState, timerWords } from '../../../renderer/features/facilitate/time-words';
import { minutesProblem } from '../../../renderer/features/facilitate/TimerControls';

const SHORT: AgendaItem[] = [
  { phase: 'frame', minutes: 10 },
  { phase: 'rate', minutes: 20 },
  { phase: 'vote', minutes: 10 },
];

describe('the next phase on the agenda', () => {
  it('follows the agenda in its order, and ends at its last phase', () => {
    expect(nextAgendaPhase(DEFAULT_AGENDA, 'map')).toBe('rate');
    expect(nextAgendaPhase(SHORT, 'frame')).toBe('rate');
    expect(nextAgendaPhase(SHORT, 'vote')).toBeNull();
  });

  it('goes on from a phase the agenda left out to the next later one it has', () => {
    expect(nextAgendaPhase(SHORT, 'map')).toBe('rate');
    expect(nextAgendaPhase(SHORT, 'fix')).toBe('vote');
    expect(nextAgendaPhase(SHORT, 'plan')).toBeNull();
  });

  it('keeps a reordered agenda’s order', () => {
    const swapped: AgendaItem[] = [{ phase: 'vote', minutes: 5 }, { phase: 'rate', minutes: 5 }];
    expect(nextAgendaPhase(swapped, 'vote')).toBe('rate');
  });

  it('gives the planned minutes, or none for a phase left out', () => {
    expect(plannedMinutes(SHORT, 'rate')).toBe(20);
    expect(plannedMinutes(SHORT, 'map')).toBeNull();
  });
});

describe('the countdown in words', () => {
  it('reads minutes and seconds, rounding up so 00:00 means time is up', () => {
    expect(clockFace(5 * 60_000)).toBe('05:00');
    expect(clockFace(61_001)).toBe('01:02');
    expect(clockFace(400)).toBe('00:01');
    expect(clockFace(0)).toBe('00:00');
    expect(clockFace(-5)).toBe('00:00');
    expect(clockFace(3_723_000)).toBe('1:02:03');
  });

  it('says running, paused or up', () => {
    const running = { phase: 'rate', totalMs: 60_000, leftMs: 60_000, endsAt: '2026-12-03T10:00:00.000Z' } as const;
    const paused = { ...running, endsAt: null, leftMs: 30_000 };
    expect(timerWords(timerState(running, 59_000), 59_000)).toBe('00:59 left');
    expect(timerWords(timerState(paused, 30_000), 30_000)).toBe('Paused at 00:30');
    expect(timerWords(timerState(running, 0), 0)).toBe('Time is up');
  });

  it('rings only when time crosses zero while the page watches', () => {
    expect(crossedZero(900, 0)).toBe(true);
    // Opened on a timer already up: no sound.
    expect(crossedZero(null, 0)).toBe(false);
    expect(crossedZero(0, 0)).toBe(false);
    expect(crossedZero(5000, 4000)).toBe(false);
    // Ended by the facilitator: no timer, no sound.
    expect(crossedZero(5000, null)).toBe(false);
  });

  it('checks the timer length typed', () => {
    expect(minutesProblem('5')).toBeNull();
    expect(minutesProblem('0')).toBe('Give the timer at least one whole minute.');
    expect(minutesProblem('2.5')).toBe('Give the timer at least one whole minute.');
    expect(minutesProblem('')).toBe('Give the timer at least one whole minute.');
    expect(minutesProblem('481')).toBe('A timer can run for at most eight hours.');
  });
});

describe('the host’s clock', () => {
  it('takes the host’s time as read halfway through the trip', () => {
    // The device asked at 1000 and heard back at 1100; the host said 5050: it is 4000 ahead.
    expect(clockOffset({ sentAt: 1000, hostNow: 5050, receivedAt: 1100 })).toBe(4000);
    expect(clockOffset({ sentAt: 1000, hostNow: 40, receivedAt: 1020 })).toBe(-970);
  });

  it('trusts the quickest of several answers', () => {
    const slow = { sentAt: 0, hostNow: 900, receivedAt: 400 };
    const quick = { sentAt: 1000, hostNow: 1510, receivedAt: 1020 };
    expect(bestOffset([slow, quick])).toBe(500);
    expect(bestOffset([])).toBeNull();
  });
});
