// One device's requests are paced (main/api/request-pacer.ts), so one busy
// page cannot hold up the room: a few run at once and the rest wait in that
// page's own line, in order; past a burst no person could reach, or with the
// line full, a request is refused there and then with a sentence and never
// runs. The clock and the work are the test's, so nothing here waits for time.
import { describe, expect, it } from 'vitest';
import { RequestPacer, ROOM_PACE, type PacerLimits } from '../../../main/api/request-pacer';

const TOO_FAST =
  'This page is sending changes faster than Journey Room takes them from one device. The last one was not applied; wait a moment and try again.';

/** Work the test finishes by hand, recording when it started. */
class Works {
  readonly started: number[] = [];
  private readonly finishers = new Map<number, () => void>();

  make(n: number): () => Promise<void> {
    return () => {
      this.started.push(n);
      return new Promise<void>((resolve) => this.finishers.set(n, resolve));
    };
  }

  /** Finishes work `n` and lets the pacer start what waits behind it. */
  async finish(n: number): Promise<void> {
    const finish = this.finishers.get(n);
    if (!finish) throw new Error(`Work ${String(n)} has not started.`);
    finish();
    // The pacer starts the next one in a `finally` after the work's promise settles.
    for (let i = 0; i < 3; i++) await Promise.resolve();
  }
}

function pacerWith(limits: PacerLimits): { pacer: RequestPacer; clock: { now: number } } {
  const clock = { now: 1000 };
  return { pacer: new RequestPacer(limits, () => clock.now), clock };
}

describe('one device’s requests', () => {
  it('run a few at once; the rest wait in line and run in the order they came', async () => {
    const { pacer } = pacerWith({ inFlight: 2, queued: 10, perSecond: 10, burst: 10 });
    const works = new Works();
    for (let n = 1; n <= 5; n++) expect(pacer.admit(works.make(n))).toBeNull();
    expect(works.started).toEqual([1, 2]);
    await works.finish(2);
    expect(works.started).toEqual([1, 2, 3]);
    await works.finish(1);
    expect(works.started).toEqual([1, 2, 3, 4]);
    await works.finish(3);
    await works.finish(4);
    expect(works.started).toEqual([1, 2, 3, 4, 5]);
  });

  it('past the burst are refused with a sentence and never run, until the tokens come back with time', async () => {
    const { pacer, clock } = pacerWith({ inFlight: 100, queued: 100, perSecond: 4, burst: 8 });
    const works = new Works();
    for (let n = 1; n <= 8; n++) expect(pacer.admit(works.make(n))).toBeNull();
    expect(pacer.admit(works.make(9))).toBe(TOO_FAST);
    expect(pacer.admit(works.make(10))).toBe(TOO_FAST);
    expect(works.started).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    // A quarter of a second brings one token back (4 a second), not two.
    clock.now += 250;
    expect(pacer.admit(works.make(11))).toBeNull();
    expect(pacer.admit(works.make(12))).toBe(TOO_FAST);
    // Half a second: two more.
    clock.now += 500;
    expect(pacer.admit(works.make(13))).toBeNull();
    expect(pacer.admit(works.make(14))).toBeNull();
    expect(pacer.admit(works.make(15))).toBe(TOO_FAST);
    expect(works.started).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 11, 13, 14]);
  });

  it('never bank more than the burst after a quiet spell', () => {
    const { pacer, clock } = pacerWith({ inFlight: 1000, queued: 1000, perSecond: 4, burst: 8 });
    const works = new Works();
    // An hour of quiet.
    clock.now += 3_600_000;
    const answers = Array.from({ length: 12 }, (_, n) => pacer.admit(works.make(n)));
    expect(answers.filter((a) => a === null)).toHaveLength(8);
    expect(answers.slice(8)).toEqual([TOO_FAST, TOO_FAST, TOO_FAST, TOO_FAST]);
  });

  it('are refused when the line is full, even with tokens to spare', async () => {
    const { pacer } = pacerWith({ inFlight: 1, queued: 3, perSecond: 1000, burst: 1000 });
    const works = new Works();
    // One runs, three wait: the line is full.
    for (let n = 1; n <= 4; n++) expect(pacer.admit(works.make(n))).toBeNull();
    expect(pacer.admit(works.make(5))).toBe(TOO_FAST);
    expect(works.started).toEqual([1]);
    // One leaves the line to run: there is room for one more.
    await works.finish(1);
    expect(works.started).toEqual([1, 2]);
    expect(pacer.admit(works.make(6))).toBeNull();
    expect(pacer.admit(works.make(7))).toBe(TOO_FAST);
    for (const n of [2, 3, 4, 6]) await works.finish(n);
    expect(works.started).toEqual([1, 2, 3, 4, 6]);
  });

  it('in a room: 300 sent at once, about 200 are taken and the rest refused at once', () => {
    const { pacer } = pacerWith(ROOM_PACE);
    const works = new Works();
    const answers = Array.from({ length: 300 }, (_, n) => pacer.admit(works.make(n)));
    const taken = answers.filter((a) => a === null).length;
    expect(taken).toBe(ROOM_PACE.burst);
    expect(answers.slice(taken).every((a) => a === TOO_FAST)).toBe(true);
    // Only a couple run; the rest wait their turn instead of all landing on the host at once.
    expect(works.started).toHaveLength(ROOM_PACE.inFlight);
  });
});
