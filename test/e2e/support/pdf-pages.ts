/**
 * Turns a downloaded PDF into one PNG per page with poppler's pdftoppm, next
 * to the PDF, so a person can look at what leadership would receive.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const PDFTOPPM = '/usr/bin/pdftoppm';

/** Renders every page as <pdf name>-<n>.png at the given resolution; returns the image paths in page order. */
export function renderPdfPages(pdfPath: string, dpi = 70): readonly string[] {
  if (!existsSync(PDFTOPPM)) {
    throw new Error(`${PDFTOPPM} is missing. Install it with: sudo apt-get install -y poppler-utils`);
  }
  const dir = dirname(pdfPath);
  const prefix = basename(pdfPath, '.pdf');
  const isPageImage = (name: string) => name.startsWith(`${prefix}-`) && /-\d+\.png$/.test(name);
  // Images of an earlier, longer run would pass for pages of this one.
  for (const name of readdirSync(dir).filter(isPageImage)) rmSync(join(dir, name));
  execFileSync(PDFTOPPM, ['-png', '-r', String(dpi), pdfPath, join(dir, prefix)]);
  return readdirSync(dir)
    .filter(isPageImage)
    .sort((x, y) => pageNumber(x) - pageNumber(y))
    .map((name) => join(dir, name));
}

function pageNumber(name: string): number {
  return Number(/-(\d+)\.png$/.exec(name)?.[1] ?? 0);
}
