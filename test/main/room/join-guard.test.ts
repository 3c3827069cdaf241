// Guessing the room code is slowed down (main/room/join-guard.ts): after five
// wrong codes within a minute from one asker, that asker waits until the
// oldest of them is a minute old; others are not held up, and a person who
// mistyped once or twice is never made to wait. The clock is passed in.
import { describe, expect, it } from 'vitest';
import { JoinGuard } from '../../../main/room/join-guard';

const MINUTE = 60_000;

describe('wrong room codes', () => {
  it('let a person mistype four times without waiting', () => {
    const guard = new JoinGuard();
    for (let i = 0; i < 4; i++) {
      expect(guard.wait('192.168.1.30', 1000 * i)).toBe(0);
      guard.failed('192.168.1.30', 1000 * i);
    }
    expect(guard.wait('192.168.1.30', 4000)).toBe(0);
  });

  it('after the fifth within a minute, make that asker wait until the first is a minute old', () => {
    const guard = new JoinGuard();
    const times = [0, 2000, 4000, 6000, 8000];
    for (const t of times) guard.failed('192.168.1.30', t);
    expect(guard.wait('192.168.1.30', 8000)).toBe(MINUTE - 8000);
    expect(guard.wait('192.168.1.30', 30_000)).toBe(MINUTE - 30_000);
    expect(guard.wait('192.168.1.30', MINUTE - 1)).toBe(1);
    // The first has aged out: four left in the window, so the asker may try again.
    expect(guard.wait('192.168.1.30', MINUTE)).toBe(0);
    // One more wrong code makes five again; the wait runs from the oldest still counted (2 s).
    guard.failed('192.168.1.30', MINUTE);
    expect(guard.wait('192.168.1.30', MINUTE)).toBe(2000);
  });

  it('count per asker: one address guessing does not hold up another', () => {
    const guard = new JoinGuard();
    for (let i = 0; i < 5; i++) guard.failed('192.168.1.30', i);
    expect(guard.wait('192.168.1.30', 10)).toBeGreaterThan(0);
    expect(guard.wait('192.168.1.31', 10)).toBe(0);
    guard.failed('192.168.1.31', 10);
    expect(guard.wait('192.168.1.31', 10)).toBe(0);
  });

  it('are forgotten a minute later, so a morning of typos never adds up', () => {
    const guard = new JoinGuard();
    // Four wrong codes every two minutes, all morning: never five within one minute.
    for (let minute = 0; minute < 180; minute += 2) {
      for (let i = 0; i < 4; i++) guard.failed('192.168.1.30', minute * MINUTE + i * 1000);
      expect(guard.wait('192.168.1.30', minute * MINUTE + 5000)).toBe(0);
    }
  });
});
