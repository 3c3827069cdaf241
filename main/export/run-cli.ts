/**
 * The export command line, as a function: arguments in, an exit code out,
 * every message through the given streams. Kept apart from cli.ts so the
 * wording and the checks read in one place. A workshop file is parsed and
 * checked exactly as the app checks it when opening one; a file that fails
 * gets the same sentence the app would show, and nothing is written.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseWorkshopFile } from '../../shared/workshop-file';
import { replayJournal } from '../store/journal';
import { journalPathFor } from '../store/saved-workshop';
import { actionsCsv, ratingsCsv } from './csv';
import { unprintablePlaces } from '../../shared/present/unprintable';
import type { Paper } from './pdf';
import { SECRET_VOTES_SENTENCE, votesForExport } from './secret-votes';

export const USAGE = `Usage: npm run export -- <workshop.json> <out-file> [--paper a4|letter] [--csv actions|ratings] [--include-secret-votes]

Writes the workshop's action plan as a PDF (A4 unless --paper letter), or,
with --csv, its actions or ratings as a CSV file for a spreadsheet.
While the vote is secret, the open round's dots are left out unless
--include-secret-votes asks for them (for the facilitator's own records).`;

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
}

type CsvKind = 'actions' | 'ratings';

interface ExportRequest {
  readonly input: string;
  readonly output: string;
  readonly paper: Paper;
  readonly csv: CsvKind | null;
  readonly includeSecretVotes: boolean;
}

function parseRequest(argv: readonly string[]): ExportRequest | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { paper: { type: 'string' }, csv: { type: 'string' }, 'include-secret-votes': { type: 'boolean' } },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  const [input, output] = positionals;
  if (input === undefined || output === undefined || positionals.length > 2) return 'Give the workshop file and the file to write.';
  const paper = values.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') return `--paper is "a4" or "letter", not "${paper}".`;
  const csv = values.csv ?? null;
  if (csv !== null && csv !== 'actions' && csv !== 'ratings') return `--csv is "actions" or "ratings", not "${csv}".`;
  return { input, output, paper, csv, includeSecretVotes: values['include-secret-votes'] === true };
}

function readJson(path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: code === 'ENOENT' ? `There is no file at ${path}.` : `${path} could not be read (${code ?? 'unknown error'}).` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, message: `${path} is not a Journey Room workshop: it is not valid JSON.` };
  }
}

/** Writes beside the target, then renames, so a failed export never leaves half a file. */
function writeAtomically(path: string, data: Uint8Array | string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export async function runExportCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    (argv.length === 0 ? io.err : io.out)(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const request = parseRequest(argv);
  if (typeof request === 'string') {
    io.err(`${request}\n\n${USAGE}`);
    return 2;
  }
  const json = readJson(request.input);
  if (!json.ok) {
    io.err(json.message);
    return 1;
  }
  const parsed = parseWorkshopFile(json.value);
  if (!parsed.ok) {
    io.err(`${request.input}: ${parsed.message}`);
    return 1;
  }
  // A workshop in a data folder keeps its latest changes in the journal beside it.
  const journal = journalPathFor(request.input);
  const saved = journal !== request.input && existsSync(journal) ? replayJournal(parsed.workshop, readFileSync(journal, 'utf8')).workshop : parsed.workshop;
  // The same rule as the app's exports: a file made while the vote is secret holds none of its dots unless asked.
  const shown = votesForExport(saved, request.includeSecretVotes);
  const workshop = shown.workshop;
  if (shown.withheldRound !== null) io.out(SECRET_VOTES_SENTENCE);
  try {
    if (request.csv !== null) {
      writeAtomically(request.output, request.csv === 'actions' ? actionsCsv(workshop, shown.withheldRound) : ratingsCsv(workshop));
      io.out(`Wrote the ${request.csv} of “${workshop.title}” as CSV to ${request.output}`);
      return 0;
    }
    // Said before the file is made, as the Export screen does: what the PDF's fonts cannot draw is left out.
    const missing = unprintablePlaces(workshop);
    if (missing.length > 0) {
      io.err(`Some characters will not print in the PDF, so it leaves them out: ${missing.map((p) => `${p.characters.join(' ')} in ${p.place}`).join('; ')}.`);
    }
    // The PDF code (jsPDF and the fonts) loads only when a PDF is asked for.
    const { renderActionPlanPdf } = await import('./pdf');
    const bytes = await renderActionPlanPdf(workshop, { paper: request.paper, generatedAt: io.now(), withheldRound: shown.withheldRound });
    writeAtomically(request.output, bytes);
    io.out(`Wrote the action plan of “${workshop.title}” (${Math.ceil(bytes.length / 1024)} KB) to ${request.output}`);
    return 0;
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.err(`${request.output} could not be written${code === undefined ? '' : ` (${code})`}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
