/**
 * The PDF worker's entry: a Node worker thread that draws action plans so
 * the app's own thread (Electron's main process, `npm run serve`'s event
 * loop) keeps answering the window and the room while jsPDF works. It says
 * "ready" once, then answers each job in the order they came
 * (pdf-render-job.ts). Started by pdf-worker-client.ts; built as its own
 * file by electron.vite.config.ts (out/main/pdf-worker.js).
 */
import { parentPort } from 'node:worker_threads';
import { runPdfJob } from './pdf-render-job';

const port = parentPort;
if (port) {
  port.on('message', (raw: unknown) => {
    void runPdfJob(raw).then((reply) => {
      // The bytes move to the app rather than being copied.
      port.postMessage(reply, reply.kind === 'done' ? [reply.bytes.buffer as ArrayBuffer] : []);
    });
  });
  port.postMessage({ kind: 'ready' });
}
