/**
 * Builds the renderer for browsers (`npm run build:web` → out/web), which the
 * host's HTTP server serves to `npm run serve`, the browser tests and, later,
 * the local-network room. The desktop window builds the same source through
 * electron-vite (electron.vite.config.ts).
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The folder of this file, whatever directory the build is started from.
const root = import.meta.dirname;

/**
 * The dev server's hot reload injects an inline script that the strict
 * Content-Security-Policy in index.html refuses. Loosen it for the dev server
 * only; built files keep the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'journey-room:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  build: {
    outDir: '../out/web',
    // One stylesheet up front: screens fetched later (renderer/app/phase-screens.ts) find their styles already there, in the order the source gives them.
    cssCodeSplit: false,
    emptyOutDir: true,
    // Fonts and scripts stay files next to index.html: no CDN, no network.
    assetsInlineLimit: 0,
  },
});
