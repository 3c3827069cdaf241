/**
 * The desktop build (`npm run build` / `npm run dev`): the main process
 * (ESM, out/main/index.js — package.json's "main") with its PDF worker
 * (out/main/pdf-worker.js), the preload (CommonJS,
 * out/preload/index.cjs — a sandboxed preload cannot be an ES module, and
 * with "type": "module" electron-vite would otherwise emit ESM) and the
 * renderer (out/renderer, served to the window over app://).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/** The dev server injects an inline script the page's strict CSP refuses; loosen it for `dev` only. */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'journey-room:electron-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        // The PDF worker is a file of its own (out/main/pdf-worker.js), started by the main
        // process in a worker thread (main/export/pdf-worker-client.ts); the two share chunks.
        input: { index: resolve(root, 'main/electron/main.ts'), 'pdf-worker': resolve(root, 'main/export/pdf-worker.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Everything the preload imports is bundled in; only `electron` stays outside.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'main/electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
