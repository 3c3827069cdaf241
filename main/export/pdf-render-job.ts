/**
 * The PDF worker's side of one job (pdf-job.ts): parse what arrived with the
 * job's schema, draw the action plan with jsPDF, and answer with the bytes or
 * with a sentence. The same function runs in the worker and, should the
 * worker not start at all, in the app's own thread.
 */
import { renderActionPlanPdf } from './pdf';
import type { Workshop } from '../../shared/model';
import { PDF_INPUT_REFUSED, PDF_RENDER_FAILED, pdfJobSchema, type PdfReply } from './pdf-job';

/** The worker's side of one job: parse what arrived, draw it, answer with the bytes or a sentence. */
export async function runPdfJob(raw: unknown): Promise<PdfReply> {
  const id = isRecord(raw) && typeof raw['id'] === 'number' && Number.isInteger(raw['id']) ? raw['id'] : -1;
  const job = pdfJobSchema.safeParse(raw);
  if (!job.success) {
    const issue = job.error.issues[0];
    const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : 'no detail';
    return { kind: 'failed', id, message: PDF_INPUT_REFUSED, detail: detail.slice(0, 4000) };
  }
  const { paper, generatedAt, withheldRound } = job.data;
  const workshop: Workshop = job.data.workshop;
  try {
    const bytes = await renderActionPlanPdf(workshop, { paper, generatedAt: new Date(generatedAt), withheldRound });
    return { kind: 'done', id, bytes };
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { kind: 'failed', id, message: PDF_RENDER_FAILED, detail: detail.slice(0, 4000) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
