/**
 * The journey board: touchpoint cards on the stages × channels grid. A card's
 * place in its cell is its order among the same team's cards there, kept in
 * its fractional order key: placing or moving a card writes that card alone.
 */
import { NAME_MAX, type Touchpoint, type Workshop } from '../model';
import { compareOrdered, keyAfterAll, keyAt, keyBetween } from '../order';
import type { CommandContext } from '../result';
import { removeTouchpoints } from './cascade';
import {
  findById,
  hasId,
  LIMITS,
  notFound,
  ok,
  overLimit,
  pastTheEnd,
  patch,
  teamPhrase,
  type CommandOf,
  type Outcome,
} from './common';

function sameCell(a: Touchpoint, b: { teamId: string; stageId: string; channelId: string }): boolean {
  return a.teamId === b.teamId && a.stageId === b.stageId && a.channelId === b.channelId;
}

/** The same team's cards in this cell, in order, leaving out the card `exceptId`. */
function cellCards(
  state: Workshop,
  place: { teamId: string; stageId: string; channelId: string },
  exceptId?: string,
): readonly Touchpoint[] {
  return state.touchpoints.filter((t) => t.id !== exceptId && sameCell(t, place));
}

/** Checks that the team, stage and channel a card names all exist. */
function missingPlace(
  state: Workshop,
  place: { teamId?: string; stageId: string; channelId: string },
): Outcome | undefined {
  if (place.teamId !== undefined && !hasId(state.teams, place.teamId)) return notFound('team');
  if (!hasId(state.stages, place.stageId)) return notFound('stage');
  if (!hasId(state.channels, place.channelId)) return notFound('channel');
  return undefined;
}

/**
 * Refuses a position past the last one a card can take among the team's
 * cards in a cell (`last`): "There is no position 8 in that cell; it holds 2
 * of the Blue team's cards." `holds` counts the cards there now, the moving
 * card too when it is already in the cell.
 */
function noPlaceInCell(state: Workshop, teamId: string, index: number | undefined, last: number, holds: number): Outcome | undefined {
  return pastTheEnd(index, last, 'in that cell', `it holds ${holds === 0 ? 'none' : holds} of ${teamPhrase(state, teamId)}'s cards`);
}

export function addTouchpoint(
  state: Workshop,
  command: CommandOf<'touchpoint/add'>,
  ctx: CommandContext,
): Outcome {
  const missing = missingPlace(state, command);
  if (missing) return missing;
  const siblings = cellCards(state, command);
  // Any place among the cards there, or just after the last.
  const past = noPlaceInCell(state, command.teamId, command.index, siblings.length, siblings.length);
  if (past) return past;
  if (state.touchpoints.length >= LIMITS.touchpoints) return overLimit('touchpoints', 'touchpoints');
  const card: Touchpoint = {
    id: ctx.newId(),
    order: keyAt(siblings, command.index),
    teamId: command.teamId,
    stageId: command.stageId,
    channelId: command.channelId,
    title: command.title,
    description: command.description ?? '',
    notes: command.notes ?? '',
    momentOfTruth: command.momentOfTruth ?? false,
    feeling: command.feeling ?? 0,
  };
  return ok({ ...state, touchpoints: [...state.touchpoints, card] });
}

/**
 * Changes a card's texts, marks and feeling; `teamId` hands it to another
 * team, at the end of that team's cards in the same cell. Ratings stay with
 * the teams that gave them: they belong to their raters, not to the card's owner.
 */
export function updateTouchpoint(state: Workshop, command: CommandOf<'touchpoint/update'>): Outcome {
  const card = findById(state.touchpoints, command.touchpointId);
  if (!card) return notFound('touchpoint');
  const { title, description, momentOfTruth, feeling, notes, teamId } = command;
  if (teamId !== undefined && !hasId(state.teams, teamId)) return notFound('team');
  const edited = patch(card, { title, description, momentOfTruth, feeling, notes, teamId });
  if (edited === card) return ok(state);
  const next = edited.teamId === card.teamId ? edited : { ...edited, order: keyAfterAll(cellCards(state, edited, card.id)) };
  return ok({ ...state, touchpoints: state.touchpoints.map((t) => (t === card ? next : t)) });
}

const COPY_SUFFIX = ' (copy)';

/**
 * The copy's title: the original with " (copy)", so the two can be told
 * apart in the cell and in the rating table; a long title is shortened to
 * make room, so the copy never breaks the name limit.
 */
export function copyTitle(title: string): string {
  const room = NAME_MAX - COPY_SUFFIX.length;
  const base = title.length > room ? title.slice(0, room).trimEnd() : title;
  return `${base}${COPY_SUFFIX}`;
}

/** A copy of the card — texts, marks and feeling, not its ratings — right after it in its cell. */
export function duplicateTouchpoint(
  state: Workshop,
  command: CommandOf<'touchpoint/duplicate'>,
  ctx: CommandContext,
): Outcome {
  const card = findById(state.touchpoints, command.touchpointId);
  if (!card) return notFound('touchpoint');
  if (state.touchpoints.length >= LIMITS.touchpoints) return overLimit('touchpoints', 'touchpoints');
  const siblings = cellCards(state, card);
  const next = siblings[siblings.indexOf(card) + 1];
  const copy: Touchpoint = { ...card, id: ctx.newId(), order: keyBetween(card.order, next?.order ?? null), title: copyTitle(card.title) };
  return ok({ ...state, touchpoints: [...state.touchpoints, copy] });
}

/** One drop is one move: to a cell, at a position among the same team's cards there. */
export function moveTouchpoint(state: Workshop, command: CommandOf<'touchpoint/move'>): Outcome {
  const card = findById(state.touchpoints, command.touchpointId);
  if (!card) return notFound('touchpoint');
  const missing = missingPlace(state, command);
  if (missing) return missing;
  const target = { teamId: card.teamId, stageId: command.stageId, channelId: command.channelId };
  const others = cellCards(state, target, card.id);
  const home = sameCell(card, target);
  // Any place among the other cards there, or just after the last.
  const past = noPlaceInCell(state, card.teamId, command.index, others.length, others.length + (home ? 1 : 0));
  if (past) return past;
  if (home && others.filter((t) => compareOrdered(t, card) < 0).length === command.index) return ok(state);
  const moved: Touchpoint = { ...card, stageId: command.stageId, channelId: command.channelId, order: keyAt(others, command.index) };
  return ok({ ...state, touchpoints: state.touchpoints.map((t) => (t === card ? moved : t)) });
}

/** Removes the card and its ratings; fixes and actions stop pointing at it. */
export function removeTouchpoint(state: Workshop, command: CommandOf<'touchpoint/remove'>): Outcome {
  if (!hasId(state.touchpoints, command.touchpointId)) return notFound('touchpoint');
  return ok(removeTouchpoints(state, new Set([command.touchpointId])));
}
