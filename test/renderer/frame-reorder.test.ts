// Reordering stages and channels is said in positions and neighbours, the way a person would say it.
import { describe, expect, it } from 'vitest';
import {
  cancelledSentence,
  movedSentence,
  overSentence,
  pickedUpSentence,
  reordered,
} from '../../renderer/features/frame/named-list-reorder';

const stages = ['Discover', 'Choose', 'Buy', 'Receive', 'Use', 'Get help', 'Leave'];

describe('reorder announcements', () => {
  it('say where the item lands and what it now follows', () => {
    expect(movedSentence(stages, 2, 1)).toBe('Moved Buy to position 2 of 7, after Discover.');
    expect(movedSentence(stages, 0, 2)).toBe('Moved Discover to position 3 of 7, after Buy.');
    expect(movedSentence(stages, 4, 6)).toBe('Moved Use to position 7 of 7, after Leave.');
  });

  it('name the next one when the item becomes the first', () => {
    expect(movedSentence(stages, 3, 0)).toBe('Moved Receive to position 1 of 7, before Discover.');
  });

  it('say when nothing moves, while carrying, on pick-up and on cancel', () => {
    expect(movedSentence(stages, 2, 2)).toBe('Buy stays at position 3 of 7.');
    expect(overSentence(stages, 2, 4)).toBe('Buy would go to position 5 of 7, after Use.');
    expect(pickedUpSentence(stages, 1, 'stage')).toMatch(/^Picked up the stage Choose, at position 2 of 7\./);
    expect(cancelledSentence(stages, 1)).toBe('Cancelled. Choose stays at position 2 of 7.');
  });

  it('reorder like the host does', () => {
    expect(reordered(stages, 0, 2).slice(0, 3)).toEqual(['Choose', 'Buy', 'Discover']);
    expect(reordered(['Only'], 0, 0)).toEqual(['Only']);
    expect(movedSentence(['Only'], 0, 0)).toBe('Only stays at position 1 of 1.');
  });
});
