/**
 * How far the host's clock is from this device's: a phone's clock may be
 * minutes off, and the room's countdown must read the same everywhere. The
 * host's time was read about halfway between asking and hearing back.
 */
export interface ClockSample {
  /** This device's clock when it asked (ms). */
  readonly sentAt: number;
  /** The host's clock in its answer (ms). */
  readonly hostNow: number;
  /** This device's clock when the answer came (ms). */
  readonly receivedAt: number;
}

/** Host minus device, in ms: add it to Date.now() to get the host's time. */
export function clockOffset(sample: ClockSample): number {
  return sample.hostNow - (sample.sentAt + sample.receivedAt) / 2;
}

/** Of several samples, the one with the shortest trip is the most certain. */
export function bestOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (best === null || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample;
  }
  return best === null ? null : clockOffset(best);
}

