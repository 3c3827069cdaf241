// A snapshot broadcast and replied is serialised once, and reads back as the same data.
import { describe, expect, it } from 'vitest';
import { jsonOnce } from '../../../main/server/json-once';

describe('jsonOnce', () => {
  it('gives the same JSON text as JSON.stringify, reusing it for the same object', () => {
    const snapshot = { workshopId: 'w', seq: 3, state: { title: 'Zoë’s review', stages: [{ id: 's', name: 'Buy' }] } };
    const first = jsonOnce(snapshot);
    expect(first).toBe(JSON.stringify(snapshot));
    expect(jsonOnce(snapshot)).toBe(first);
    expect(jsonOnce({ ...snapshot, seq: 4 })).toBe(JSON.stringify({ ...snapshot, seq: 4 }));
  });

  it('handles plain values and undefined', () => {
    expect(jsonOnce('text')).toBe('"text"');
    expect(jsonOnce(null)).toBe('null');
    expect(jsonOnce(undefined)).toBe('null');
  });
});
