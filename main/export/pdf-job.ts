/**
 * One PDF render as it crosses between the app and the PDF worker
 * (pdf-worker.ts): what the worker is asked to draw, what it answers, and
 * the sentences a failed render is told in. Both sides parse what arrives
 * with these schemas; the workshop is checked with the workshop file's own
 * schema, so the worker draws only a workshop the app could have saved.
 * Free of jsPDF, so the app loads it without loading the renderer.
 */
import { z } from 'zod';
import { workshopSchema, type Workshop } from '../../shared/model';
import { PAPER_SIZES, type PaperSize } from '../../shared/wire';

/** What the PDF needs besides the workshop: the same options as renderActionPlanPdf's. */
export interface PdfJobOptions {
  readonly paper: PaperSize;
  readonly generatedAt: Date;
  readonly withheldRound: number | null;
}

export const pdfJobSchema = z
  .object({
    id: z.number().int().min(0),
    workshop: workshopSchema,
    paper: z.enum(PAPER_SIZES),
    /** Milliseconds since 1970: a Date survives the crossing as a number exactly. */
    generatedAt: z.number().finite(),
    withheldRound: z.number().int().min(0).nullable(),
  })
  .strict();

export const pdfReplySchema = z.discriminatedUnion('kind', [
  /** Sent once when the worker has started, so a worker that cannot start is told from one that failed a render. */
  z.object({ kind: z.literal('ready') }).strict(),
  z.object({ kind: z.literal('done'), id: z.number().int(), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array) }).strict(),
  z.object({ kind: z.literal('failed'), id: z.number().int(), message: z.string().min(1).max(400), detail: z.string().max(4000) }).strict(),
]);
export type PdfReply = z.infer<typeof pdfReplySchema>;

/** The workshop handed to the worker did not pass the schema: a fault of ours, not the facilitator's. */
export const PDF_INPUT_REFUSED =
  'The PDF could not be made: the workshop given to it was not complete. Everything saved so far is safe; try again, and restart Journey Room if it keeps happening.';

/** jsPDF or our drawing code threw. */
export const PDF_RENDER_FAILED =
  'The PDF could not be made because of a fault in Journey Room. Everything saved so far is safe; try again, and restart Journey Room if it keeps happening.';

/** The worker stopped (it crashed or ran out of memory) before it answered. */
export const PDF_WORKER_STOPPED =
  'The PDF maker stopped before the PDF was finished. Everything saved so far is safe; try the export again.';

/** A render refused or failed, told in a sentence; `detail` is for the log, not for the person. */
export class PdfRenderError extends Error {
  override readonly name = 'PdfRenderError';
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

/** What the app posts to the worker: plain data, so it can be copied to another thread. */
export interface PdfJobMessage {
  readonly id: number;
  readonly workshop: Workshop;
  readonly paper: PaperSize;
  readonly generatedAt: number;
  readonly withheldRound: number | null;
}

export function pdfJob(id: number, workshop: Workshop, options: PdfJobOptions): PdfJobMessage {
  return { id, workshop, paper: options.paper, generatedAt: options.generatedAt.getTime(), withheldRound: options.withheldRound };
}
