/**
 * Every change to a workshop is one of these commands: a closed union of
 * namespaced messages. The same commands serve the desktop window, a browser
 * on the local network and (later) a team-file merge, so they carry only ids
 * and values — never positions on a screen.
 *
 * Each command has a zod schema, checked wherever a command arrives from
 * outside the process.
 */
import { z } from 'zod';
import {
  actionStatusSchema,
  dueDateSchema,
  feelingSchema,
  idSchema,
  levelSchema,
  NAME_MAX,
  nameSchema,
  phaseSchema,
  roundSchema,
  scoreSchema,
  textSchema,
  votingModeSchema,
  workshopSchema,
  type Workshop,
} from './model';

const index = z.number().int().min(0);
const ownerSchema = z.string().trim().max(NAME_MAX, `Keep names to ${NAME_MAX} characters or fewer.`);

function command<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...shape }).strict();
}

export const FRAMEWORK_PRESETS = ['six-pillars', 'four-pillars'] as const;

export const clientCommandSchema = z.discriminatedUnion('type', [
  command('workshop/update', {
    title: nameSchema.optional(),
    organisation: ownerSchema.optional(),
    facilitator: ownerSchema.optional(),
    persona: textSchema.optional(),
    scope: textSchema.optional(),
  }),
  command('phase/set', { phase: phaseSchema }),

  command('stage/add', { name: nameSchema, index: index.optional() }),
  command('stage/rename', { stageId: idSchema, name: nameSchema }),
  command('stage/move', { stageId: idSchema, toIndex: index }),
  /** Removes the stage and, with it, every touchpoint placed in it (undo brings them back). */
  command('stage/remove', { stageId: idSchema }),

  command('channel/add', { name: nameSchema, index: index.optional() }),
  command('channel/rename', { channelId: idSchema, name: nameSchema }),
  command('channel/move', { channelId: idSchema, toIndex: index }),
  /** Removes the channel and every touchpoint placed in it (undo brings them back). */
  command('channel/remove', { channelId: idSchema }),

  command('team/add', { name: nameSchema }),
  command('team/rename', { teamId: idSchema, name: nameSchema }),
  /** Refused while the team still owns touchpoints, ratings, fixes or participants. */
  command('team/remove', { teamId: idSchema }),

  command('touchpoint/add', {
    teamId: idSchema,
    stageId: idSchema,
    channelId: idSchema,
    title: nameSchema,
    description: textSchema.optional(),
    notes: textSchema.optional(),
    momentOfTruth: z.boolean().optional(),
    feeling: feelingSchema.optional(),
    /** Position among the same team's cards in the target cell; the end when absent. */
    index: index.optional(),
  }),
  command('touchpoint/update', {
    touchpointId: idSchema,
    title: nameSchema.optional(),
    description: textSchema.optional(),
    momentOfTruth: z.boolean().optional(),
    feeling: feelingSchema.optional(),
    notes: textSchema.optional(),
    /** Hands the card to another team; it goes to the end of that team's cards in its cell. */
    teamId: idSchema.optional(),
  }),
  /** A copy of the card (not its ratings) placed right after it in the same cell. */
  command('touchpoint/duplicate', { touchpointId: idSchema }),
  /** One drop is one move: to a cell, at a position among the same team's cards there. */
  command('touchpoint/move', {
    touchpointId: idSchema,
    stageId: idSchema,
    channelId: idSchema,
    index,
  }),
  /** Removes the touchpoint and its ratings; fixes and actions stop pointing at it. */
  command('touchpoint/remove', { touchpointId: idSchema }),

  /** Switches to a built-in framework. Ratings of pillars it lacks are kept but not counted. */
  command('framework/use', { preset: z.enum(FRAMEWORK_PRESETS) }),
  /** New weights for every pillar of the framework, in percent, summing to 100. */
  command('framework/set-weights', {
    weights: z.record(idSchema, z.number().min(0).max(100)),
  }),

  command('rating/set', {
    teamId: idSchema,
    touchpointId: idSchema,
    pillarId: idSchema,
    score: scoreSchema,
    note: textSchema.optional(),
  }),
  command('rating/clear', { teamId: idSchema, touchpointId: idSchema, pillarId: idSchema }),
  /** Silent mode: false shows each team only its own ratings; true shows every team's. */
  command('rating/reveal', { revealed: z.boolean() }),

  /** Custom frameworks. A new pillar starts with weight 0, so the weights still sum to 100. */
  command('pillar/add', { name: nameSchema, summary: textSchema.optional() }),
  command('pillar/rename', { pillarId: idSchema, name: nameSchema }),
  command('pillar/describe', { pillarId: idSchema, summary: textSchema, prompts: z.array(textSchema).max(10).optional() }),
  command('pillar/move', { pillarId: idSchema, toIndex: index }),
  /** Its ratings are kept but no longer counted; its weight is shared among the others. */
  command('pillar/remove', { pillarId: idSchema }),

  command('fix/add', {
    teamId: idSchema,
    title: nameSchema,
    description: textSchema.optional(),
    touchpointIds: z.array(idSchema).max(50),
    pillarIds: z.array(idSchema).max(12),
    impact: levelSchema,
    effort: levelSchema,
  }),
  command('fix/update', {
    fixId: idSchema,
    /** Hands the fix to another proposing team; refused when that would break the own-team rule. */
    teamId: idSchema.optional(),
    title: nameSchema.optional(),
    description: textSchema.optional(),
    touchpointIds: z.array(idSchema).max(50).optional(),
    pillarIds: z.array(idSchema).max(12).optional(),
    impact: levelSchema.optional(),
    effort: levelSchema.optional(),
  }),
  /** Removes the fix and the dots on it; actions made from it keep their text. */
  command('fix/remove', { fixId: idSchema }),
  /**
   * Folds `otherFixId` into `fixId` when two fixes say the same thing. Dots
   * move across; a participant who had dots on both keeps at most the per-fix
   * cap on the merged fix and gets the rest back to spend. Links and pillars
   * are joined, actions follow, runoff lists name the kept fix once.
   */
  command('fix/merge', { fixId: idSchema, otherFixId: idSchema }),

  command('participant/add', { name: nameSchema, teamId: idSchema }),
  command('participant/remove', { participantId: idSchema }),

  /** The rules of the vote. Refused once any dot is cast or tallied: reset the vote first. */
  command('voting/configure', {
    budget: z.number().int().min(1).max(50).optional(),
    maxPerFix: z.number().int().min(1).max(50).optional(),
    ownTeamVoting: z.boolean().optional(),
    secret: z.boolean().optional(),
    mode: votingModeSchema.optional(),
    tallyVoters: z.number().int().min(0).max(500).optional(),
  }),
  /** Clears every vote, tally and runoff and hides results, so the rules can change. */
  command('voting/reset', {}),
  /**
   * Sets how many dots a participant has on a fix in the round open now (0
   * takes them back). `round`, when given, must be the open round: a device
   * that missed the start of a runoff is told so instead of voting in it.
   */
  command('vote/set', {
    participantId: idSchema,
    fixId: idSchema,
    dots: z.number().int().min(0).max(50),
    round: roundSchema.optional(),
  }),
  /**
   * A whole ballot at once: replaces everything this participant has in the
   * open round with these dots per fix id (private ballot, or one device).
   * Checked as a whole; refused as a whole.
   */
  command('ballot/cast', {
    participantId: idSchema,
    dots: z.record(idSchema, z.number().int().min(0).max(50)),
    round: roundSchema.optional(),
  }),
  /** Tally mode: the dots counted on the wall for one fix in the open round (0 clears it). */
  command('vote/tally', {
    fixId: idSchema,
    dots: z.number().int().min(0).max(25000),
    round: roundSchema.optional(),
  }),
  /** Reveals (or hides again) the results of the open round. */
  command('vote/reveal', { revealed: z.boolean() }),
  /**
   * Opens a runoff round among these fixes (at least two, all in the round
   * open now, whose results must be visible). Earlier rounds stay as they were.
   */
  command('vote/runoff', {
    fixIds: z.array(idSchema).min(2, 'A runoff needs at least two fixes.').max(50),
    budget: z.number().int().min(1).max(50),
    maxPerFix: z.number().int().min(1).max(50),
  }),
  /** Closes the open runoff without a result and goes back to the round before it. */
  command('vote/cancel-runoff', {}),

  command('action/add', {
    fixId: idSchema.nullable(),
    title: nameSchema,
    owner: ownerSchema,
    dueDate: dueDateSchema,
    successMeasure: textSchema.optional(),
    pillarId: idSchema.nullable(),
    touchpointId: idSchema.nullable(),
  }),
  command('action/update', {
    actionId: idSchema,
    title: nameSchema.optional(),
    owner: ownerSchema.optional(),
    dueDate: dueDateSchema.optional(),
    successMeasure: textSchema.optional(),
    pillarId: idSchema.nullable().optional(),
    touchpointId: idSchema.nullable().optional(),
    status: actionStatusSchema.optional(),
  }),
  command('action/move', { actionId: idSchema, toIndex: index }),
  command('action/remove', { actionId: idSchema }),
]);

/** A command as a person (through any window or browser) may send it. */
export type ClientCommand = z.infer<typeof clientCommandSchema>;
export type CommandType = ClientCommand['type'];

/**
 * The parts of a workshop that undo and redo put back. Only the host makes
 * this command — it is the recorded inverse of a client command — so it is
 * not part of what a client may send.
 */
export const restorableWorkshopSchema = workshopSchema
  .omit({ formatVersion: true, id: true, createdAt: true, updatedAt: true })
  .partial();

export const restoreCommandSchema = command('history/restore', {
  parts: restorableWorkshopSchema,
});
export type RestoreCommand = Readonly<{
  type: 'history/restore';
  parts: Partial<Omit<Workshop, 'formatVersion' | 'id' | 'createdAt' | 'updatedAt'>>;
}>;

export type Command = ClientCommand | RestoreCommand;

/**
 * Whether undo should record this command. A participant's dots are theirs,
 * not the facilitator's undo; moving between phases is navigation, so Ctrl+Z
 * right after switching tabs undoes the last real edit.
 */
export function isUndoable(command: Command): boolean {
  return (
    command.type !== 'vote/set' &&
    command.type !== 'ballot/cast' &&
    command.type !== 'phase/set' &&
    command.type !== 'history/restore'
  );
}
