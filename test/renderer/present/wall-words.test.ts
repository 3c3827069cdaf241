/**
 * How the projector writes its figures: the countdown rounds up, so "00:00"
 * shows only when time is really up; long pillar names break with a hyphen
 * at a sensible place; the room code reads in two halves.
 */
import { describe, expect, it } from 'vitest';
import { codeFace, codeSpoken, countdownFace, softHyphens } from '../../../renderer/features/present/wall-words';

describe('the wall’s words', () => {
  it('counts down in minutes and seconds, rounding up', () => {
    expect(countdownFace(600000)).toBe('10:00');
    expect(countdownFace(599001)).toBe('10:00');
    expect(countdownFace(1)).toBe('00:01');
    expect(countdownFace(0)).toBe('00:00');
    expect(countdownFace(3723000)).toBe('1:02:03');
  });

  it('breaks long names before their ending, and leaves short ones whole', () => {
    expect(softHyphens('Personalisation')).toBe('Personal\u00ADisation');
    expect(softHyphens('Expectations')).toBe('Expect\u00ADations');
    expect(softHyphens('Time & Effort')).toBe('Time & Effort');
  });

  it('writes the room code in halves', () => {
    expect(codeFace('K7MPQ2')).toEqual(['K7M', 'PQ2']);
    expect(codeSpoken('K7MPQ2')).toBe('K 7 M, P Q 2');
  });
});
