/**
 * A QR code as one SVG path, drawn by the page itself: the `qrcode` package
 * makes the matrix of dark and light modules, and each row's runs of dark
 * modules become rectangles of one path. No canvas, no data URL, nothing
 * fetched; the SVG scales to any size on the projector and stays sharp.
 */
import { create } from 'qrcode';

/** The light border scanners need around the code: four modules on every side (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** Which modules are dark, row by row. */
export interface QrMatrix {
  readonly size: number;
  isDark(row: number, col: number): boolean;
}

/**
 * The code for a text at error correction level M: it survives a smudged or
 * partly hidden screen (15 %) while staying coarse enough to scan from afar.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}

/** The side of the drawing in modules, quiet zone included: the SVG's viewBox is 0 0 side side. */
export function qrSide(matrix: QrMatrix): number {
  return matrix.size + 2 * QUIET_ZONE;
}

/**
 * The dark modules as path data, offset by the quiet zone. A run of dark
 * modules in a row is one rectangle, so a code of a few hundred dark modules
 * is a short string, and neighbours share edges (no hairline gaps between
 * them when the browser scales the drawing).
 */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}
