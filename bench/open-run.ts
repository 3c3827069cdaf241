/**
 * `npx tsx bench/open-run.ts`: only the screen-opening benchmarks (after
 * `npm run build:web`), for working on Plan, Fixes and Insights without the
 * whole `npm run bench`. Prints the figures and updates their entries in
 * bench/results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenOpenBenchmark } from './screen-open';

async function main(): Promise<void> {
  const file = join(import.meta.dirname, 'results.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  for (const figure of await screenOpenBenchmark.run()) {
    results[figure.name] = figure.value;
    const goal = figure.goal === undefined ? '' : `  (goal ≤ ${figure.goal} ${figure.unit})`;
    console.log(`${figure.name}: ${figure.value} ${figure.unit}${goal}`);
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
