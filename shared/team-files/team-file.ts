/**
 * A team file: what a team changed in its copy since the pack was handed
 * out, as change records (each record's value then and now). The
 * facilitator imports it into the workshop the pack came from, where the
 * merge (./merge.ts) measures each record against what is there now.
 */
import { z } from 'zod';
import {
  channelSchema,
  fixSchema,
  idSchema,
  nameSchema,
  participantSchema,
  pillarSchema,
  ratingSchema,
  stageSchema,
  touchpointSchema,
  voteSchema,
  type Workshop,
} from '../model';
import { COLLECTIONS } from '../changes/collections';
import { diffTeamWork, teamWorkOf, type TeamChanges, type TeamWorkCollection } from './team-work';

export const TEAM_FILE_KIND = 'journey-room/team-file';
export const TEAM_FILE_FORMAT = 1;

/** Whether a change holds a record at all, and the same one before and after (the same id, or the same rating or vote). */
function oneRecord(collection: TeamWorkCollection, value: unknown): boolean {
  const { before, after } = value as { readonly before: unknown; readonly after: unknown };
  if (before === null || after === null) return before !== null || after !== null;
  const spec = COLLECTIONS[collection] as unknown as { readonly identity: (r: unknown) => unknown; readonly key: (i: unknown) => string };
  return spec.key(spec.identity(before)) === spec.key(spec.identity(after));
}

/** One collection's changes: each a record then and now, at least one of them there, both the same record. */
function changesOf<T extends z.ZodType>(collection: TeamWorkCollection, record: T, max: number) {
  const change = z
    .object({ before: record.nullable(), after: record.nullable() })
    .strict()
    .refine((value: unknown) => oneRecord(collection, value), 'A change speaks of one record: the same one before and after.');
  return z.array(change).max(max).optional();
}

export const teamChangesSchema = z
  .object({
    stages: changesOf('stages', stageSchema, 60),
    channels: changesOf('channels', channelSchema, 60),
    pillars: changesOf('pillars', pillarSchema, 24),
    participants: changesOf('participants', participantSchema, 1000),
    touchpoints: changesOf('touchpoints', touchpointSchema, 10000),
    fixes: changesOf('fixes', fixSchema, 4000),
    ratings: changesOf('ratings', ratingSchema, 200000),
    // A ballot's unchanged dots come along (./team-work.ts), so more than the team's dots alone.
    votes: changesOf('votes', voteSchema, 100000),
  })
  .strict();

export const teamFileSchema = z
  .object({
    kind: z.literal(TEAM_FILE_KIND),
    formatVersion: z.literal(TEAM_FILE_FORMAT),
    masterId: idSchema,
    masterTitle: nameSchema,
    teamId: idSchema,
    teamName: nameSchema,
    packId: idSchema,
    exportedAt: z.iso.datetime(),
    changes: teamChangesSchema,
  })
  .strict();

export interface TeamFile {
  readonly kind: typeof TEAM_FILE_KIND;
  readonly formatVersion: typeof TEAM_FILE_FORMAT;
  readonly masterId: string;
  readonly masterTitle: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly packId: string;
  readonly exportedAt: string;
  readonly changes: TeamChanges;
}

/** Whether a parsed JSON value says it is a team file (before it is checked). */
export function looksLikeTeamFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { kind?: unknown }).kind === TEAM_FILE_KIND;
}

/** The team file of a team's copy: everything its team changed since the pack. */
export function makeTeamFile(copy: Workshop, exportedAt: string): TeamFile | string {
  const teamCopy = copy.teamCopy;
  if (!teamCopy) return 'Only a team’s copy, opened from a team pack, makes a team file.';
  const team = copy.teams.find((t) => t.id === teamCopy.teamId);
  return {
    kind: TEAM_FILE_KIND,
    formatVersion: TEAM_FILE_FORMAT,
    masterId: teamCopy.masterId,
    masterTitle: teamCopy.masterTitle,
    teamId: teamCopy.teamId,
    teamName: team?.name ?? 'Team',
    packId: teamCopy.packId,
    exportedAt,
    changes: diffTeamWork(teamCopy.base, teamWorkOf(copy, teamCopy.teamId)),
  };
}

export type ParseTeamFileResult = { readonly ok: true; readonly file: TeamFile } | { readonly ok: false; readonly message: string };

/** Checks a parsed JSON value as a team file, with a sentence when it is not one this app can read. */
export function parseTeamFile(json: unknown): ParseTeamFileResult {
  if (!looksLikeTeamFile(json)) {
    return { ok: false, message: 'This is not a team file. A team file is what a team exports from its copy, on the Export screen.' };
  }
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > TEAM_FILE_FORMAT) {
    return { ok: false, message: 'This team file was made by a newer version of Journey Room. Update the app on this computer to merge it.' };
  }
  const parsed = teamFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'This team file is damaged: parts of it cannot be read, so nothing of it was merged.' };
  return { ok: true, file: parsed.data };
}
