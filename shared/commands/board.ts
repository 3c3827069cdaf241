/**
 * Commands on the journey board: touchpoint cards placed, edited, copied,
 * moved and removed. Every team sees the whole board, but a card is the work
 * of the team that placed it: a team adds, changes, copies, moves and removes
 * its own cards only, and never hands one to another team (removing a card
 * takes every team's ratings of it, so one team's tidy-up must not cost
 * another its work). The facilitator may do all of it.
 */
import { z } from 'zod';
import { feelingSchema, idSchema, nameSchema, textSchema, type Id, type Workshop } from '../model';
import {
  addTouchpoint,
  duplicateTouchpoint,
  moveTouchpoint,
  removeTouchpoint,
  updateTouchpoint,
} from '../reducers/board';
import { teamPhrase } from '../reducers/common';
import { command, defineCommand, type Refusal, type TeamActor } from './define';
import { indexField } from './fields';

/**
 * The card must be the team's own; `verb` says what the team tried ("move").
 * A card that no longer exists is left to the reducer, which says so in its
 * own words.
 */
function ownCard(verb: string) {
  return (workshop: Workshop, actor: TeamActor, command: { readonly touchpointId: Id }): Refusal => {
    const card = workshop.touchpoints.find((t) => t.id === command.touchpointId);
    if (card === undefined || card.teamId === actor.teamId) return null;
    return `This card belongs to ${teamPhrase(workshop, card.teamId)}; only that team or the facilitator can ${verb} it.`;
  };
}

const changeOwnCard = ownCard('change');

function addOwnCard(workshop: Workshop, actor: TeamActor, command: { readonly teamId: Id }): Refusal {
  if (command.teamId === actor.teamId) return null;
  return `Your team can only add cards of its own; this one would belong to ${teamPhrase(workshop, command.teamId)}.`;
}

/** Its own card, kept its own: handing a card over is the facilitator's call, as adding one in another's name is. */
function updateOwnCard(workshop: Workshop, actor: TeamActor, command: { readonly touchpointId: Id; readonly teamId?: Id }): Refusal {
  const refusal = changeOwnCard(workshop, actor, command);
  if (refusal !== null || command.teamId === undefined || command.teamId === actor.teamId) return refusal;
  return `Only the facilitator can hand a card to ${teamPhrase(workshop, command.teamId)}.`;
}

export const touchpointAdd = command('touchpoint/add', {
      teamId: idSchema,
      stageId: idSchema,
      channelId: idSchema,
      title: nameSchema,
      description: textSchema.optional(),
      notes: textSchema.optional(),
      momentOfTruth: z.boolean().optional(),
      feeling: feelingSchema.optional(),
      /** Position among the same team's cards in the target cell; the end when absent; past the end is refused. */
      index: indexField.optional(),
    });

export const touchpointUpdate = command('touchpoint/update', {
      touchpointId: idSchema,
      title: nameSchema.optional(),
      description: textSchema.optional(),
      momentOfTruth: z.boolean().optional(),
      feeling: feelingSchema.optional(),
      notes: textSchema.optional(),
      /** Hands the card to another team (the facilitator only); it goes to the end of that team's cards in its cell. */
      teamId: idSchema.optional(),
    });

export const touchpointDuplicate = command('touchpoint/duplicate', { touchpointId: idSchema });

export const touchpointMove = command('touchpoint/move', { touchpointId: idSchema, stageId: idSchema, channelId: idSchema, index: indexField });

export const touchpointRemove = command('touchpoint/remove', { touchpointId: idSchema });

export const BOARD_COMMANDS = [
  defineCommand(touchpointAdd, {
    apply: addTouchpoint,
    teams: addOwnCard,
    showsAhead: false,
  }),
  defineCommand(touchpointUpdate, {
    apply: updateTouchpoint,
    teams: updateOwnCard,
  }),
  /** A copy of the card (not its ratings) placed right after it in the same cell. */
  defineCommand(touchpointDuplicate, {
    apply: duplicateTouchpoint,
    // The copy belongs to the card's team, so copying another team's card would be adding one in its name.
    teams: ownCard('copy'),
    // It makes a new card, whose id the host chooses.
    showsAhead: false,
  }),
  /** One drop is one move: to a cell, at a position among the same team's cards there. */
  defineCommand(touchpointMove, {
    apply: moveTouchpoint,
    teams: ownCard('move'),
  }),
  /** Removes the touchpoint and its ratings; fixes and actions stop pointing at it. */
  defineCommand(touchpointRemove, { apply: removeTouchpoint, teams: ownCard('remove') }),
] as const;
