/**
 * `npx tsx bench/present-run.ts` (after `npm run build:web`): only the
 * projector's figures, with each state's reading printed, for working on
 * the projector view without the whole `npm run bench`. Updates their
 * entries in bench/results.json; screenshots go to test-output/screens/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { presentBenchmark, readWall } from './present';

async function main(): Promise<void> {
  if (process.argv.includes('--states')) {
    await readWall((r) => console.log(`${r.state}: smallest ${r.minTextPx} px ("${r.smallest}"), axe ${r.axe}${r.outside.length ? `, outside the window: ${r.outside.join('; ')}` : ''}`));
    return;
  }
  const file = join(import.meta.dirname, 'results.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  for (const figure of await presentBenchmark.run()) {
    results[figure.name] = figure.value;
    const goal = figure.goal === undefined ? '' : `  (goal ${figure.goalKind === 'at-least' ? '≥' : '≤'} ${figure.goal} ${figure.unit})`;
    console.log(`${figure.name}: ${figure.value} ${figure.unit}${goal}`);
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
