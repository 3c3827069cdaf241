/**
 * What applying a command gives back: the next workshop and the change
 * record of what it did, or a reason a person can read. A refused command
 * changes nothing.
 */
import type { Changes } from './changes/types';
import type { Workshop } from './model';

export type DomainErrorCode =
  | 'invalid' // the input breaks a rule (empty name, weights not summing to 100, …)
  | 'not-found' // it names something that does not exist (any more)
  | 'conflict' // it clashes with the workshop as it is (duplicate name, team still has cards, …)
  | 'over-budget'; // a vote beyond a participant's dots or the per-fix cap

export interface DomainError {
  readonly code: DomainErrorCode;
  /** A sentence for the person who tried: what is wrong and what to do. */
  readonly message: string;
}

export type ApplyResult =
  | { readonly ok: true; readonly state: Workshop; readonly changes: Changes }
  | { readonly ok: false; readonly error: DomainError };

/** What the reducer may ask of the world, injected so it stays deterministic. */
export interface CommandContext {
  /** The current time as an ISO 8601 string. */
  now(): string;
  /** A fresh, unique id. */
  newId(): string;
}
