/**
 * The desktop window loads the renderer from `app://journey-room/`, a custom
 * privileged scheme, rather than file:// — so the page has a real origin the
 * IPC sender check can compare, and every response carries the same
 * Content-Security-Policy and headers as the HTTP server's.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../server/security-headers';
import { contentTypeFor, resolveStaticPath } from '../server/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files from the built renderer folder; anything else is a 404. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    const path = resolveStaticPath(rendererDir, url.pathname);
    if (path === null) return notFound();
    try {
      const body = await readFile(path);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(path) } });
    } catch {
      return notFound();
    }
  });
}

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' } });
}
