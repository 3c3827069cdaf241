/**
 * ratings.insights_ms: every figure the Insights screen shows — all teams
 * combined and each team alone — computed for the large fixture (8 teams,
 * 400 touchpoints, 2,400+ ratings). Median of many runs (goal ≤ 10 ms).
 *
 * Each run starts from a workshop whose ratings are a new array, as after a
 * rating is set: whatever is read from the ratings is worked out afresh,
 * while the cards, stages and channels are the same objects, as the reducer
 * leaves them, so figures read only from those (the journey order, the
 * emotion curve) are remembered from the run before.
 */
import { performance } from 'node:perf_hooks';
import { insights } from '../shared/selectors';
import { createLargeWorkshop } from '../test/fixtures/large-workshop';
import type { Benchmark } from './benchmark';
import { percentile, round } from './stats';

const WARMUP = 10;
const SAMPLES = 60;

export const ratingsInsightsBenchmark: Benchmark = {
  name: 'ratings insights',
  run() {
    let workshop = createLargeWorkshop();
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      workshop = { ...workshop, ratings: [...workshop.ratings] };
      const start = performance.now();
      const all = insights(workshop);
      // The screen is also opened per team (silent mode, or "one team only").
      for (const team of workshop.teams) cells += insights(workshop, team.id).heatmap.length;
      const elapsed = performance.now() - start;
      cells += all.heatmap.length;
      if (i >= WARMUP) times.push(elapsed);
    }
    if (cells === 0) throw new Error('The large fixture produced an empty heatmap.');
    return Promise.resolve([{ name: 'ratings.insights_ms', value: round(percentile(times, 50)), unit: 'ms', goal: 10 }]);
  },
};
