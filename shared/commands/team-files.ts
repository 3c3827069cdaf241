/**
 * Merging a team file: one command, so the whole merge is one step of the
 * facilitator's undo, travels as one change record, and gets a restore
 * point first. The rules are the pure merge over the team's change records
 * (shared/team-files/merge.ts); the choices are the person's answers to the
 * preview's conflicts, by conflict id.
 */
import { z } from 'zod';
import { mergeTeamFile } from '../team-files/merge';
import { teamFileSchema } from '../team-files/team-file';
import { fail, ok } from '../reducers/common';
import { command, defineCommand } from './define';

export const teamFileMerge = command('team-file/merge', {
  file: teamFileSchema,
  choices: z.record(z.string().max(300), z.string().max(300)),
});

export const TEAM_FILE_COMMANDS = [
  defineCommand(teamFileMerge, {
    apply: (state, { file, choices }, ctx) => {
      const merged = mergeTeamFile(state, file, choices, ctx.now());
      return merged.ok ? ok(merged.state) : fail('conflict', merged.message);
    },
    teams: 'Only the facilitator can merge team files.',
    // The host gives the merged workshop its ids: a page waits for it.
    showsAhead: false,
    restorePoint: (_state, { file }) => `Before merging the team file of ${file.teamName}`,
  }),
] as const;
