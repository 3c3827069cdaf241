/**
 * `npm run export` as a person runs it: tsx on main/export/cli.ts in a child
 * process, real fixture files in, real files out, exit codes and messages
 * checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/new-workshop';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import { FACILITATOR } from '../../../shared/seat';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { createWorkshopStore } from '../../../main/store/workshop-store';
import { SECRET_DOTS_CELL } from '../../../main/export/csv';
import { extractPdf } from './pdf-inspect';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jr-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'main/export/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string): string => join(ROOT, 'test/fixtures', name);

describe('npm run export', () => {
  it('writes the small fixture’s action plan as an A4 PDF and exits 0', async () => {
    const out = join(dir, 'small.pdf');
    const result = runCli(fixture('small-workshop.json'), out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const pdf = await extractPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages[0]?.text).toContain('Home broadband');
    expect(pdf.pages[0]?.width).toBeCloseTo(595.28, 0);
  });

  it('names on stderr, before writing the PDF, the characters its fonts cannot print, and still writes it', () => {
    const workshop = createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: sequentialIds('u') });
    const input = join(dir, 'unprintable.json');
    writeFileSync(input, JSON.stringify({ ...workshop, title: 'Store visits 東京 ≥ 90 %' }));
    const out = join(dir, 'unprintable.pdf');
    const result = runCli(input, out);
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe('Some characters will not print in the PDF, so it leaves them out: 東 京 in the workshop’s title.');
    expect(existsSync(out)).toBe(true);
  });

  it('writes the large fixture on US Letter', async () => {
    const out = join(dir, 'large-letter.pdf');
    const result = runCli(fixture('large-workshop.json'), out, '--paper', 'letter');
    expect(result.code).toBe(0);
    const pdf = await extractPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages[0]?.width).toBe(612);
  });

  it('writes the actions as CSV with --csv actions', () => {
    const out = join(dir, 'actions.csv');
    expect(runCli(fixture('small-workshop.json'), out, '--csv', 'actions').code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFPriority,Action,Owner')).toBe(true);
  });

  it('leaves the secret vote’s dots out unless --include-secret-votes asks for them', () => {
    // The large fixture's vote is secret and not yet revealed.
    const hidden = join(dir, 'secret.csv');
    const withheld = runCli(fixture('large-workshop.json'), hidden, '--csv', 'actions');
    expect(withheld.code).toBe(0);
    expect(withheld.stdout).toContain('Votes are still secret');
    const hiddenText = readFileSync(hidden, 'utf8');
    expect(hiddenText).toContain(SECRET_DOTS_CELL);

    const shown = join(dir, 'with-votes.csv');
    const included = runCli(fixture('large-workshop.json'), shown, '--csv', 'actions', '--include-secret-votes');
    expect(included.code).toBe(0);
    expect(included.stdout).not.toContain('Votes are still secret');
    const shownText = readFileSync(shown, 'utf8');
    expect(shownText).not.toContain(SECRET_DOTS_CELL);
    expect(shownText).not.toBe(hiddenText);
  });

  it('exports a workshop from a data folder with the changes still in its journal', async () => {
    const dataDir = join(dir, 'data');
    const store = createWorkshopStore({ dataDir });
    const workshop = createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: sequentialIds('j') });
    await store.create(workshop);
    const host = new WorkshopHost({ store, snapshotEvery: Number.POSITIVE_INFINITY, autoPointEveryMs: Number.POSITIVE_INFINITY });
    const action = workshop.actions[0];
    if (!action) throw new Error('The sample has actions.');
    const outcome = await host.dispatch(workshop.id, { type: 'action/update', actionId: action.id, owner: 'Ioanna Papadopoulou' }, { seat: FACILITATOR });
    expect(outcome.ok).toBe(true);
    await store.close();

    const out = join(dir, 'from-journal.csv');
    expect(runCli(join(dataDir, 'workshops', `${workshop.id}.json`), out, '--csv', 'actions').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Ioanna Papadopoulou');
  });

  it('refuses a file that fails the workshop schema with a clear sentence, and writes nothing', () => {
    const bad = join(dir, 'bad.json');
    const parsed = JSON.parse(readFileSync(fixture('small-workshop.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(bad, JSON.stringify({ ...parsed, title: '' }));
    const out = join(dir, 'bad.pdf');
    const result = runCli(bad, out);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('This workshop file is damaged');
    expect(result.stderr).toContain('title');
    expect(existsSync(out)).toBe(false);
  });

  it('says when the file is not JSON at all, or missing', () => {
    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, 'hello');
    const a = runCli(notJson, join(dir, 'x.pdf'));
    expect(a.code).not.toBe(0);
    expect(a.stderr).toContain('not valid JSON');
    const b = runCli(join(dir, 'missing.json'), join(dir, 'y.pdf'));
    expect(b.code).not.toBe(0);
    expect(b.stderr).toContain('There is no file at');
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'y.pdf'))).toBe(false);
  });

  it('prints the usage when arguments are missing or wrong', () => {
    const none = runCli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run export -- <workshop.json> <out-file>');
    const wrong = runCli(fixture('small-workshop.json'), join(dir, 'z.pdf'), '--paper', 'a3');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--paper is "a4" or "letter", not "a3".');
  });
});
