// One request handler for both transports: unknown methods and bad parameters
// get a clear sentence, refusals keep theirs, and surprises become a generic
// 'internal' error with the detail logged, not shown.
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../main/api/api-client';
import { INTERNAL_MESSAGE } from '../../../main/api/api-errors';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import type { WorkshopHost } from '../../../main/host/workshop-host';
import { hostWithWorkshop } from '../support/temp-data';

const fakePdf: PdfExporter = {
  render: async (workshop, options) => new TextEncoder().encode(`%PDF ${workshop.title} ${options.paper}`),
  fileName: (workshop) => `${workshop.title}.pdf`,
};

async function setUp(options: { saveFile?: Parameters<typeof createHandlers>[0]['saveFile']; host?: WorkshopHost } = {}) {
  const context = await hostWithWorkshop('Renewal journey');
  const host = options.host ?? context.host;
  const log = vi.fn();
  const handle = createRequestHandler(
    createHandlers({ host, pdf: fakePdf, now: () => new Date('2026-11-23T10:00:00Z'), ...(options.saveFile ? { saveFile: options.saveFile } : {}) }),
    log,
  );
  const watched: string[] = [];
  const client: ApiClient = { id: 'connection-1', watch: (id) => watched.push(id), session: { kind: 'facilitator' } };
  return { ...context, handle, log, client, watched };
}

describe('handleRequest', () => {
  it('refuses a method it does not know', async () => {
    const { handle, client } = await setUp();
    expect(await handle('workshop/explode', {}, client)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Journey Room does not know the request "workshop/explode".' },
    });
  });

  it('explains parameters that do not fit, naming the field', async () => {
    const { handle, client } = await setUp();
    const response = await handle('library/create', { title: '  ', template: 'blank' }, client);
    expect(response).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'That request was not understood: Title: A name cannot be empty.' },
    });
    const extra = await handle('library/list', { sneaky: true }, client);
    expect(extra.ok).toBe(false);
    expect(!extra.ok && extra.error.message).toMatch(/^That request was not understood: /);
  });

  it('runs a valid request and subscribes the client to the workshop it opens', async () => {
    const { handle, client, watched, workshop } = await setUp();
    const response = await handle('workshop/open', { workshopId: workshop.id }, client);
    expect(response).toMatchObject({
      ok: true,
      result: { kind: 'snapshot', snapshot: { workshopId: workshop.id, seq: 0, history: { canUndo: false, canRedo: false } } },
    });
    expect(response.ok && (response.result as { snapshot: { state: unknown } }).snapshot.state).toEqual(workshop);
    expect(watched).toEqual([workshop.id]);
  });

  it('refuses a command that does not say which mutation it is, changing nothing', async () => {
    const { handle, client, workshop, host } = await setUp();
    const response = await handle('workshop/dispatch', { workshopId: workshop.id, command: { type: 'stage/add', name: 'Aftercare' } }, client);
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^That request was not understood: /) } });
    expect(
      await handle('workshop/dispatch', { workshopId: workshop.id, command: { type: 'stage/add', name: 'Aftercare' }, mutation: { clientId: 'p', n: 0 } }, client),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(host.openWorkshop(workshop.id).seq).toBe(0);
  });

  it('applies a command once, answering a re-sent copy with "duplicate"', async () => {
    const { handle, client, workshop, host } = await setUp();
    const params = { workshopId: workshop.id, command: { type: 'stage/add', name: 'Aftercare' }, mutation: { clientId: 'page-a', n: 1 } };
    expect(await handle('workshop/dispatch', params, client)).toMatchObject({
      ok: true,
      result: { workshopId: workshop.id, seq: 1, patch: { put: { stages: [expect.objectContaining({ name: 'Aftercare' })] } } },
    });
    expect(await handle('workshop/dispatch', params, client)).toEqual({
      ok: false,
      error: { code: 'duplicate', message: 'That change had already arrived, so it was applied once.' },
    });
    expect(host.currentState(workshop.id).stages.filter((s) => s.name === 'Aftercare')).toHaveLength(1);
    expect(host.openWorkshop(workshop.id).seq).toBe(1);
  });

  it('passes on a refused command with its own sentence and code', async () => {
    const { handle, client, workshop } = await setUp();
    const response = await handle(
      'workshop/dispatch',
      { workshopId: workshop.id, command: { type: 'team/remove', teamId: 'nobody' }, mutation: { clientId: 'page-a', n: 1 } },
      client,
    );
    expect(response).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!response.ok && response.error.message).toMatch(/team/);
  });

  it('says when a workshop no longer exists', async () => {
    const { handle, client } = await setUp();
    expect(await handle('workshop/open', { workshopId: 'gone' }, client)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('no longer exists') },
    });
  });

  it('turns an unexpected failure into a generic message and logs the detail', async () => {
    const broken = { listWorkshops: () => { throw new Error('disk on fire'); } } as unknown as WorkshopHost;
    const { handle, client, log } = await setUp({ host: broken });
    expect(await handle('library/list', {}, client)).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_MESSAGE },
    });
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'disk on fire' }));
  });

  it('returns the PDF as base64 with a file name', async () => {
    const { handle, client, workshop } = await setUp();
    const response = await handle('export/pdf', { workshopId: workshop.id, paper: 'letter' }, client);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const result = response.result as { fileName: string; base64: string };
    expect(result.fileName).toBe('Renewal journey.pdf');
    expect(Buffer.from(result.base64, 'base64').toString()).toBe('%PDF Renewal journey letter');
  });

  it("says 'unsupported' for the save dialog outside the desktop app", async () => {
    const { handle, client, workshop } = await setUp();
    expect(await handle('export/save-pdf', { workshopId: workshop.id, paper: 'a4' }, client)).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('hands the PDF to the desktop save dialog when there is one', async () => {
    const saveFile = vi.fn(async () => ({ saved: true as const, path: '/home/me/plan.pdf' }));
    const { handle, client, workshop } = await setUp({ saveFile });
    expect(await handle('export/save-pdf', { workshopId: workshop.id, paper: 'a4' }, client)).toEqual({
      ok: true,
      result: { saved: true, path: '/home/me/plan.pdf' },
    });
    expect(saveFile).toHaveBeenCalledWith({
      bytes: expect.any(Uint8Array),
      defaultFileName: 'Renewal journey.pdf',
      dialogTitle: 'Save the action plan',
      filter: { name: 'PDF document', extensions: ['pdf'] },
    });
  });
});
