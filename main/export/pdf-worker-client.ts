/**
 * Draws action plans in a worker thread (pdf-worker.ts), so a PDF export
 * never stops the app's own thread: Electron's main process keeps the
 * facilitator's window answering, and the host keeps answering the room,
 * while jsPDF works. One worker is started on the first export and kept for
 * the next ones (jsPDF and the fonts are then loaded already); it is let go
 * after a quiet minute, and never keeps the app from quitting.
 *
 * The worker's file: in the desktop build, out/main/pdf-worker.js beside the
 * main bundle (main.ts names it); from the source tree (`npm run serve`,
 * tests, benches), pdf-worker-source.mjs, which runs pdf-worker.ts with
 * tsx's loader. A worker that cannot
 * start at all (a packaging fault) is logged, and the plan is drawn in this
 * thread instead, so an export still works; a worker that stops during a
 * render fails that render with a sentence and is replaced for the next.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Workshop } from '../../shared/model';
import { pdfJob, pdfReplySchema, PdfRenderError, PDF_WORKER_STOPPED, type PdfJobMessage, type PdfJobOptions, type PdfReply } from './pdf-job';

export interface PdfWorkerOptions {
  /** The worker's file; by default the built pdf-worker.js beside this module, else the source's starter. */
  readonly workerFile?: string;
  /** How long an idle worker is kept before it is let go. */
  readonly idleMs?: number;
  /** Where a worker that cannot start, or a failed render's detail, is reported. */
  readonly log?: (message: string, detail?: unknown) => void;
}

export interface PdfWorkerClient {
  /** The PDF's bytes; rejects with a PdfRenderError whose message is a sentence for the person. */
  render(workshop: Workshop, options: PdfJobOptions): Promise<Uint8Array>;
  /** Stops the worker; a render on its way fails with a sentence. */
  close(): Promise<void>;
}

const DEFAULT_IDLE_MS = 60_000;

interface Pending {
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
  /** Kept until the worker says it started, in case it never does and this thread draws it instead. */
  readonly job: PdfJobMessage;
}

/** The worker file next to this module: built (.js) when there is one, else the starter of the TypeScript source. */
export function defaultPdfWorkerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'pdf-worker.js');
  return existsSync(built) ? built : join(here, 'pdf-worker-source.mjs');
}

export function createPdfWorkerClient(options: PdfWorkerOptions = {}): PdfWorkerClient {
  const log = options.log ?? ((message, detail) => console.error(message, detail));
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  let worker: Worker | undefined;
  let ready = false;
  /** Once a worker could not start, every later render is drawn in this thread. */
  let inThread = false;
  let nextId = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    const started = new Worker(options.workerFile ?? defaultPdfWorkerFile());
    ready = false;
    started.unref();
    started.on('message', (raw: unknown) => onReply(started, raw));
    started.on('error', (error) => onStopped(started, error));
    started.on('exit', (code) => onStopped(started, new Error(`The PDF worker exited with code ${code}.`)));
    return started;
  }

  function onReply(from: Worker, raw: unknown): void {
    if (from !== worker) return;
    const reply = pdfReplySchema.safeParse(raw);
    if (!reply.success) {
      log('The PDF worker sent something that is not a reply.', reply.error.issues[0]);
      return;
    }
    settle(reply.data);
  }

  function settle(reply: PdfReply): void {
    if (reply.kind === 'ready') {
      ready = true;
      return;
    }
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.kind === 'done') job.resolve(reply.bytes);
    else {
      log('A PDF could not be made.', reply.detail);
      job.reject(new PdfRenderError(reply.message, reply.detail));
    }
    if (pending.size === 0) idleSoon();
  }

  function onStopped(from: Worker, error: Error): void {
    if (from !== worker) return;
    worker = undefined;
    const jobs = [...pending.values()];
    pending.clear();
    if (!ready) {
      // It never started: a packaging fault. The export still works, drawn here.
      log('The PDF worker could not start; action plans are drawn in the app’s own thread.', error);
      inThread = true;
      for (const job of jobs) void renderHere(job.job).then(job.resolve, job.reject);
      return;
    }
    for (const job of jobs) job.reject(new PdfRenderError(PDF_WORKER_STOPPED, error.message));
  }

  async function renderHere(job: PdfJobMessage): Promise<Uint8Array> {
    const { runPdfJob } = await import('./pdf-render-job');
    const reply = await runPdfJob(job);
    if (reply.kind === 'done') return reply.bytes;
    if (reply.kind === 'failed') {
      log('A PDF could not be made.', reply.detail);
      throw new PdfRenderError(reply.message, reply.detail);
    }
    throw new PdfRenderError(PDF_WORKER_STOPPED, 'no reply');
  }

  function idleSoon(): void {
    // An idle worker never holds the app open; one drawing a plan does (ref in render).
    worker?.unref();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (pending.size === 0) void stop();
    }, idleMs);
    idleTimer.unref();
  }

  async function stop(): Promise<void> {
    const current = worker;
    if (!current) return;
    worker = undefined;
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.reject(new PdfRenderError(PDF_WORKER_STOPPED, 'closed'));
    await current.terminate();
  }

  return {
    render(workshop, jobOptions) {
      const id = nextId++;
      const job = pdfJob(id, workshop, jobOptions);
      if (inThread) return renderHere(job);
      if (idleTimer) clearTimeout(idleTimer);
      worker ??= start();
      const current = worker;
      current.ref();
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject, job });
        current.postMessage(job);
      });
    },
    close: stop,
  };
}
