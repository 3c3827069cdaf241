/**
 * One definition per command: its payload schema, how it changes a workshop,
 * who may send it, whether undo records it, and whether a page may show it
 * before the host confirms. The closed union of commands, the dispatch and
 * the roles table are all derived from the list of definitions
 * (shared/commands/index.ts), so adding a command is adding one definition.
 */
import { z } from 'zod';
import type { Id, Workshop } from '../model';
import type { CommandContext, DomainError } from '../result';

/** What applying a command's rules gives: the next workshop, or a sentence saying why not. */
export type Outcome =
  | { readonly ok: true; readonly state: Workshop }
  | { readonly ok: false; readonly error: DomainError };

/** Why a team may not do this, or null when it may. */
export type Refusal = string | null;

/**
 * Who sends a command from a team's side, as the rules see it. It is defined
 * here, beside the rules that read it, rather than in shared/seat.ts: a seat
 * is the server's and the pages' record of a connection (undo history, view),
 * while this is only what the rules need to know of it, so either side can
 * change without the other. The server builds one from a team's seat.
 *
 * `participantId` null is the team's shared page, which places dots for any
 * of the team's people; an id is that person's own device, which places only
 * their own dots and adds nobody to the list.
 */
export interface TeamActor {
  readonly teamId: Id;
  readonly participantId: Id | null;
}

/** The team's shared page, as an actor. */
export function teamPage(teamId: Id): TeamActor {
  return { teamId, participantId: null };
}

/**
 * Who may send a command. A sentence: only the facilitator may, and this is
 * what a team's page is told. A function: the team (its shared page, or one
 * of its people on their own device) may, when it returns null.
 */
export type TeamRule<C> = string | ((workshop: Workshop, actor: TeamActor, command: C) => Refusal);

/** A command's schema: its type as a literal, then its fields; unknown fields are refused. */
export type CommandSchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape, z.core.$strict>;

/** The schema of command `type` with these fields. */
export function command<T extends string, S extends z.ZodRawShape>(type: T, fields: S) {
  return z.object({ type: z.literal(type), ...fields }).strict();
}

export interface CommandDefinition<Sch extends CommandSchema = CommandSchema> {
  /** Checks the command wherever it arrives from outside the process. */
  readonly schema: Sch;
  /** The rules: the next workshop, or a refusal. Pure; ids and time come from ctx. */
  readonly apply: (state: Workshop, command: z.infer<Sch>, ctx: CommandContext) => Outcome;
  readonly teams: TeamRule<z.infer<Sch>>;
  /**
   * Whether undo records it for the seat that sent it. A participant's dots
   * are theirs, not a facilitator's undo; moving between phases is navigation.
   */
  readonly undoable: boolean;
  /**
   * Whether a page shows it before the host confirms. Commands that make
   * something new wait: the host chooses the new id, and a card whose id
   * changed on confirmation would lose focus.
   */
  readonly showsAhead: boolean;
  /**
   * When this command takes a lot away, what it is about to do, in words for
   * a list of restore points ("Before removing the stage “Buy” and its 12
   * cards"); the host keeps a copy of the workshop first. Null otherwise.
   */
  readonly restorePoint: (state: Workshop, command: z.infer<Sch>) => string | null;
}

export interface CommandSpec<Sch extends CommandSchema> {
  // NoInfer: the command's type comes from its schema alone, so a reducer may
  // name its command by the union derived from these definitions.
  readonly apply: NoInfer<CommandDefinition<Sch>['apply']>;
  readonly teams: NoInfer<CommandDefinition<Sch>['teams']>;
  /** Defaults to true. */
  readonly undoable?: boolean;
  /** Defaults to true. */
  readonly showsAhead?: boolean;
  /** Defaults to never. */
  readonly restorePoint?: NoInfer<CommandDefinition<Sch>['restorePoint']>;
}

export function defineCommand<Sch extends CommandSchema>(schema: Sch, spec: CommandSpec<Sch>): CommandDefinition<Sch> {
  return {
    schema,
    apply: spec.apply,
    teams: spec.teams,
    undoable: spec.undoable ?? true,
    showsAhead: spec.showsAhead ?? true,
    restorePoint: spec.restorePoint ?? (() => null),
  };
}

/** The schema inside a definition, for deriving the union. */
export type SchemaOf<D> = D extends CommandDefinition<infer Sch> ? Sch : never;

/** A team may when the command names its own team. */
export function ownTeam(refusal: string) {
  return (_w: Workshop, actor: TeamActor, command: { readonly teamId: Id }): Refusal =>
    command.teamId === actor.teamId ? null : refusal;
}
