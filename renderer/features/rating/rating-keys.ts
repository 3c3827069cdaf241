/**
 * What a key press means on the rating grid, kept apart from React so the
 * mapping (type a score, clear, move like a spreadsheet) can be tested on its
 * own and stays the same wherever the grid is shown.
 */

export type CellIntent =
  /** Put a score in the cell: 1–5, or null for "not applicable". */
  | { readonly kind: 'set'; readonly score: number | null }
  /** Take the rating away altogether (back to "not rated yet"). */
  | { readonly kind: 'clear' }
  | { readonly kind: 'move'; readonly rowDelta: number; readonly colDelta: number }
  | { readonly kind: 'jump'; readonly to: 'row-start' | 'row-end' | 'grid-start' | 'grid-end' };

export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/** The intent behind a key, or null when the grid should leave the key alone (Tab, shortcuts…). */
export function intentForKey(input: KeyInput): CellIntent | null {
  const { key } = input;
  const command = Boolean(input.ctrlKey || input.metaKey);
  if (input.altKey) return null;
  if (command) {
    if (key === 'Home') return { kind: 'jump', to: 'grid-start' };
    if (key === 'End') return { kind: 'jump', to: 'grid-end' };
    // Ctrl+1 and friends belong to the browser or the app shell, not to the cell.
    return null;
  }
  if (/^[1-5]$/.test(key)) return { kind: 'set', score: Number(key) };
  if (key === '0' || key === 'n' || key === 'N') return { kind: 'set', score: null };
  switch (key) {
    case 'Backspace':
    case 'Delete':
      return { kind: 'clear' };
    case 'ArrowUp':
      return { kind: 'move', rowDelta: -1, colDelta: 0 };
    case 'ArrowDown':
      return { kind: 'move', rowDelta: 1, colDelta: 0 };
    case 'ArrowLeft':
      return { kind: 'move', rowDelta: 0, colDelta: -1 };
    case 'ArrowRight':
      return { kind: 'move', rowDelta: 0, colDelta: 1 };
    case 'Home':
      return { kind: 'jump', to: 'row-start' };
    case 'End':
      return { kind: 'jump', to: 'row-end' };
    default:
      return null;
  }
}

/** Where focus goes after a move or jump; it stops at the edges rather than wrapping. */
export function nextPosition(
  from: GridPosition,
  intent: Extract<CellIntent, { kind: 'move' | 'jump' }>,
  rowCount: number,
  colCount: number,
): GridPosition {
  if (rowCount <= 0 || colCount <= 0) return { row: 0, col: 0 };
  const lastRow = rowCount - 1;
  const lastCol = colCount - 1;
  if (intent.kind === 'move') {
    return {
      row: clamp(from.row + intent.rowDelta, 0, lastRow),
      col: clamp(from.col + intent.colDelta, 0, lastCol),
    };
  }
  switch (intent.to) {
    case 'row-start':
      return { row: clamp(from.row, 0, lastRow), col: 0 };
    case 'row-end':
      return { row: clamp(from.row, 0, lastRow), col: lastCol };
    case 'grid-start':
      return { row: 0, col: 0 };
    case 'grid-end':
      return { row: lastRow, col: lastCol };
  }
}

/** Keeps a remembered position valid after rows or pillars were added or removed. */
export function clampPosition(pos: GridPosition, rowCount: number, colCount: number): GridPosition {
  return {
    row: clamp(pos.row, 0, Math.max(0, rowCount - 1)),
    col: clamp(pos.col, 0, Math.max(0, colCount - 1)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
