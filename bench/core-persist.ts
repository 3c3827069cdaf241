/**
 * core.apply_persist_p95_ms: one rating applied to the large fixture by the
 * real host and made durable by the real store — appended to the workshop's
 * journal and flushed to the disk — until the host acknowledges it
 * (goal ≤ 2 ms).
 */
import { performance } from 'node:perf_hooks';
import type { ClientCommand } from '../shared/commands';
import type { Workshop } from '../shared/model';
import { FACILITATOR } from '../shared/seat';
import type { Benchmark } from './benchmark';
import { openLargeHost } from './large-store';
import { percentile, round } from './stats';

const WARMUP = 30;
const SAMPLES = 400;

/** The i-th rating of a stream that walks the board: every team rates its own cards, pillar by pillar. */
export function ratingAt(workshop: Workshop, i: number): ClientCommand {
  const card = workshop.touchpoints[(i * 7) % workshop.touchpoints.length];
  const pillar = workshop.framework.pillars[i % workshop.framework.pillars.length];
  if (!card || !pillar) throw new Error('The large fixture is missing parts.');
  return { type: 'rating/set', teamId: card.teamId, touchpointId: card.id, pillarId: pillar.id, score: (i % 5) + 1 };
}

export const corePersistBenchmark: Benchmark = {
  name: 'core persist',
  async run() {
    const { host, workshop, dispose } = openLargeHost();
    try {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const command = ratingAt(workshop, i);
        const start = performance.now();
        const outcome = await host.dispatch(workshop.id, command, { seat: FACILITATOR });
        const elapsed = performance.now() - start;
        if (!outcome.ok) throw new Error(`The benchmark command was refused: ${outcome.error.message}`);
        if (i >= WARMUP) times.push(elapsed);
      }
      return [{ name: 'core.apply_persist_p95_ms', value: round(percentile(times, 95)), unit: 'ms', goal: 2 }];
    } finally {
      await dispose();
    }
  },
};
