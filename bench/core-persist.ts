/**
 * core.apply_persist_p95_ms: one rating applied to the large fixture by the
 * real host and made durable by the real store — appended to the workshop's
 * journal and flushed to the disk — until the host acknowledges it
 * (goal ≤ 2 ms).
 *
 * It is timed as in a host that has been running a while: a first pass on a
 * throwaway copy warms the process (compiled code, a grown heap), and the
 * first change's restore point is on the disk before timing starts. A cold
 * process's first few hundred changes take about twice as long at p95.
 */
import { performance } from 'node:perf_hooks';
import type { ClientCommand } from '../shared/commands';
import type { Workshop } from '../shared/model';
import { FACILITATOR } from '../shared/seat';
import type { Benchmark } from './benchmark';
import { openLargeHost } from './large-store';
import { settleDisk } from './settle-disk';
import { percentile, round } from './stats';

const WARMUP = 30;
const SAMPLES = 400;
/** Ample time for the first restore point's background write on any disk this runs on. */
const RESTORE_POINT_SETTLE_MS = 500;

/** The i-th rating of a stream that walks the board: every team rates its own cards, pillar by pillar. */
export function ratingAt(workshop: Workshop, i: number): ClientCommand {
  const card = workshop.touchpoints[(i * 7) % workshop.touchpoints.length];
  const pillar = workshop.framework.pillars[i % workshop.framework.pillars.length];
  if (!card || !pillar) throw new Error('The large fixture is missing parts.');
  return { type: 'rating/set', teamId: card.teamId, touchpointId: card.id, pillarId: pillar.id, score: (i % 5) + 1 };
}

/** p95 of SAMPLES ratings on a fresh host holding the large fixture, after WARMUP untimed ones. */
async function timedRatings(): Promise<number> {
  const { host, workshop, dispose } = await openLargeHost();
  const rate = async (i: number): Promise<number> => {
    const start = performance.now();
    const outcome = await host.dispatch(workshop.id, ratingAt(workshop, i), { seat: FACILITATOR });
    const elapsed = performance.now() - start;
    if (!outcome.ok) throw new Error(`The benchmark command was refused: ${outcome.error.message}`);
    return elapsed;
  };
  try {
    for (let i = 0; i < WARMUP; i++) await rate(i);
    // The first change also keeps a restore point (the whole workshop, written in the background); the
    // next comes five minutes of changes later. Timing starts once it is on the disk, as it is for all
    // but one change in every five minutes of a real room.
    await new Promise((resolve) => setTimeout(resolve, RESTORE_POINT_SETTLE_MS));
    settleDisk();
    const times: number[] = [];
    for (let i = WARMUP; i < WARMUP + SAMPLES; i++) times.push(await rate(i));
    return percentile(times, 95);
  } finally {
    await dispose();
  }
}

export const corePersistBenchmark: Benchmark = {
  name: 'core persist',
  async run() {
    await timedRatings(); // the warming pass
    return [{ name: 'core.apply_persist_p95_ms', value: round(await timedRatings()), unit: 'ms', goal: 2 }];
  },
};
