// The rating grid's keys: typing a score rates, Delete clears, arrows move and stop at the edges.
import { describe, expect, it } from 'vitest';
import { clampPosition, intentForKey, nextPosition } from '../../../renderer/features/rating/rating-keys';

describe('intentForKey', () => {
  it('turns the digits 1 to 5 into that score', () => {
    for (const score of [1, 2, 3, 4, 5]) {
      expect(intentForKey({ key: String(score) })).toEqual({ kind: 'set', score });
    }
  });

  it('treats 0 and n as "not applicable"', () => {
    expect(intentForKey({ key: '0' })).toEqual({ kind: 'set', score: null });
    expect(intentForKey({ key: 'n' })).toEqual({ kind: 'set', score: null });
    expect(intentForKey({ key: 'N' })).toEqual({ kind: 'set', score: null });
  });

  it('clears with Backspace or Delete', () => {
    expect(intentForKey({ key: 'Backspace' })).toEqual({ kind: 'clear' });
    expect(intentForKey({ key: 'Delete' })).toEqual({ kind: 'clear' });
  });

  it('ignores digits outside the scale and keys the page needs', () => {
    for (const key of ['6', '9', 'Tab', 'Enter', ' ', 'Escape', 'a']) {
      expect(intentForKey({ key })).toBeNull();
    }
  });

  it('leaves shortcuts with Ctrl, Cmd or Alt to the browser and the app', () => {
    expect(intentForKey({ key: '3', ctrlKey: true })).toBeNull();
    expect(intentForKey({ key: '3', metaKey: true })).toBeNull();
    expect(intentForKey({ key: 'ArrowDown', altKey: true })).toBeNull();
  });

  it('moves with the arrows and jumps with Home, End and Ctrl+Home/End', () => {
    expect(intentForKey({ key: 'ArrowUp' })).toEqual({ kind: 'move', rowDelta: -1, colDelta: 0 });
    expect(intentForKey({ key: 'ArrowRight' })).toEqual({ kind: 'move', rowDelta: 0, colDelta: 1 });
    expect(intentForKey({ key: 'Home' })).toEqual({ kind: 'jump', to: 'row-start' });
    expect(intentForKey({ key: 'End', ctrlKey: true })).toEqual({ kind: 'jump', to: 'grid-end' });
  });
});

describe('nextPosition', () => {
  const rows = 4;
  const cols = 6;

  it('moves one cell in the direction of the arrow', () => {
    expect(nextPosition({ row: 1, col: 2 }, { kind: 'move', rowDelta: 1, colDelta: 0 }, rows, cols)).toEqual({ row: 2, col: 2 });
    expect(nextPosition({ row: 1, col: 2 }, { kind: 'move', rowDelta: 0, colDelta: -1 }, rows, cols)).toEqual({ row: 1, col: 1 });
  });

  it('stops at the edges instead of wrapping around', () => {
    expect(nextPosition({ row: 0, col: 0 }, { kind: 'move', rowDelta: -1, colDelta: 0 }, rows, cols)).toEqual({ row: 0, col: 0 });
    expect(nextPosition({ row: 3, col: 5 }, { kind: 'move', rowDelta: 0, colDelta: 1 }, rows, cols)).toEqual({ row: 3, col: 5 });
  });

  it('jumps to the ends of the row and of the grid', () => {
    expect(nextPosition({ row: 2, col: 3 }, { kind: 'jump', to: 'row-start' }, rows, cols)).toEqual({ row: 2, col: 0 });
    expect(nextPosition({ row: 2, col: 3 }, { kind: 'jump', to: 'row-end' }, rows, cols)).toEqual({ row: 2, col: 5 });
    expect(nextPosition({ row: 2, col: 3 }, { kind: 'jump', to: 'grid-start' }, rows, cols)).toEqual({ row: 0, col: 0 });
    expect(nextPosition({ row: 2, col: 3 }, { kind: 'jump', to: 'grid-end' }, rows, cols)).toEqual({ row: 3, col: 5 });
  });
});

describe('clampPosition', () => {
  it('pulls a remembered cell back inside a grid that shrank', () => {
    expect(clampPosition({ row: 7, col: 5 }, 3, 4)).toEqual({ row: 2, col: 3 });
  });

  it('goes back to the first row when every row is gone, keeping the column', () => {
    expect(clampPosition({ row: 2, col: 2 }, 0, 6)).toEqual({ row: 0, col: 2 });
  });
});
