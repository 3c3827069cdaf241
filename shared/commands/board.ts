/**
 * Commands on the journey board: touchpoint cards placed, edited, copied,
 * moved and removed. The board is the room's shared work, so every team may
 * change any card.
 */
import { z } from 'zod';
import { feelingSchema, idSchema, nameSchema, textSchema } from '../model';
import {
  addTouchpoint,
  duplicateTouchpoint,
  moveTouchpoint,
  removeTouchpoint,
  updateTouchpoint,
} from '../reducers/board';
import { anyTeam, command, defineCommand } from './define';
import { indexField } from './fields';

export const touchpointAdd = command('touchpoint/add', {
      teamId: idSchema,
      stageId: idSchema,
      channelId: idSchema,
      title: nameSchema,
      description: textSchema.optional(),
      notes: textSchema.optional(),
      momentOfTruth: z.boolean().optional(),
      feeling: feelingSchema.optional(),
      /** Position among the same team's cards in the target cell; the end when absent. */
      index: indexField.optional(),
    });

export const touchpointUpdate = command('touchpoint/update', {
      touchpointId: idSchema,
      title: nameSchema.optional(),
      description: textSchema.optional(),
      momentOfTruth: z.boolean().optional(),
      feeling: feelingSchema.optional(),
      notes: textSchema.optional(),
      /** Hands the card to another team; it goes to the end of that team's cards in its cell. */
      teamId: idSchema.optional(),
    });

export const touchpointDuplicate = command('touchpoint/duplicate', { touchpointId: idSchema });

export const touchpointMove = command('touchpoint/move', { touchpointId: idSchema, stageId: idSchema, channelId: idSchema, index: indexField });

export const touchpointRemove = command('touchpoint/remove', { touchpointId: idSchema });

export const BOARD_COMMANDS = [
  defineCommand(touchpointAdd, {
    apply: addTouchpoint,
    teams: anyTeam,
    showsAhead: false,
  }),
  defineCommand(touchpointUpdate, {
    apply: updateTouchpoint,
    teams: anyTeam,
  }),
  /** A copy of the card (not its ratings) placed right after it in the same cell. */
  defineCommand(touchpointDuplicate, {
    apply: duplicateTouchpoint,
    teams: anyTeam,
    // It makes a new card, whose id the host chooses.
    showsAhead: false,
  }),
  /** One drop is one move: to a cell, at a position among the same team's cards there. */
  defineCommand(touchpointMove, {
    apply: moveTouchpoint,
    teams: anyTeam,
  }),
  /** Removes the touchpoint and its ratings; fixes and actions stop pointing at it. */
  defineCommand(touchpointRemove, { apply: removeTouchpoint, teams: anyTeam }),
] as const;
