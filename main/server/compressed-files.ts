/**
 * The built renderer's text files (scripts, styles, the page), gzipped once
 * and kept: a room of phones on one Wi-Fi each fetch the app at about a third
 * of its size, and the host compresses each file once, not once per phone.
 * Fonts and images are compressed already and go as they are.
 */
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/** Below this a file gains too little to be worth the header. */
const SMALLEST_WORTH_COMPRESSING = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/** Whether the request's Accept-Encoding takes gzip (a `q=0` refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of value.split(',')) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

export function isCompressible(contentType: string, size: number): boolean {
  return size >= SMALLEST_WORTH_COMPRESSING && COMPRESSIBLE.test(contentType);
}

interface Kept {
  readonly source: Buffer;
  readonly gzipped: Promise<Buffer>;
}

export class CompressedFiles {
  private readonly kept = new Map<string, Kept>();

  /** `body` (the file at `path` as just read) gzipped; compressed again only if the file changed since. */
  gzipped(path: string, body: Buffer): Promise<Buffer> {
    const kept = this.kept.get(path);
    if (kept && kept.source.equals(body)) return kept.gzipped;
    const gzipped = gzip(body, { level: 9 });
    this.kept.set(path, { source: body, gzipped });
    // A failed compression is not kept: the next request tries again.
    gzipped.catch(() => this.kept.delete(path));
    return gzipped;
  }
}
