/**
 * Writes shared/present/pdf-printable.ts: the code points the PDF's fonts
 * print (fonts.ts), as ranges the Export screen can check text against
 * without the fonts. Run after changing the PDF's fonts:
 * `npx tsx main/export/pdf/write-printable.ts`; a test fails until it is.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printableRanges } from './fonts';

/** The file's text for these ranges: written the same way each time, so an unchanged font changes nothing. */
export function printableModule(ranges: readonly (readonly [number, number])[]): string {
  const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;
  const lines: string[] = [];
  for (let i = 0; i < ranges.length; i += 6) {
    lines.push(`  ${ranges.slice(i, i + 6).map(([a, b]) => `[${hex(a)}, ${hex(b)}]`).join(', ')},`);
  }
  return [
    '/**',
    ' * The characters the PDF action plan can print, as [first, last] code point',
    ' * ranges: those its fonts draw (Noto Sans, Noto Sans Math, Noto Sans',
    ' * Symbols 2; main/export/pdf/fonts.ts). Written by',
    ' * main/export/pdf/write-printable.ts from the fonts themselves; a test keeps',
    ' * it equal to them. Do not edit by hand.',
    ' */',
    'export const PDF_PRINTABLE_RANGES: readonly (readonly [number, number])[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../../../shared/present/pdf-printable.ts', import.meta.url));
  writeFileSync(path, printableModule(printableRanges()));
  console.log(`Wrote ${path}`);
}
