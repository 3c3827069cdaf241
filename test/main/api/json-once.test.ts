// A seat's cut of an update is the reply to its sender and, unchanged, the
// event every other page of that seat hears: it is serialised once, and reads
// back as the same data.
import { describe, expect, it } from 'vitest';
import { jsonOnce } from '../../../main/api/json-once';

describe('jsonOnce', () => {
  it('gives the same JSON text as JSON.stringify, reusing it for the same object', () => {
    const update = {
      workshopId: 'w',
      epoch: 'e1',
      seq: 3,
      patch: { put: { stages: [{ id: 's', order: 'a0', name: 'Zoë’s review' }] }, set: { updatedAt: '2026-11-23T09:00:00.000Z' } },
      history: { canUndo: true, canRedo: false },
    };
    const first = jsonOnce(update);
    expect(first).toBe(JSON.stringify(update));
    expect(jsonOnce(update)).toBe(first);
    expect(JSON.parse(first)).toEqual(update);
    expect(jsonOnce({ ...update, seq: 4 })).toBe(JSON.stringify({ ...update, seq: 4 }));
  });

  it('handles plain values and undefined', () => {
    expect(jsonOnce('text')).toBe('"text"');
    expect(jsonOnce(3)).toBe('3');
    expect(jsonOnce(null)).toBe('null');
    expect(jsonOnce(undefined)).toBe('null');
  });
});
