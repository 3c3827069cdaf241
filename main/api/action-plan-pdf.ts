/**
 * The real PDF exporter (main/export/pdf), drawn in a worker thread
 * (main/export/pdf-worker-client.ts) so the app's own thread keeps answering
 * the window and the room while jsPDF works. While the vote is secret the
 * plan leaves out the open round's dots unless the facilitator asked for
 * them. A render that fails is refused with its sentence; nothing is saved.
 */
import { defaultPdfFileName } from '../export/pdf/file-name';
import { PdfRenderError } from '../export/pdf-job';
import { createPdfWorkerClient, type PdfWorkerOptions } from '../export/pdf-worker-client';
import { votesForExport } from '../export/secret-votes';
import { ApiRefusal } from './api-errors';
import type { PdfExporter } from './handlers';

/** An exporter with its own worker; `workerFile` names the built worker in the desktop app (main/electron/main.ts). */
export function createActionPlanPdf(options: PdfWorkerOptions = {}): PdfExporter & { close(): Promise<void> } {
  const worker = createPdfWorkerClient(options);
  return {
    async render(workshop, { paper, generatedAt, includeHiddenVotes }) {
      // While the vote is secret the plan is drawn without the open round's dots, and says so.
      const shown = votesForExport(workshop, includeHiddenVotes === true);
      try {
        return await worker.render(shown.workshop, { paper, generatedAt, withheldRound: shown.withheldRound });
      } catch (error) {
        if (error instanceof PdfRenderError) throw new ApiRefusal('internal', error.message);
        throw error;
      }
    },
    fileName: defaultPdfFileName,
    close: () => worker.close(),
  };
}

/** The exporter `npm run serve`, the tests and the benches use: the worker run from the source tree. */
export const actionPlanPdf = createActionPlanPdf();
