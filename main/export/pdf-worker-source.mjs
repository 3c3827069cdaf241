/**
 * Starts the PDF worker from the source tree (`npm run serve`, the tests,
 * the benches): registers tsx's loader in the worker's own thread, which a
 * worker does not inherit on every Node version, then runs pdf-worker.ts.
 * The desktop build runs the compiled out/main/pdf-worker.js instead.
 */
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
