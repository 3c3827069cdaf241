/**
 * A team pack: the file the facilitator hands one team on a stick. It holds
 * the frame, that team's seat and work, and what the facilitator chose to
 * share (the other teams' cards and fixes, the vote). Opened on the team's
 * laptop it becomes that team's copy of the workshop (`teamCopy` set), which
 * remembers the work as handed out so its team file can say what changed.
 */
import { z } from 'zod';
import { idSchema, nameSchema, NAME_MAX, type Id, type Workshop } from '../model';
import { repairReferences } from '../reducers/cascade';
import { parseWorkshopFile } from '../workshop-file';
import { teamWorkOf } from './team-work';

export const TEAM_PACK_KIND = 'journey-room/team-pack';
export const TEAM_PACK_FORMAT = 1;

/** What the facilitator shares with the team besides the frame and its own work. */
export interface PackSharing {
  /** The other teams' cards and fixes, to look at (and, with the vote, to vote on). */
  readonly otherTeams: boolean;
  /** Whether the team may cast its people's dots in its copy. */
  readonly voting: boolean;
}

const packHeaderSchema = z.object({
  kind: z.literal(TEAM_PACK_KIND),
  formatVersion: z.number().int().min(1),
  masterId: idSchema,
  masterTitle: nameSchema,
  teamId: idSchema,
  teamName: nameSchema,
  packId: idSchema,
  packedAt: z.iso.datetime(),
  voting: z.boolean(),
  otherTeams: z.boolean(),
  workshop: z.unknown(),
});

export type TeamPackFile = z.infer<typeof packHeaderSchema>;

export interface TeamPack {
  readonly header: Omit<TeamPackFile, 'workshop'>;
  readonly workshop: Workshop;
}

/** Whether a parsed JSON value says it is a team pack (before it is checked). */
export function looksLikeTeamPack(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { kind?: unknown }).kind === TEAM_PACK_KIND;
}

/** The pack for team `teamId` of `master`, as the file's JSON value. */
export function makeTeamPack(
  master: Workshop,
  teamId: Id,
  sharing: PackSharing,
  made: { readonly packId: Id; readonly now: string },
): TeamPackFile | string {
  const team = master.teams.find((t) => t.id === teamId);
  if (!team) return 'That team is no longer in the workshop.';
  if (master.teamCopy) return 'This is a team’s copy: team packs are made from the facilitator’s workshop.';
  const ownPeople = new Set(master.participants.filter((p) => p.teamId === teamId).map((p) => p.id));
  const ownFixes = master.fixes.filter((f) => f.teamId === teamId);
  // The cards the team's own fixes link stay with them, so its fixes arrive whole.
  const linked = new Set(ownFixes.flatMap((f) => f.touchpointIds));
  const shareFixes = sharing.otherTeams || sharing.voting;
  const packed: Workshop = repairReferences({
    ...master,
    touchpoints: master.touchpoints.filter((t) => sharing.otherTeams || t.teamId === teamId || linked.has(t.id)),
    // Silent rating: a team's copy holds its own ratings only.
    ratings: master.ratings.filter((r) => r.teamId === teamId),
    fixes: shareFixes ? master.fixes : ownFixes,
    participants: master.participants.filter((p) => ownPeople.has(p.id)),
    votes: master.votes.filter((v) => ownPeople.has(v.participantId)),
    tallies: [],
    actions: [],
    locks: [],
    timer: null,
    projectorView: 'activity',
    teamCopy: null,
  });
  return {
    kind: TEAM_PACK_KIND,
    formatVersion: TEAM_PACK_FORMAT,
    masterId: master.id,
    masterTitle: master.title,
    teamId,
    teamName: team.name,
    packId: made.packId,
    packedAt: made.now,
    voting: sharing.voting,
    otherTeams: sharing.otherTeams,
    workshop: packed,
  };
}

export type ParseTeamPackResult = { readonly ok: true; readonly pack: TeamPack } | { readonly ok: false; readonly message: string };

/** Checks a parsed JSON value as a team pack, and the workshop inside it as any workshop file is checked. */
export function parseTeamPack(json: unknown): ParseTeamPackResult {
  const header = packHeaderSchema.safeParse(json);
  if (!header.success) return { ok: false, message: 'This team pack is damaged: its description of the team is missing or unreadable.' };
  if (header.data.formatVersion > TEAM_PACK_FORMAT) {
    return { ok: false, message: 'This team pack was made by a newer version of Journey Room. Update the app on this computer to open it.' };
  }
  const inner = parseWorkshopFile(header.data.workshop);
  if (!inner.ok) return { ok: false, message: `This team pack is damaged. ${inner.message}` };
  const { kind, formatVersion, masterId, masterTitle, teamId, teamName, packId, packedAt, voting, otherTeams } = header.data;
  const rest = { kind, formatVersion, masterId, masterTitle, teamId, teamName, packId, packedAt, voting, otherTeams };
  if (!inner.workshop.teams.some((t) => t.id === rest.teamId) || inner.workshop.id !== rest.masterId) {
    return { ok: false, message: 'This team pack is damaged: the team it was made for is not in it.' };
  }
  return { ok: true, pack: { header: rest, workshop: inner.workshop } };
}

/** The team's copy of the workshop a pack opens as, under a new id so it never overwrites the facilitator's. */
export function teamCopyFromPack(pack: TeamPack, made: { readonly newId: Id; readonly now: string }): Workshop {
  const { header, workshop } = pack;
  const title = `${header.masterTitle} — ${header.teamName}`;
  return {
    ...workshop,
    id: made.newId,
    title: title.length > NAME_MAX ? `${title.slice(0, NAME_MAX - 1)}…` : title,
    createdAt: made.now,
    updatedAt: made.now,
    teamCopy: {
      masterId: header.masterId,
      masterTitle: header.masterTitle,
      teamId: header.teamId,
      packId: header.packId,
      packedAt: header.packedAt,
      voting: header.voting,
      base: teamWorkOf(workshop, header.teamId),
    },
  };
}
