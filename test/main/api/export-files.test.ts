// The actions CSV, the ratings CSV and the whole workshop as JSON, through the same request handler
// both transports use: the right text and file names for a browser to download, the right name and
// file type for the desktop save dialog, and clear refusals for an unknown workshop or kind of file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ApiClient } from '../../../main/api/api-client';
import type { FileToSave } from '../../../main/api/export-files';
import { createRequestHandler, type WireResponse } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import { ACTIONS_CSV_HEADER, BOM, RATINGS_CSV_HEADER } from '../../../main/export/csv';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { startServer } from '../../../main/server/start-server';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import type { ExportedFile, SaveOutcome } from '../../../shared/wire';
import { openStore, tempDataDir } from '../support/temp-data';
import { TestClient } from '../support/ws-client';

const pdf: PdfExporter = {
  render: async () => new Uint8Array(),
  fileName: () => 'plan.pdf',
};
// Midday, so the local date in the file name is the 23rd in any time zone the tests run in.
const NOW = new Date('2026-11-23T12:00:00Z');
const client: ApiClient = { id: 'desktop', watch: () => undefined, session: { kind: 'facilitator' } };

async function setUp(saveFile?: (file: FileToSave) => Promise<SaveOutcome>) {
  const host = new WorkshopHost({ store: openStore(tempDataDir()), log: () => undefined });
  const workshop = await host.createWorkshop({ title: 'Broadband renewals', template: 'sample' });
  const handle = createRequestHandler(
    createHandlers({ host, pdf, now: () => NOW, ...(saveFile ? { saveFile } : {}) }),
    () => undefined,
  );
  return { host, workshopId: workshop.id, handle };
}

function fileOf(response: WireResponse): ExportedFile & { text: string } {
  if (!response.ok) throw new Error(`Expected a file, got: ${response.error.message}`);
  const file = response.result as ExportedFile;
  return { ...file, text: Buffer.from(file.base64, 'base64').toString('utf8') };
}

const records = (csv: string) => csv.split('\r\n').filter((line) => line !== '');

describe('export/file', () => {
  it('gives the actions as a CSV with a byte-order mark, a header row and one row per action', async () => {
    const { host, handle, workshopId } = await setUp();
    const workshop = host.currentState(workshopId);
    const file = fileOf(await handle('export/file', { workshopId, kind: 'actions-csv' }, client));
    expect(file.fileName).toBe('Broadband renewals - actions - 2026-11-23.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.text.startsWith(BOM)).toBe(true);
    const lines = records(file.text.slice(BOM.length));
    expect(lines[0]).toBe(ACTIONS_CSV_HEADER.join(','));
    expect(workshop.actions.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(workshop.actions.length + 1);
    const first = workshop.actions[0];
    expect(lines[1]).toContain(`1,${first?.title ?? 'missing'}`);
  });

  it('gives every rating as a CSV, "not applicable" written out', async () => {
    const { handle, workshopId } = await setUp();
    const file = fileOf(await handle('export/file', { workshopId, kind: 'ratings-csv' }, client));
    expect(file.fileName).toBe('Broadband renewals - ratings - 2026-11-23.csv');
    expect(file.text.startsWith(BOM)).toBe(true);
    const lines = records(file.text.slice(BOM.length));
    expect(lines[0]).toBe(RATINGS_CSV_HEADER.join(','));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.slice(1).every((line) => /,(?:[1-5]|N\/A),/.test(line))).toBe(true);
  });

  it('gives the whole workshop as JSON that reads back as the same workshop', async () => {
    const { host, handle, workshopId } = await setUp();
    const file = fileOf(await handle('export/file', { workshopId, kind: 'workshop-json' }, client));
    expect(file.fileName).toBe('Broadband renewals - workshop - 2026-11-23.json');
    expect(file.mimeType).toBe('application/json');
    const parsed = parseWorkshopFile(JSON.parse(file.text));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.workshop).toEqual(host.currentState(workshopId));
  });

  it('keeps names in any script and drops only what file systems refuse from the file name', async () => {
    const { host, handle, workshopId } = await setUp();
    host.renameWorkshop(workshopId, 'Łódź: renewals / Q4?');
    const file = fileOf(await handle('export/file', { workshopId, kind: 'actions-csv' }, client));
    expect(file.fileName).toBe('Łódź renewals Q4 - actions - 2026-11-23.csv');
  });

  it('refuses a workshop that does not exist, and one kind of file it does not know', async () => {
    const { handle, workshopId } = await setUp();
    expect(await handle('export/file', { workshopId: 'gone', kind: 'ratings-csv' }, client)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('no longer exists') },
    });
    expect(await handle('export/file', { workshopId, kind: 'xlsx' }, client)).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'That request was not understood: Kind must be one of: actions-csv, ratings-csv, workshop-json, team-pack, team-file.',
      },
    });
  });
});

describe('export/save-file', () => {
  it("says 'unsupported' in the browser server, which has no save dialog, and still offers the download", async () => {
    const root = tempDataDir();
    const web = join(root, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Journey Room</title>');
    const host = new WorkshopHost({ store: openStore(join(root, 'data')), log: () => undefined });
    const { id: workshopId } = await host.createWorkshop({ title: 'Broadband renewals', template: 'sample' });
    const server = await startServer({ host, pdf, staticDir: web, port: 0, log: () => undefined });
    onTestFinished(() => server.close());
    const socket = await TestClient.connect(server.url);
    onTestFinished(() => socket.close());

    expect(await socket.request('export/save-file', { workshopId, kind: 'actions-csv' })).toMatchObject({
      ok: false,
      error: {
        code: 'unsupported',
        message: 'Saving with a file dialog works in the desktop app only. Download the file instead.',
      },
    });
    const download = await socket.request('export/file', { workshopId, kind: 'workshop-json' });
    expect(download).toMatchObject({ ok: true, result: { mimeType: 'application/json' } });
    expect(fileOf(download as WireResponse).fileName).toMatch(/^Broadband renewals - workshop - \d{4}-\d{2}-\d{2}\.json$/);
  });

  it('offers the desktop save dialog the file with its name and only its own file type', async () => {
    const saveFile = vi.fn<(file: FileToSave) => Promise<SaveOutcome>>(async () => ({ saved: true, path: '/home/me/renewals.csv' }));
    const { handle, workshopId } = await setUp(saveFile);
    expect(await handle('export/save-file', { workshopId, kind: 'ratings-csv' }, client)).toEqual({
      ok: true,
      result: { saved: true, path: '/home/me/renewals.csv' },
    });
    const offered = saveFile.mock.calls[0]?.[0];
    expect(offered).toMatchObject({
      defaultFileName: 'Broadband renewals - ratings - 2026-11-23.csv',
      dialogTitle: 'Save the ratings',
      filter: { name: 'CSV spreadsheet', extensions: ['csv'] },
    });
    expect(Buffer.from(offered?.bytes ?? []).toString('utf8').split('\r\n')[0]).toBe(`${BOM}${RATINGS_CSV_HEADER.join(',')}`);

    await handle('export/save-file', { workshopId, kind: 'workshop-json' }, client);
    expect(saveFile.mock.calls[1]?.[0]).toMatchObject({
      defaultFileName: 'Broadband renewals - workshop - 2026-11-23.json',
      filter: { extensions: ['json'] },
    });
  });

  it('passes on a cancelled dialog and refuses an unknown workshop without asking where to save', async () => {
    const saveFile = vi.fn(async (): Promise<SaveOutcome> => ({ saved: false }));
    const { handle, workshopId } = await setUp(saveFile);
    expect(await handle('export/save-file', { workshopId, kind: 'actions-csv' }, client)).toEqual({
      ok: true,
      result: { saved: false },
    });
    expect(await handle('export/save-file', { workshopId: 'gone', kind: 'actions-csv' }, client)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(saveFile).toHaveBeenCalledTimes(1);
  });
});
