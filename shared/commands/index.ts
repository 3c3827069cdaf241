/**
 * Every change to a workshop is one of these commands: a closed union of
 * namespaced messages (`touchpoint/move`, `vote/set`, …), derived from the
 * one definition each command has in its area's file. The same commands
 * serve the desktop window, a browser on the local network and a team-file
 * merge, so they carry only ids and values — never positions on a screen.
 *
 * To add a command: add its definition to its area's list (schema, rules,
 * who may send it, undoable, shown ahead), and a builder to the property
 * tests' table (test/shared/command-builders.ts), which the compiler asks for.
 */
import { z } from 'zod';
import type { Id, LockablePhase, Workshop } from '../model';
import { lockRefusal } from '../present/phase-words';
import type { CommandContext } from '../result';
import { BOARD_COMMANDS } from './board';
import { teamPage, type CommandDefinition, type Outcome, type Refusal, type SchemaOf, type TeamActor } from './define';
import { FACILITATION_COMMANDS } from './facilitation';
import { FIX_COMMANDS } from './fixes';
import { FRAME_COMMANDS } from './frame';
import { PLAN_COMMANDS } from './plan';
import { RATING_COMMANDS } from './rating';
import { TEAM_FILE_COMMANDS } from './team-files';
import { VOTING_COMMANDS } from './voting';

export { FRAMEWORK_PRESETS } from './rating';
export { teamPage, type Outcome, type Refusal, type TeamActor } from './define';

const DEFINITIONS = [
  ...FRAME_COMMANDS,
  ...FACILITATION_COMMANDS,
  ...BOARD_COMMANDS,
  ...RATING_COMMANDS,
  ...FIX_COMMANDS,
  ...VOTING_COMMANDS,
  ...PLAN_COMMANDS,
  ...TEAM_FILE_COMMANDS,
] as const;

type AnySchema = SchemaOf<(typeof DEFINITIONS)[number]>;

/** Checks any command that arrives from outside the process. */
export const clientCommandSchema = z.discriminatedUnion(
  'type',
  // The definitions' schemas, as the non-empty list zod asks for.
  DEFINITIONS.map((definition) => definition.schema) as unknown as [AnySchema, ...AnySchema[]],
);

/** A command as a person (through any window or browser) may send it. */
export type ClientCommand = z.infer<typeof clientCommandSchema>;
export type CommandType = ClientCommand['type'];
/** Every command; kept as a name of its own for code that speaks of commands in general. */
export type Command = ClientCommand;
/** The command with this type. */
export type CommandOf<T extends CommandType> = Extract<ClientCommand, { readonly type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = DEFINITIONS.map((definition) => definition.schema.shape.type.value);

/**
 * Whose work each team command changes, so a lock on that phase stops it:
 * every command in an area's list belongs to that area's phase. Commands
 * only the facilitator may send are never stopped by a lock.
 */
const LOCKED_BY = new Map<string, LockablePhase>(
  (
    [
      ['map', BOARD_COMMANDS],
      ['rate', RATING_COMMANDS],
      ['fix', FIX_COMMANDS],
      ['vote', VOTING_COMMANDS],
      ['plan', PLAN_COMMANDS],
    ] as const
  ).flatMap(([phase, list]) => list.map((definition) => [definition.schema.shape.type.value, phase] as const)),
);

/** The phase whose lock stops this command, or null when no lock does. */
export function lockingPhase(type: CommandType): LockablePhase | null {
  return LOCKED_BY.get(type) ?? null;
}

const NO_VOTING_IN_COPY = 'The facilitator handed out this copy without the vote: the dots are placed in the room.';

const BY_TYPE = new Map<string, CommandDefinition>(
  // Each definition's apply and rules take its own command; dispatch below hands them only that.
  DEFINITIONS.map((definition) => [definition.schema.shape.type.value, definition as unknown as CommandDefinition]),
);

function definitionOf(type: CommandType): CommandDefinition {
  const definition = BY_TYPE.get(type);
  if (!definition) throw new Error(`No definition for the command ${type}.`);
  return definition;
}

/** Applies the command's own rules; the command has passed its schema. */
export function applyRules(state: Workshop, command: ClientCommand, ctx: CommandContext): Outcome {
  return definitionOf(command.type).apply(state, command, ctx);
}

/** Whether undo records this command for the seat that sent it. */
export function isUndoable(command: ClientCommand): boolean {
  return definitionOf(command.type).undoable;
}

/** Whether a page shows this command before the host confirms it. */
export function showsAhead(command: ClientCommand): boolean {
  return definitionOf(command.type).showsAhead;
}

/** What the command is about to do, when it takes enough away that a restore point should come first. */
export function restorePointBefore(state: Workshop, command: ClientCommand): string | null {
  return definitionOf(command.type).restorePoint(state, command);
}

/**
 * Why `actor` (a team's shared page, or one of its people on their own
 * device) may not send `command` to `workshop` as it is now, or null when it
 * may. A bare team id means that team's shared page: the renderer's seat
 * check still passes one, and changes over when pages learn who signed in.
 */
export function teamCommandRefusal(workshop: Workshop, actor: TeamActor | Id, command: ClientCommand): Refusal {
  const rule = definitionOf(command.type).teams;
  if (typeof rule === 'string') return rule;
  // A lock stops the team before its own rules are asked: nothing is half-saved.
  const lock = lockingPhase(command.type);
  if (lock !== null && workshop.locks.includes(lock)) return lockRefusal(lock);
  // A team's own copy votes only when the facilitator handed it out for voting.
  if (lock === 'vote' && workshop.teamCopy && !workshop.teamCopy.voting) return NO_VOTING_IN_COPY;
  return rule(workshop, typeof actor === 'string' ? teamPage(actor) : actor, command);
}
