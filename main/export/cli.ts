/**
 * `npm run export -- <workshop.json> <out.pdf> [--paper letter] [--csv actions|ratings]`:
 * exports a saved workshop without opening the app, e.g. on a build machine
 * or to re-issue a plan. All the work is in run-cli.ts.
 */
import { runExportCli } from './run-cli';

const code = await runExportCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
});
process.exitCode = code;
