/**
 * The headers every page and file from us carries, in the browser and in the
 * desktop window alike. The policy allows our own files only: no CDN, no
 * remote fonts, no inline scripts, no framing. The Cross-Origin headers make
 * the page cross-origin isolated: no other site's window or file can share
 * its process, and its timers keep their full resolution (the board's frame
 * benchmark relies on that).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The room's pages are served on a LAN address over plain http, which is not
 * a trustworthy origin: browsers ignore the cross-origin isolation headers
 * there (Chromium with a console error on every load), so they are left out.
 */
export const ROOM_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'Cross-Origin-Opener-Policy' && name !== 'Cross-Origin-Embedder-Policy'),
);
