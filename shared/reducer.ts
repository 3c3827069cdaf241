/**
 * The one place a workshop changes. `applyCommand` takes a workshop and a
 * command and returns the next workshop with the command that undoes it, or a
 * sentence saying why not. It is pure: ids and time come from `ctx`, the input
 * is never mutated, and a refused command changes nothing.
 *
 * Each area's rules live in shared/reducers/; this file only dispatches.
 */
import { clientCommandSchema, type ClientCommand, type Command } from './commands';
import type { Workshop } from './model';
import type { ApplyResult, CommandContext, DomainError } from './result';
import { addTouchpoint, duplicateTouchpoint, moveTouchpoint, removeTouchpoint, updateTouchpoint } from './reducers/board';
import type { Outcome } from './reducers/common';
import {
  addOnAxis,
  addTeam,
  moveOnAxis,
  removeFromAxis,
  removeTeam,
  renameOnAxis,
  renameTeam,
  setPhase,
  updateWorkshop,
} from './reducers/frame';
import { inverseOf, restore } from './reducers/history';
import { describeFirstIssue } from './reducers/issues';
import { addAction, moveAction, removeAction, updateAction } from './reducers/plan';
import { addPillar, describePillar, movePillar, removePillar, renamePillar } from './reducers/framework';
import { clearRating, revealRatings, setRating, setWeights, useFramework } from './reducers/rating';
import { addFix, addParticipant, removeFix, removeParticipant, updateFix } from './reducers/voting';
import { castBallot, setTally, setVote } from './reducers/ballots';
import { mergeFixes } from './reducers/merge';
import { cancelRunoff, configureVoting, resetVoting, revealVotes, startRunoff } from './reducers/rounds';

export type ValidateResult =
  | { readonly ok: true; readonly command: ClientCommand }
  | { readonly ok: false; readonly error: DomainError };

/** Checks a command from outside the process; the error is one readable sentence. */
export function validateCommand(input: unknown): ValidateResult {
  const parsed = clientCommandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, error: { code: 'invalid', message: describeFirstIssue(parsed.error) } };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled command: ${JSON.stringify(value)}`);
}

function dispatch(state: Workshop, command: Command, ctx: CommandContext): Outcome {
  switch (command.type) {
    case 'workshop/update':
      return updateWorkshop(state, command);
    case 'phase/set':
      return setPhase(state, command);
    case 'stage/add':
      return addOnAxis(state, 'stages', command.name, command.index, ctx);
    case 'stage/rename':
      return renameOnAxis(state, 'stages', command.stageId, command.name);
    case 'stage/move':
      return moveOnAxis(state, 'stages', command.stageId, command.toIndex);
    case 'stage/remove':
      return removeFromAxis(state, 'stages', command.stageId);
    case 'channel/add':
      return addOnAxis(state, 'channels', command.name, command.index, ctx);
    case 'channel/rename':
      return renameOnAxis(state, 'channels', command.channelId, command.name);
    case 'channel/move':
      return moveOnAxis(state, 'channels', command.channelId, command.toIndex);
    case 'channel/remove':
      return removeFromAxis(state, 'channels', command.channelId);
    case 'team/add':
      return addTeam(state, command, ctx);
    case 'team/rename':
      return renameTeam(state, command);
    case 'team/remove':
      return removeTeam(state, command);
    case 'touchpoint/add':
      return addTouchpoint(state, command, ctx);
    case 'touchpoint/update':
      return updateTouchpoint(state, command);
    case 'touchpoint/move':
      return moveTouchpoint(state, command);
    case 'touchpoint/remove':
      return removeTouchpoint(state, command);
    case 'framework/use':
      return useFramework(state, command);
    case 'framework/set-weights':
      return setWeights(state, command);
    case 'rating/set':
      return setRating(state, command);
    case 'rating/clear':
      return clearRating(state, command);
    case 'rating/reveal':
      return revealRatings(state, command);
    case 'pillar/add':
      return addPillar(state, command, ctx);
    case 'pillar/rename':
      return renamePillar(state, command);
    case 'pillar/describe':
      return describePillar(state, command);
    case 'pillar/move':
      return movePillar(state, command);
    case 'pillar/remove':
      return removePillar(state, command);
    case 'fix/add':
      return addFix(state, command, ctx);
    case 'fix/update':
      return updateFix(state, command);
    case 'fix/remove':
      return removeFix(state, command);
    case 'fix/merge':
      return mergeFixes(state, command);
    case 'participant/add':
      return addParticipant(state, command, ctx);
    case 'participant/remove':
      return removeParticipant(state, command);
    case 'voting/configure':
      return configureVoting(state, command);
    case 'voting/reset':
      return resetVoting(state);
    case 'vote/set':
      return setVote(state, command);
    case 'ballot/cast':
      return castBallot(state, command);
    case 'vote/tally':
      return setTally(state, command);
    case 'vote/reveal':
      return revealVotes(state, command);
    case 'vote/runoff':
      return startRunoff(state, command);
    case 'vote/cancel-runoff':
      return cancelRunoff(state);
    case 'action/add':
      return addAction(state, command, ctx);
    case 'action/update':
      return updateAction(state, command);
    case 'action/move':
      return moveAction(state, command);
    case 'action/remove':
      return removeAction(state, command);
    case 'history/restore':
      return restore(state, command);
    case 'touchpoint/duplicate':
      return duplicateTouchpoint(state, command, ctx);
    default:
      return assertNever(command);
  }
}

/**
 * Applies one command. Client commands are checked against their schema here
 * too (names trimmed, lengths and ranges enforced), so no caller can slip an
 * empty name past the rules. `history/restore` is made by the host itself.
 */
export function applyCommand(state: Workshop, command: Command, ctx: CommandContext): ApplyResult {
  let checked: Command = command;
  if (command.type !== 'history/restore') {
    const validated = validateCommand(command);
    if (!validated.ok) return validated;
    checked = validated.command;
  }
  const outcome = dispatch(state, checked, ctx);
  if (!outcome.ok) return outcome;
  const next: Workshop = { ...outcome.state, updatedAt: ctx.now() };
  return { ok: true, state: next, inverse: inverseOf(state, next) };
}
