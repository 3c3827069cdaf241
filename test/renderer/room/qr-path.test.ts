// The room's QR codes as SVG path data (renderer/features/room/qr-path.ts): each row's runs of dark
// modules become one rectangle each, offset by a four-module quiet zone, and drawing the path back
// gives exactly the matrix the qrcode package made.
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrPath, qrSide, type QrMatrix } from '../../../renderer/features/room/qr-path';

/** A matrix from rows of '#' (dark) and '.' (light). */
function matrixOf(rows: readonly string[]): QrMatrix {
  return { size: rows.length, isDark: (row, col) => rows[row]?.[col] === '#' };
}

/** The cells a path paints, as "col,row" strings, read back from its rectangles. */
function painted(path: string): Set<string> {
  const cells = new Set<string>();
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [match[1], match[2], match[3], match[4]].map(Number);
    expect(back).toBe(w);
    for (let i = 0; i < (w ?? 0); i++) cells.add(`${(x ?? 0) + i},${y ?? 0}`);
  }
  return cells;
}

describe('the path of a QR matrix', () => {
  it('makes one rectangle per run of dark modules, offset by the quiet zone', () => {
    const path = qrPath(matrixOf(['##.#', '....', '.###', '#..#']));
    expect(path).toBe('M4 4h2v1h-2zM7 4h1v1h-1zM5 6h3v1h-3zM4 7h1v1h-1zM7 7h1v1h-1z');
  });

  it('is empty for a matrix with no dark module', () => {
    expect(qrPath(matrixOf(['...', '...', '...']))).toBe('');
  });

  it('keeps four light modules on every side', () => {
    expect(QUIET_ZONE).toBe(4);
    expect(qrSide(matrixOf(['#']))).toBe(9);
  });
});

describe('a real join address', () => {
  const text = 'http://192.168.1.20:5180/#/join/K7M2QX';
  const matrix = qrMatrix(text);
  const cells = painted(qrPath(matrix));

  it('paints exactly the dark modules of the code', () => {
    let dark = 0;
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) {
        const isPainted = cells.has(`${col + QUIET_ZONE},${row + QUIET_ZONE}`);
        expect(isPainted).toBe(matrix.isDark(row, col));
        if (isPainted) dark++;
      }
    }
    expect(cells.size).toBe(dark);
  });

  it('has its finder patterns in three corners and nothing in the quiet zone', () => {
    const side = qrSide(matrix);
    // The top-left finder: a dark 7×7 ring around a light ring around a dark 3×3 centre.
    expect(matrix.isDark(0, 0) && matrix.isDark(0, 6) && matrix.isDark(6, 0) && matrix.isDark(6, 6)).toBe(true);
    expect(matrix.isDark(1, 1)).toBe(false);
    expect(matrix.isDark(3, 3)).toBe(true);
    expect(matrix.isDark(0, matrix.size - 1) && matrix.isDark(matrix.size - 1, 0)).toBe(true);
    for (const cell of cells) {
      const [x, y] = cell.split(',').map(Number);
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x).toBeLessThan(side - QUIET_ZONE);
      expect(y).toBeLessThan(side - QUIET_ZONE);
    }
  });

  it('is a small version at level M, coarse enough to scan from across a room', () => {
    // Version 3 is 29 modules a side; a longer address with a team in it stays small too.
    expect(matrix.size).toBe(29);
    expect(qrMatrix(`${text}/t-3f9a8c2e1b7d`).size).toBeLessThanOrEqual(37);
  });
});
