/**
 * Paces one page's requests so that one busy page cannot slow the room. At
 * most a few of its requests run at once; the next wait in the page's own
 * line, so the host takes requests from every page in turn rather than 300
 * from one first. Past a sustained rate no person could reach (a bucket of
 * tokens), or when its line is full, a request is refused with a sentence
 * and nothing runs.
 */
export interface PacerLimits {
  /** Requests of one page that may run at the same time. */
  readonly inFlight: number;
  /** Requests that may wait in line behind them. */
  readonly queued: number;
  /** Requests per second, sustained. */
  readonly perSecond: number;
  /** Requests that may come at once after a quiet spell. */
  readonly burst: number;
}

export const ROOM_PACE: PacerLimits = { inFlight: 2, queued: 200, perSecond: 40, burst: 200 };

const TOO_FAST =
  'This page is sending changes faster than Journey Room takes them from one device. The last one was not applied; wait a moment and try again.';

export class RequestPacer {
  private running = 0;
  private readonly line: (() => Promise<void>)[] = [];
  private tokens: number;
  private lastRefill: number;

  constructor(
    private readonly limits: PacerLimits = ROOM_PACE,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = limits.burst;
    this.lastRefill = clock();
  }

  /** Runs `work` now or when the page's line reaches it; a sentence when it is refused instead. */
  admit(work: () => Promise<void>): string | null {
    this.refill();
    if (this.tokens < 1 || this.line.length >= this.limits.queued) return TOO_FAST;
    this.tokens -= 1;
    if (this.running < this.limits.inFlight) this.run(work);
    else this.line.push(work);
    return null;
  }

  private run(work: () => Promise<void>): void {
    this.running += 1;
    // A request's failure is its own reply's business; the line moves on either way.
    void work()
      .catch(() => undefined)
      .finally(() => {
        this.running -= 1;
        const next = this.line.shift();
        if (next) this.run(next);
      });
  }

  private refill(): void {
    const now = this.clock();
    this.tokens = Math.min(this.limits.burst, this.tokens + ((now - this.lastRefill) / 1000) * this.limits.perSecond);
    this.lastRefill = now;
  }
}
