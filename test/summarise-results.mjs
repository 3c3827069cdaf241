// Prints one closing line for CI from the JSON reports the unit and browser
// test runs write, so the total is read the same way whatever ran.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['test-output/unit-results.json', 'test-output/e2e-results.json']) {
  if (!existsSync(file)) {
    console.error(`Missing test report ${file}: that part of the suite did not run.`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
