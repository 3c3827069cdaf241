/**
 * The action plan drawn in a worker thread (main/export/pdf-worker-client.ts):
 * the same PDF as drawn in the app's own thread; the host answering other
 * requests while a large plan is drawn; a failed or cut-short render told
 * in a sentence, with no file saved and the next export working; and a
 * worker that cannot start at all still giving the facilitator their PDF.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActionPlanPdf } from '../../../main/api/action-plan-pdf';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler, type WireResponse } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import { renderActionPlanPdf } from '../../../main/export/pdf';
import { PDF_INPUT_REFUSED, PDF_WORKER_STOPPED, PdfRenderError } from '../../../main/export/pdf-job';
import { createPdfWorkerClient, type PdfWorkerClient } from '../../../main/export/pdf-worker-client';
import { WorkshopHost } from '../../../main/host/workshop-host';
import type { Workshop } from '../../../shared/model';
import type { PdfFile } from '../../../shared/wire';
import { createLargeWorkshop } from '../../fixtures/large-workshop';
import { openStore, tempDataDir } from '../support/temp-data';
import { extractPdf } from './pdf-inspect';
import { GENERATED_AT, internationalWorkshop, sampleWorkshop } from './workshops';

/** Each test draws two to four PDFs, with a worker's start; on a busy machine that takes longer than the usual limit. */
const SLOW = { timeout: 120_000 };

const facilitator: ApiClient = { id: 'desktop', watch: () => undefined, session: { kind: 'facilitator' } };
const OPTIONS = { paper: 'a4', generatedAt: GENERATED_AT, withheldRound: null } as const;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function client(options: Parameters<typeof createPdfWorkerClient>[0] = {}): PdfWorkerClient {
  const made = createPdfWorkerClient({ log: () => undefined, ...options });
  closers.push(() => made.close());
  return made;
}

/** jsPDF draws a new random file ID into every PDF; everything else must match byte for byte. */
function withoutFileId(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/\/ID \[ <[0-9A-F]+> <[0-9A-F]+> \]/, '/ID [ <same> <same> ]');
}

async function hostWith(workshop: Workshop): Promise<{ host: WorkshopHost; workshopId: string }> {
  const store = openStore(tempDataDir());
  await store.create(workshop);
  return { host: new WorkshopHost({ store, log: () => undefined }), workshopId: workshop.id };
}

describe('the PDF drawn in a worker', SLOW, () => {
  it('is the same file as the one drawn in the app’s own thread', async () => {
    const worker = client();
    for (const [workshop, paper] of [
      [sampleWorkshop(), 'a4'],
      [internationalWorkshop(), 'letter'],
    ] as const) {
      const inThread = await renderActionPlanPdf(workshop, { ...OPTIONS, paper });
      const fromWorker = await worker.render(workshop, { ...OPTIONS, paper });
      expect(fromWorker.length).toBe(inThread.length);
      expect(withoutFileId(fromWorker)).toBe(withoutFileId(inThread));
    }
  });

  it('keeps the host answering while a large plan is drawn', async () => {
    const { host, workshopId } = await hostWith(createLargeWorkshop());
    const order: string[] = [];
    let drawing: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (drawing = resolve));
    const pdf = createActionPlanPdf({ log: () => undefined });
    closers.push(() => pdf.close());
    const watched: PdfExporter = {
      render: (workshop, options) => {
        drawing();
        return pdf.render(workshop, options);
      },
      fileName: pdf.fileName,
    };
    const handle = createRequestHandler(createHandlers({ host, pdf: watched }), () => undefined);

    const exporting = handle('export/pdf', { workshopId, paper: 'a4' }, facilitator).then((response) => {
      order.push('pdf');
      return response;
    });
    await started;
    // The next turn of the event loop: drawn in this thread, the PDF would be finished before it comes.
    await new Promise((resolve) => setImmediate(resolve));
    // Asked while the plan is being drawn: a facilitator opening the library, a team's page asking the time.
    const library = await handle('library/list', {}, facilitator);
    order.push('library');
    const clock = await handle('clock/now', {}, facilitator);
    order.push('clock');
    const response = await exporting;

    expect(order).toEqual(['library', 'clock', 'pdf']);
    expect([library.ok, clock.ok, response.ok]).toEqual([true, true, true]);
    const file = response.ok ? (response.result as PdfFile) : undefined;
    const text = (await extractPdf(new Uint8Array(Buffer.from(file?.base64 ?? '', 'base64')))).text;
    expect(text).toContain(host.currentState(workshopId).title);
  });

  it('refuses a workshop that is not whole with a sentence, and draws the next one', async () => {
    const worker = client();
    const broken = { ...sampleWorkshop(), stages: 'not a list' } as unknown as Workshop;
    const refused = await worker.render(broken, OPTIONS).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PdfRenderError);
    expect((refused as Error).message).toBe(PDF_INPUT_REFUSED);
    const next = await worker.render(sampleWorkshop(), OPTIONS);
    expect(Buffer.from(next.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('fails an export cut short by the worker stopping with a sentence, saves nothing, and starts a new worker for the next', async () => {
    const { host, workshopId } = await hostWith(sampleWorkshop());
    const stopping = join(import.meta.dirname, 'support', 'stopping-pdf-worker.mjs');
    const pdf = createActionPlanPdf({ workerFile: stopping, log: () => undefined });
    closers.push(() => pdf.close());
    const saveFile = vi.fn(() => Promise.resolve({ saved: true as const, path: '/nowhere.pdf' }));
    const handle = createRequestHandler(createHandlers({ host, pdf, saveFile }), () => undefined);

    for (let attempt = 0; attempt < 2; attempt++) {
      const response: WireResponse = await handle('export/save-pdf', { workshopId, paper: 'a4' }, facilitator);
      expect(response.ok).toBe(false);
      if (!response.ok) expect(response.error.message).toBe(PDF_WORKER_STOPPED);
    }
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('still makes the PDF when the worker cannot start at all, and says so in the log', async () => {
    const log = vi.fn();
    const worker = client({ workerFile: join(import.meta.dirname, 'support', 'no-such-worker.js'), log });
    const bytes = await worker.render(sampleWorkshop(), OPTIONS);
    expect(withoutFileId(bytes)).toBe(withoutFileId(await renderActionPlanPdf(sampleWorkshop(), OPTIONS)));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not start'), expect.anything());
  });
});
