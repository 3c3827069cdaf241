// The library says when a workshop last changed the way people say it: "5 minutes ago", or a date when it is old.
import { describe, expect, it } from 'vitest';
import { describeWhen } from '../../../renderer/features/library/when';

const now = Date.parse('2026-11-23T12:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('describeWhen', () => {
  it('uses words for recent changes', () => {
    expect(describeWhen(ago(10_000), now)).toBe('just now');
    expect(describeWhen(ago(5 * 60_000), now)).toBe('5 minutes ago');
    expect(describeWhen(ago(3 * 3_600_000), now)).toBe('3 hours ago');
    expect(describeWhen(ago(26 * 3_600_000), now)).toBe('yesterday');
  });

  it('gives a date for anything older than a week', () => {
    expect(describeWhen('2026-10-02T09:00:00.000Z', now)).toBe('on 2 Oct 2026');
  });

  it('does not fail on a date it cannot read', () => {
    expect(describeWhen('not a date', now)).toBe('at an unknown time');
  });
});
