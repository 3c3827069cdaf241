// Commands arriving from outside (IPC, a browser) are checked, with one readable sentence back.
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../shared/reducer';

function message(input: unknown): string {
  const result = validateCommand(input);
  if (result.ok) throw new Error('Expected the command to be refused.');
  expect(result.error.code).toBe('invalid');
  return result.error.message;
}

describe('validateCommand', () => {
  it('accepts a good command, trimming names', () => {
    expect(validateCommand({ type: 'stage/add', name: '  Pay  ' })).toEqual({ ok: true, command: { type: 'stage/add', name: 'Pay' } });
  });

  it('turns issues into one sentence naming the field', () => {
    expect(message({ type: 'workshop/update', title: '' })).toBe('Title: A name cannot be empty.');
    expect(message({ type: 'team/add', name: 'n'.repeat(200) })).toBe('Name: Keep names to 120 characters or fewer.');
    expect(message({ type: 'rating/set', teamId: 'a', touchpointId: 'b', pillarId: 'c', score: 0 })).toBe(
      'Rating: Ratings run from 1 to 5.',
    );
    expect(message({ type: 'rating/set', teamId: 'a', touchpointId: 'b', pillarId: 'c', score: 3.5 })).toBe(
      'Rating: Ratings are whole numbers.',
    );
    expect(message({ type: 'stage/add' })).toBe('Name is missing.');
    expect(message({ type: 'touchpoint/update', touchpointId: 't', feeling: 5 })).toBe('Feeling must be at most 2.');
    expect(message({ type: 'phase/set', phase: 'party' })).toBe(
      'Phase must be one of: frame, map, rate, diagnose, fix, vote, plan, export.',
    );
    expect(message({ type: 'vote/set', participantId: 'p', fixId: 'f', dots: 'three' })).toBe('Dots has the wrong kind of value.');
  });

  it('refuses a "__proto__" key in a record of ids, which zod would quietly leave out', () => {
    expect(message(JSON.parse('{"type":"framework/set-weights","weights":{"__proto__":100}}'))).toBe(
      'Weights: “__proto__” is not the id of any pillar.',
    );
    expect(message({ type: 'ballot/cast', participantId: 'p' })).toBe('Dots is missing.');
  });

  it('refuses unknown commands, extra fields and non-objects', () => {
    expect(message({ type: 'workshop/delete-everything' })).toBe('Journey Room does not know that kind of change.');
    expect(message({ type: 'history/restore', parts: {} })).toBe('Journey Room does not know that kind of change.');
    expect(message({ type: 'stage/add', name: 'X', colour: 'red' })).toBe('The change has fields Journey Room does not know: colour.');
    expect(message(42)).toBe('The change has the wrong kind of value.');
    expect(message(null)).toBe('The change has the wrong kind of value.');
  });
});
