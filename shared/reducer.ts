/**
 * The one place a workshop changes. `applyCommand` takes a workshop and a
 * command and returns the next workshop with the change record of what it
 * did, or a sentence saying why not. It is pure: ids and time come from
 * `ctx`, the input is never mutated, and a refused command changes nothing.
 *
 * Each command's rules live with its definition (shared/commands/); this
 * checks the command, applies its rules, and settles the result: the change
 * record is found by comparing records, and the next workshop is the one
 * every other party gets by applying that record (shared/changes/patch.ts),
 * so the host and every screen hold the same workshop.
 */
import { diffWorkshops } from './changes/diff';
import { applyPatch, toPatch } from './changes/patch';
import { applyRules, clientCommandSchema, type ClientCommand } from './commands';
import type { Workshop } from './model';
import type { ApplyResult, CommandContext, DomainError } from './result';
import { describeFirstIssue } from './reducers/issues';

export type ValidateResult =
  | { readonly ok: true; readonly command: ClientCommand }
  | { readonly ok: false; readonly error: DomainError };

/** Checks a command from outside the process; the error is one readable sentence. */
export function validateCommand(input: unknown): ValidateResult {
  const parsed = clientCommandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, error: { code: 'invalid', message: describeFirstIssue(parsed.error) } };
}

/** The workshop as everyone will hold it after `made`, and the record of what changed. */
export function settle(before: Workshop, made: Workshop): Extract<ApplyResult, { ok: true }> {
  const changes = diffWorkshops(before, made);
  return { ok: true, state: applyPatch(before, toPatch(changes)), changes };
}

/**
 * Applies one command. Commands are checked against their schema here too
 * (names trimmed, lengths and ranges enforced), so no caller can slip an
 * empty name past the rules.
 */
export function applyCommand(state: Workshop, command: ClientCommand, ctx: CommandContext): ApplyResult {
  const validated = validateCommand(command);
  if (!validated.ok) return validated;
  const outcome = applyRules(state, validated.command, ctx);
  if (!outcome.ok) return outcome;
  return settle(state, { ...outcome.state, updatedAt: ctx.now() });
}
