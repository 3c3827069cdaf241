// The one function that turns a URL path into a file path, for the HTTP
// server and the desktop app:// protocol alike.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../../main/server/static-files';

const root = resolve('/srv/journey-room/web');

describe('resolveStaticPath', () => {
  it('maps / to index.html and paths to files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.png')).toBe(join(root, 'assets', 'a b.png'));
  });

  it.each(['/..', '/../web-secret/x', '/%2e%2e/x', '/a/../../x', '/..%2F..%2Fetc%2Fpasswd', '/a%5c..%5c..%5cx', '/%00', '/%E0%A4%A', 'relative', ''])(
    'returns null for %j',
    (path) => {
      expect(resolveStaticPath(root, path)).toBeNull();
    },
  );

  it('names content types for what the renderer build contains', () => {
    expect(contentTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('mystery.bin')).toBe('application/octet-stream');
  });
});
