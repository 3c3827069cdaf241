/**
 * core.apply_persist_p95_ms: one command applied to the large fixture by the
 * real host and saved atomically by the real store (goal ≤ 5 ms).
 */
import { performance } from 'node:perf_hooks';
import { FACILITATOR } from '../shared/seat';
import type { Benchmark } from './benchmark';
import { commandAt, openLargeHost } from './large-store';
import { percentile, round } from './stats';

const WARMUP = 30;
const SAMPLES = 400;

export const corePersistBenchmark: Benchmark = {
  name: 'core persist',
  async run() {
    const { host, workshop, dispose } = openLargeHost();
    try {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const command = commandAt(workshop, i);
        const start = performance.now();
        const outcome = await host.dispatch(workshop.id, command, { seat: FACILITATOR });
        const elapsed = performance.now() - start;
        if (!outcome.ok) throw new Error(`The benchmark command was refused: ${outcome.error.message}`);
        if (i >= WARMUP) times.push(elapsed);
      }
      return [{ name: 'core.apply_persist_p95_ms', value: round(percentile(times, 95)), unit: 'ms', goal: 5 }];
    } finally {
      await dispose();
    }
  },
};
