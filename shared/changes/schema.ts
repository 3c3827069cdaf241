/**
 * The patch as it travels: checked with zod on arrival like every other
 * message, record by record with the model's own schemas, so a screen never
 * applies a record the file would refuse.
 */
import { z } from 'zod';
import {
  actionSchema,
  agendaSchema,
  LOCKABLE_PHASES,
  lockablePhaseSchema,
  timerSchema,
  projectorViewSchema,
  channelSchema,
  fixSchema,
  idSchema,
  localeSchema,
  nameSchema,
  participantSchema,
  phaseSchema,
  pillarSchema,
  ratingSchema,
  roundSchema,
  stageSchema,
  tallySchema,
  teamSchema,
  textSchema,
  touchpointSchema,
  voteSchema,
  votingSettingsSchema,
  NAME_MAX,
} from '../model';
import type { Patch } from './types';

const ids = z.array(idSchema).optional();
const people = z.string().trim().max(NAME_MAX);

export const patchSchema = z
  .object({
    put: z
      .object({
        stages: z.array(stageSchema).optional(),
        channels: z.array(channelSchema).optional(),
        teams: z.array(teamSchema).optional(),
        touchpoints: z.array(touchpointSchema).optional(),
        pillars: z.array(pillarSchema).optional(),
        ratings: z.array(ratingSchema).optional(),
        fixes: z.array(fixSchema).optional(),
        participants: z.array(participantSchema).optional(),
        votes: z.array(voteSchema).optional(),
        tallies: z.array(tallySchema).optional(),
        actions: z.array(actionSchema).optional(),
      })
      .strict()
      .optional(),
    del: z
      .object({
        stages: ids,
        channels: ids,
        teams: ids,
        touchpoints: ids,
        pillars: ids,
        ratings: z.array(z.object({ teamId: idSchema, touchpointId: idSchema, pillarId: idSchema }).strict()).optional(),
        fixes: ids,
        participants: ids,
        votes: z.array(z.object({ participantId: idSchema, fixId: idSchema, round: roundSchema }).strict()).optional(),
        tallies: z.array(z.object({ fixId: idSchema, round: roundSchema }).strict()).optional(),
        actions: ids,
      })
      .strict()
      .optional(),
    set: z
      .object({
        title: nameSchema.optional(),
        organisation: people.optional(),
        facilitator: people.optional(),
        persona: textSchema.optional(),
        scope: textSchema.optional(),
        locale: localeSchema.optional(),
        phase: phaseSchema.optional(),
        agenda: agendaSchema.optional(),
        locks: z.array(lockablePhaseSchema).max(LOCKABLE_PHASES.length).optional(),
        timer: timerSchema.nullable().optional(),
        chimeMuted: z.boolean().optional(),
        projectorView: projectorViewSchema.optional(),
        ratingsRevealed: z.boolean().optional(),
        framework: z.object({ id: idSchema, name: nameSchema }).strict().optional(),
        voting: votingSettingsSchema.optional(),
        updatedAt: z.iso.datetime().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The schema's promise, checked by the compiler: a parsed patch is a Patch. */
export const parsePatch = (input: unknown): Patch | undefined => {
  const parsed = patchSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
};
