// A PDF worker that starts, then stops dead on its first job, as one that ran out of memory would.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => process.exit(3));
parentPort?.postMessage({ kind: 'ready' });
