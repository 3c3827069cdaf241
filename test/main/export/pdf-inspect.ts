/**
 * Looks inside a rendered PDF the way a reader's tools would: pdfjs (the
 * engine in Firefox) for the text, poppler's pdffonts for the embedded
 * fonts, qpdf for the file structure, and pdftoppm for page images a person
 * can look at. The command-line tools come from poppler-utils and qpdf.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text as pdfjs places it: x and baseline y from the bottom-left, in points. */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font size, near enough the height of a line of text. */
  readonly size: number;
}

export interface ExtractedPage {
  readonly width: number;
  readonly height: number;
  /** All text on the page, runs joined by spaces. */
  readonly text: string;
  readonly runs: readonly TextRun[];
}

export interface ExtractedPdf {
  readonly pages: readonly ExtractedPage[];
  /** Every page's text, joined by newlines. */
  readonly text: string;
  readonly info: Readonly<Record<string, unknown>>;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  // pdfjs takes ownership of the buffer it is given, so hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false });
  const pdf = await task.promise;
  try {
    const pages: ExtractedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        runs.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, text: runs.map((r) => r.text).join(' '), runs });
    }
    const meta = await pdf.getMetadata();
    return { pages, text: pages.map((p) => p.text).join('\n'), info: meta.info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

/** Text with all white space removed, so a title wrapped over several lines still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Pairs of text runs on the same page whose boxes overlap. A run's box spans
 * its width and, vertically, from a little below the baseline (descenders)
 * to a little below the font size (cap height), so neighbouring lines set
 * at a normal line height do not count.
 */
export function overlappingRuns(page: ExtractedPage): readonly (readonly [TextRun, TextRun])[] {
  const box = (r: TextRun): { left: number; right: number; bottom: number; top: number } => ({
    left: r.x,
    right: r.x + r.width,
    bottom: r.y - r.size * 0.2,
    top: r.y + r.size * 0.72,
  });
  const clashes: (readonly [TextRun, TextRun])[] = [];
  page.runs.forEach((a, i) => {
    const ba = box(a);
    for (const b of page.runs.slice(i + 1)) {
      const bb = box(b);
      const overlapX = Math.min(ba.right, bb.right) - Math.max(ba.left, bb.left);
      const overlapY = Math.min(ba.top, bb.top) - Math.max(ba.bottom, bb.bottom);
      if (overlapX > 0.5 && overlapY > 0.5) clashes.push([a, b]);
    }
  });
  return clashes;
}

function requireTool(path: string, aptPackage: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing. Install it with: sudo apt-get install -y ${aptPackage}`);
  }
}

/** Writes the bytes to a temp file, runs `use` on its path, then cleans up. */
function withTempPdf<T>(bytes: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'journey-room-pdf-'));
  const path = join(dir, 'plan.pdf');
  try {
    writeFileSync(path, bytes);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly encoding: string;
  readonly embedded: boolean;
  readonly unicode: boolean;
}

/** The fonts poppler finds in the file, one row per font. */
export function listFonts(bytes: Uint8Array): readonly FontRow[] {
  requireTool('/usr/bin/pdffonts', 'poppler-utils');
  const output = withTempPdf(bytes, (path) => execFileSync('/usr/bin/pdffonts', [path], { encoding: 'utf8' }));
  // Skip the header and the dashed rule; columns are: name type... encoding emb sub uni object ID.
  return output
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      const [name = '', ...rest] = cols;
      const tail = rest.slice(-6);
      return {
        name,
        type: rest.slice(0, -6).join(' '),
        encoding: tail[0] ?? '',
        embedded: tail[1] === 'yes',
        unicode: tail[3] === 'yes',
      };
    });
}

/** qpdf's verdict on the file structure; throws with qpdf's own words when it finds errors. */
export function qpdfCheck(bytes: Uint8Array): string {
  requireTool('/usr/bin/qpdf', 'qpdf');
  return withTempPdf(bytes, (path) => {
    try {
      return execFileSync('/usr/bin/qpdf', ['--check', path], { encoding: 'utf8' });
    } catch (error) {
      const stdout = (error as { stdout?: string }).stdout ?? '';
      throw new Error(`qpdf --check failed:\n${stdout}`, { cause: error });
    }
  });
}

export const OUTPUT_DIR = fileURLToPath(new URL('../../../test-output/pdf', import.meta.url));

/** Saves the PDF and a 60 dpi PNG of each page under test-output/pdf/ for a person to look at. */
export function writeForReview(bytes: Uint8Array, name: string): string {
  requireTool('/usr/bin/pdftoppm', 'poppler-utils');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const pdfPath = join(OUTPUT_DIR, `${name}.pdf`);
  // Page images of an earlier, longer run would pass for pages of this one.
  for (const file of readdirSync(OUTPUT_DIR)) {
    if (file.startsWith(`${name}-`) && /^-\d+\.png$/.test(file.slice(name.length))) rmSync(join(OUTPUT_DIR, file));
  }
  writeFileSync(pdfPath, bytes);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdfPath, join(OUTPUT_DIR, name)]);
  return pdfPath;
}
