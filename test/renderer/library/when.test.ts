// The library says when a workshop last changed the way people say it: "5 minutes ago", or a date when
// it is old, written as that workshop writes dates, whatever the browser's own locale.
import { describe, expect, it } from 'vitest';
import { describeWhen } from '../../../renderer/features/library/when';

const now = Date.parse('2026-11-23T12:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('describeWhen', () => {
  it('uses words for recent changes', () => {
    expect(describeWhen(ago(10_000), now, 'en-GB')).toBe('just now');
    expect(describeWhen(ago(5 * 60_000), now, 'en-GB')).toBe('5 minutes ago');
    expect(describeWhen(ago(3 * 3_600_000), now, 'de-DE')).toBe('3 hours ago');
    expect(describeWhen(ago(26 * 3_600_000), now, 'en-US')).toBe('yesterday');
  });

  it('gives a date for anything older than a week, in the workshop’s locale', () => {
    expect(describeWhen('2026-10-02T12:00:00.000Z', now, 'en-GB')).toBe('on 2 Oct 2026');
    expect(describeWhen('2026-10-02T12:00:00.000Z', now, 'en-US')).toBe('on Oct 2, 2026');
  });

  it('does not fail on a date it cannot read', () => {
    expect(describeWhen('not a date', now, 'en-GB')).toBe('at an unknown time');
  });
});
