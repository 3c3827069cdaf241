/**
 * Shared test helpers for the domain core: a deterministic context, ready
 * workshops, and `apply`, which applies a command, insists it succeeded, and
 * checks on the way that reverting its change record puts the previous
 * workshop back — so every success test also tests undo.
 */
import { expect } from 'vitest';
import type { Command } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../shared/new-workshop';
import { revertChanges } from '../../shared/changes/revert';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext, DomainError, DomainErrorCode } from '../../shared/result';
import { createSampleWorkshop } from '../../shared/sample-workshop';

export const START = '2026-11-23T09:00:00.000Z';

/** Ids "n1", "n2", …; time moves one second per call so updatedAt visibly changes. */
export function testContext(): CommandContext {
  const newId = sequentialIds('n');
  let seconds = 0;
  return {
    newId,
    now: () => {
      seconds += 1;
      return new Date(Date.parse(START) + seconds * 1000).toISOString();
    },
  };
}

/** One context for the whole test file, so ids never repeat and time only moves forward. */
const sharedContext = testContext();

export function blank(): Workshop {
  return createBlankWorkshop({ title: 'Test journey', now: START, newId: sequentialIds('b') });
}

export function sample(): Workshop {
  return createSampleWorkshop({ now: START, newId: sequentialIds('s') });
}

/** The workshop without its last-changed time, for comparing states across undo. */
export function content(w: Workshop): Workshop {
  return { ...w, updatedAt: '' };
}

/** Applies a command that must succeed, and proves that reverting its changes restores the state before it. */
export function apply(state: Workshop, command: Command, ctx: CommandContext = sharedContext): Workshop {
  const result = applyCommand(state, command, ctx);
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  expect(result.state.updatedAt).not.toBe(state.updatedAt);
  const undone = revertChanges(result.state, result.changes, ctx);
  if (!undone.ok) throw new Error(`Undo failed: ${undone.error.message}`);
  expect(content(undone.state)).toEqual(content(state));
  return result.state;
}

/** Applies a command that must be refused, checks the code, and returns the error. */
export function refuse(state: Workshop, command: Command, code: DomainErrorCode): DomainError {
  const before = JSON.stringify(state);
  const result = applyCommand(state, command, sharedContext);
  if (result.ok) throw new Error(`Expected ${code}, but the command succeeded.`);
  expect(result.error.code).toBe(code);
  expect(JSON.stringify(state)).toBe(before);
  return result.error;
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No item at ${index}.`);
  return item;
}
