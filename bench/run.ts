/**
 * `npm run bench`: runs every benchmark, prints each figure as
 * `name: value unit`, and writes them all to bench/results.json as one flat
 * object of "name": number. Targets come from the issues; the figures are
 * reported, not asserted — tests never assert timings.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, Figure } from './benchmark';
import { boardDragBenchmark } from './board-drag';
import { corePersistBenchmark } from './core-persist';
import { coreRoundtripBenchmark } from './core-roundtrip';
import { coreTeamRoundtripBenchmark } from './core-team-roundtrip';
import { lanJoinBenchmark } from './lan-join';
import { lanRoomBenchmark } from './lan-room';
import { mergeEightTeamsBenchmark } from './merge-eight-teams';
import { pdfLargeBenchmark } from './pdf-large';
import { presentBenchmark } from './present';
import { roomFollowBenchmark } from './room-follow';
import { ratingsInsightsBenchmark } from './ratings-insights';
import { ratingsKeystrokeBenchmark } from './ratings-keystroke';
import { screenOpenBenchmark } from './screen-open';
import { storeJournalBenchmark } from './store-journal';

const BENCHMARKS: readonly Benchmark[] = [
  corePersistBenchmark,
  storeJournalBenchmark,
  coreRoundtripBenchmark,
  coreTeamRoundtripBenchmark,
  ratingsInsightsBenchmark,
  ratingsKeystrokeBenchmark,
  mergeEightTeamsBenchmark,
  boardDragBenchmark,
  screenOpenBenchmark,
  pdfLargeBenchmark,
  lanRoomBenchmark,
  lanJoinBenchmark,
  presentBenchmark,
  roomFollowBenchmark,
];

async function main(): Promise<void> {
  const results: Record<string, number> = {};
  for (const benchmark of BENCHMARKS) {
    const figures: readonly Figure[] = await benchmark.run();
    for (const figure of figures) {
      results[figure.name] = figure.value;
      const goal = figure.goal === undefined ? '' : `  (goal ${figure.goalKind === 'at-least' ? '≥' : '≤'} ${figure.goal} ${figure.unit})`;
      console.log(`${figure.name}: ${figure.value} ${figure.unit}${goal}`);
    }
  }
  const file = join(import.meta.dirname, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${Object.keys(results).length} figures to bench/results.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
