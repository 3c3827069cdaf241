// Zoom steps and Fit to screen's choice: the largest zoom at which the board fits, never below readable.
import { describe, expect, it } from 'vitest';
import { clampZoom, FIT_MIN, fitZoom, stepZoom, ZOOM_MAX, ZOOM_MIN, zoomPercent } from '../../../renderer/features/board/board-zoom';
import { DEFAULT_VIEW, parseViewSettings } from '../../../renderer/features/board/board-view-settings';

/** A board 1300 × 900 px at 100 % that grows in proportion to the zoom. */
const board = (zoom: number) => ({ width: 1300 * zoom, height: 900 * zoom });

describe('zoom steps', () => {
  it('go in tenths and snap an in-between fitted zoom to the grid', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.87, 1)).toBe(0.9);
    expect(stepZoom(0.87, -1)).toBe(0.8);
    expect(stepZoom(0.8, -1)).toBe(0.7);
  });

  it('stop at the ends', () => {
    expect(stepZoom(ZOOM_MAX, 1)).toBe(ZOOM_MAX);
    expect(stepZoom(ZOOM_MIN, -1)).toBe(ZOOM_MIN);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(zoomPercent(0.867)).toBe('87 %');
  });
});

describe('fit to screen', () => {
  it('picks the largest zoom at which the board fits, rounded down to whole percent', () => {
    const zoom = fitZoom(board, { width: 1270, height: 560 });
    // Height decides: 560 / 900 = 0.622…, below the readable floor, so the floor wins.
    expect(zoom).toBe(FIT_MIN);
    const wide = fitZoom(board, { width: 1270, height: 800 });
    expect(wide).toBe(0.88); // 800 / 900 = 0.888…, and 1270 / 1300 = 0.976…
    expect(board(wide).height).toBeLessThanOrEqual(800);
    expect(board(wide + 0.01).height).toBeGreaterThan(800);
  });

  it('grows the board on a big screen, up to the most zoom there is', () => {
    expect(fitZoom(board, { width: 1900, height: 1000 })).toBe(1.11);
    expect(fitZoom(board, { width: 9000, height: 9000 })).toBe(ZOOM_MAX);
  });

  it('settles a good guess in a few trials, with the same answer', () => {
    let trials = 0;
    const counted = (zoom: number) => {
      trials += 1;
      return board(zoom);
    };
    expect(fitZoom(counted, { width: 1270, height: 800 }, { guess: 0.9 })).toBe(0.88);
    expect(trials).toBeLessThanOrEqual(8);
    trials = 0;
    // A wrong guess costs trials, never the answer.
    expect(fitZoom(counted, { width: 1270, height: 800 }, { guess: 1.8 })).toBe(0.88);
    expect(fitZoom(counted, { width: 1900, height: 1000 }, { guess: 0.5 })).toBe(1.11);
  });

  it('works with boards that do not grow in proportion (wrapping titles)', () => {
    // Height jumps where titles wrap to another line: still the largest zoom that fits.
    const stepped = (zoom: number) => ({ width: 1000 * zoom, height: zoom < 1.3 ? 500 * zoom : 900 * zoom });
    const zoom = fitZoom(stepped, { width: 2000, height: 700 });
    expect(zoom).toBe(1.29);
  });
});

describe('view settings read back from this device', () => {
  it('keeps valid choices and falls back to the defaults for anything else', () => {
    expect(parseViewSettings(JSON.stringify({ zoom: 'fit', contrast: 'high', curveOpen: true }))).toEqual({
      zoom: 'fit',
      contrast: 'high',
      curveOpen: true,
    });
    expect(parseViewSettings(JSON.stringify({ zoom: 40, contrast: 'loud', curveOpen: 'yes' }))).toEqual({
      ...DEFAULT_VIEW,
      zoom: ZOOM_MAX,
    });
    expect(parseViewSettings('not json')).toEqual(DEFAULT_VIEW);
    expect(parseViewSettings(null)).toEqual(DEFAULT_VIEW);
    expect(parseViewSettings('[]')).toEqual(DEFAULT_VIEW);
  });
});
