/**
 * What the team-file tests and the merge benchmark share: a team's pack
 * handed out and opened on its laptop (through the file's JSON, as a stick
 * carries it), a team working in its copy only as a team may, its team file
 * read back as the facilitator's app reads it, and the merge run as the one
 * command the host applies.
 */
import { teamCommandRefusal, teamPage, type ClientCommand } from '../../shared/commands';
import type { Id, Workshop } from '../../shared/model';
import { sequentialIds } from '../../shared/new-workshop';
import { applyCommand } from '../../shared/reducer';
import type { ApplyResult, CommandContext } from '../../shared/result';
import type { MergeChoices } from '../../shared/team-files/merge';
import { makeTeamFile, teamFileSchema } from '../../shared/team-files/team-file';
import { makeTeamPack, parseTeamPack, teamCopyFromPack, type PackSharing } from '../../shared/team-files/team-pack';

export const PACKED_AT = '2026-11-23T10:00:00.000Z';
export const EXPORTED_AT = '2026-11-23T12:00:00.000Z';

/** The team file as the command carries it: checked by the same schema the host checks it with. */
export type TeamFileValue = ReturnType<typeof teamFileSchema.parse>;

/** Ids `<prefix>1`, `<prefix>2`, …; time one second further at each call, from `start`. */
export function contextFor(prefix: string, start = PACKED_AT): CommandContext {
  let tick = 0;
  return { newId: sequentialIds(prefix), now: () => new Date(Date.parse(start) + ++tick * 1000).toISOString() };
}

/** Applies a command that must succeed. */
export function run(state: Workshop, command: ClientCommand, ctx: CommandContext): Workshop {
  const result = applyCommand(state, command, ctx);
  if (!result.ok) throw new Error(`${command.type} was refused: ${result.error.message}`);
  return result.state;
}

/** The pack for one team, written to JSON and opened on the team's laptop as its copy. */
export function teamCopy(master: Workshop, teamId: Id, sharing: PackSharing = { otherTeams: true, voting: true }): Workshop {
  const pack = makeTeamPack(master, teamId, sharing, { packId: `pack-${teamId}`, now: PACKED_AT });
  if (typeof pack === 'string') throw new Error(pack);
  const opened = parseTeamPack(JSON.parse(JSON.stringify(pack)));
  if (!opened.ok) throw new Error(opened.message);
  return teamCopyFromPack(opened.pack, { newId: `copy-${teamId}`, now: PACKED_AT });
}

/** Whether the team's own page may send this command to its copy: null, or the sentence it would be told. */
export function teamRefusal(copy: Workshop, command: ClientCommand): string | null {
  const teamId = copy.teamCopy?.teamId;
  if (teamId === undefined) throw new Error('Not a team’s copy.');
  return teamCommandRefusal(copy, teamPage(teamId), command);
}

/** The team does this in its copy, as its page may (refused by the rules: an error). */
export function teamDoes(copy: Workshop, command: ClientCommand, ctx: CommandContext): Workshop {
  const refused = teamRefusal(copy, command);
  if (refused !== null) throw new Error(`A team may not send ${command.type}: ${refused}`);
  return run(copy, command, ctx);
}

/** The team file of a copy, written to JSON and read back by the schema the merge command is checked with. */
export function teamFileOf(copy: Workshop): TeamFileValue {
  const file = makeTeamFile(copy, EXPORTED_AT);
  if (typeof file === 'string') throw new Error(file);
  return teamFileSchema.parse(JSON.parse(JSON.stringify(file)));
}

/** The merge as the host runs it: the one undoable command. */
export function mergeCommand(master: Workshop, file: TeamFileValue, choices: MergeChoices, ctx: CommandContext): ApplyResult {
  return applyCommand(master, { type: 'team-file/merge', file, choices: { ...choices } }, ctx);
}
