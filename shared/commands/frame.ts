/**
 * Commands that frame the workshop: its details, the journey's stages and channels, and the teams. Only the facilitator
 * frames the room.
 */
import { idSchema, localeSchema, nameSchema, textSchema, type Id, type Workshop } from '../model';
import { count } from '../reducers/common';
import {
  addOnAxis,
  addTeam,
  moveOnAxis,
  removeFromAxis,
  removeTeam,
  renameOnAxis,
  renameTeam,
  updateWorkshop,
} from '../reducers/frame';
import { command, defineCommand } from './define';
import { indexField, ownerField } from './fields';

const FRAME = 'Only the facilitator can change the stages and channels.';

/** "Before removing the stage “Buy” and its 12 cards", when it has cards to take with it. */
function removingWithCards(state: Workshop, kind: 'stage' | 'channel', id: Id): string | null {
  const item = (kind === 'stage' ? state.stages : state.channels).find((i) => i.id === id);
  const cards = state.touchpoints.filter((t) => (kind === 'stage' ? t.stageId : t.channelId) === id).length;
  if (!item || cards === 0) return null;
  return `Before removing the ${kind} “${item.name}” and its ${count(cards, 'card')}`;
}
const TEAMS = 'Only the facilitator can change the teams.';

export const workshopUpdate = command('workshop/update', {
      title: nameSchema.optional(),
      organisation: ownerField.optional(),
      facilitator: ownerField.optional(),
      persona: textSchema.optional(),
      scope: textSchema.optional(),
      /** How the workshop writes dates ("en-GB"). */
      locale: localeSchema.optional(),
    });

export const stageAdd = command('stage/add', { name: nameSchema, index: indexField.optional() });

export const stageRename = command('stage/rename', { stageId: idSchema, name: nameSchema });

export const stageMove = command('stage/move', { stageId: idSchema, toIndex: indexField });

export const stageRemove = command('stage/remove', { stageId: idSchema });

export const channelAdd = command('channel/add', { name: nameSchema, index: indexField.optional() });

export const channelRename = command('channel/rename', { channelId: idSchema, name: nameSchema });

export const channelMove = command('channel/move', { channelId: idSchema, toIndex: indexField });

export const channelRemove = command('channel/remove', { channelId: idSchema });

export const teamAdd = command('team/add', { name: nameSchema });

export const teamRename = command('team/rename', { teamId: idSchema, name: nameSchema });

export const teamRemove = command('team/remove', { teamId: idSchema });

export const FRAME_COMMANDS = [
  defineCommand(workshopUpdate, {
    apply: updateWorkshop,
    teams: "Only the facilitator can change the workshop's details.",
  }),

  defineCommand(stageAdd, {
    apply: (state, command, ctx) => addOnAxis(state, 'stages', command.name, command.index, ctx),
    teams: FRAME,
    showsAhead: false,
  }),
  defineCommand(stageRename, {
    apply: (state, command) => renameOnAxis(state, 'stages', command.stageId, command.name),
    teams: FRAME,
  }),
  defineCommand(stageMove, {
    apply: (state, command) => moveOnAxis(state, 'stages', command.stageId, command.toIndex),
    teams: FRAME,
  }),
  /** Removes the stage and, with it, every touchpoint placed in it (undo brings them back). */
  defineCommand(stageRemove, {
    apply: (state, command) => removeFromAxis(state, 'stages', command.stageId),
    teams: FRAME,
    restorePoint: (state, command) => removingWithCards(state, 'stage', command.stageId),
  }),

  defineCommand(channelAdd, {
    apply: (state, command, ctx) => addOnAxis(state, 'channels', command.name, command.index, ctx),
    teams: FRAME,
    showsAhead: false,
  }),
  defineCommand(channelRename, {
    apply: (state, command) => renameOnAxis(state, 'channels', command.channelId, command.name),
    teams: FRAME,
  }),
  defineCommand(channelMove, {
    apply: (state, command) => moveOnAxis(state, 'channels', command.channelId, command.toIndex),
    teams: FRAME,
  }),
  /** Removes the channel and every touchpoint placed in it (undo brings them back). */
  defineCommand(channelRemove, {
    apply: (state, command) => removeFromAxis(state, 'channels', command.channelId),
    teams: FRAME,
    restorePoint: (state, command) => removingWithCards(state, 'channel', command.channelId),
  }),

  defineCommand(teamAdd, { apply: addTeam, teams: TEAMS, showsAhead: false }),
  defineCommand(teamRename, { apply: renameTeam, teams: TEAMS }),
  /** Refused while the team still owns touchpoints, ratings, fixes or participants. */
  defineCommand(teamRemove, { apply: removeTeam, teams: TEAMS }),
] as const;
