// How a restore point is named (renderer/features/history/point-words.ts): today and yesterday by their
// words and the time, older ones by date, the time and date in the workshop's locale given; and its kind in words.
import { describe, expect, it } from 'vitest';
import { pointKind, pointMoment, pointMoments } from '../../../renderer/features/history/point-words';

/** A local time, so the day boundaries are the computer's own, as the person sees them. */
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();
const NOW = new Date(2026, 11, 3, 15, 30);

describe('the moment of a restore point', () => {
  it('says "Today" and the time for a point made today', () => {
    expect(pointMoment(local(2026, 12, 3, 14, 2), NOW, 'en-GB')).toEqual({ heading: 'Today 14:02', asItWas: 'at 14:02', short: '14:02' });
  });

  it('says "Yesterday" for a point made yesterday, even less than a day ago', () => {
    expect(pointMoment(local(2026, 12, 2, 23, 50), NOW, 'en-GB')).toEqual({
      heading: 'Yesterday 23:50',
      asItWas: 'yesterday at 23:50',
      short: 'yesterday, 23:50',
    });
  });

  it('gives the date for older points, with the year only when it is another year', () => {
    expect(pointMoment(local(2026, 12, 1, 9, 15), NOW, 'en-GB').heading).toBe('Tue 1 Dec, 09:15');
    expect(pointMoment(local(2026, 12, 1, 9, 15), NOW, 'en-GB').asItWas).toBe('on Tue 1 Dec at 09:15');
    expect(pointMoment(local(2025, 11, 28, 9, 15), NOW, 'en-GB').heading).toBe('Fri, 28 Nov 2025, 09:15');
  });

  it('writes the time and date the workshop’s way, in the app’s own words', () => {
    expect(pointMoment(local(2026, 12, 3, 14, 2), NOW, 'en-US').heading).toBe('Today 2:02 PM');
    expect(pointMoment(local(2026, 12, 1, 9, 15), NOW, 'en-US').heading).toBe('Tue, Dec 1, 9:15 AM');
    expect(pointMoment(local(2026, 12, 2, 14, 2), NOW, 'de-DE').asItWas).toBe('yesterday at 14:02');
    expect(pointMoment(local(2026, 12, 1, 9, 15), NOW, 'de-DE').heading).toBe('Di., 1. Dez., 09:15');
  });

  it('does not break on a time it cannot read', () => {
    expect(pointMoment('not a time', NOW, 'en-GB').heading).toBe('At an unknown time');
  });
});

describe('the kind of a restore point', () => {
  it('calls automatic points "Automatic" and others by what was about to happen', () => {
    expect(pointKind({ kind: 'auto', label: '' })).toBe('Automatic');
    expect(pointKind({ kind: 'before-step', label: 'Before removing the stage “Buy” and its 12 cards' })).toBe(
      'Before removing the stage “Buy” and its 12 cards',
    );
    expect(pointKind({ kind: 'before-restore', label: '' })).toBe('Before going back to an earlier point');
  });
});

describe('points made within the same minute', () => {
  it('are told apart by their seconds; the others keep the plain time', () => {
    const moments = pointMoments(
      [{ at: local(2026, 12, 3, 14, 2) }, { at: new Date(2026, 11, 3, 14, 2, 40).toISOString() }, { at: local(2026, 12, 3, 9, 15) }],
      NOW,
      'en-GB',
    ).map((m) => m.heading);
    expect(moments).toEqual(['Today 14:02:00', 'Today 14:02:40', 'Today 09:15']);
  });
});
