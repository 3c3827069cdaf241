/**
 * The journey board: touchpoint cards on the stages × channels grid. A card's
 * place in its cell is its order among the same team's cards there, and that
 * order is simply the order of the touchpoints array.
 */
import { NAME_MAX, type Touchpoint, type Workshop } from '../model';
import type { CommandContext } from '../result';
import { removeTouchpoints } from './cascade';
import {
  findById,
  hasId,
  LIMITS,
  notFound,
  ok,
  overLimit,
  patch,
  type CommandOf,
  type Outcome,
} from './common';

function sameCell(a: Touchpoint, b: Touchpoint): boolean {
  return a.teamId === b.teamId && a.stageId === b.stageId && a.channelId === b.channelId;
}

/**
 * Puts the card at `index` among the same team's cards in its cell: before
 * the card now at that position, or after the last of them when the index is
 * past the end.
 */
function placeCard(
  others: readonly Touchpoint[],
  card: Touchpoint,
  index: number | undefined,
): readonly Touchpoint[] {
  const siblings: number[] = [];
  others.forEach((t, i) => {
    if (sameCell(t, card)) siblings.push(i);
  });
  const before = index === undefined ? undefined : siblings[index];
  const last = siblings[siblings.length - 1];
  const at = before ?? (last === undefined ? others.length : last + 1);
  return [...others.slice(0, at), card, ...others.slice(at)];
}

function sameOrder(a: readonly Touchpoint[], b: readonly Touchpoint[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
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

export function addTouchpoint(
  state: Workshop,
  command: CommandOf<'touchpoint/add'>,
  ctx: CommandContext,
): Outcome {
  const missing = missingPlace(state, command);
  if (missing) return missing;
  if (state.touchpoints.length >= LIMITS.touchpoints) return overLimit('touchpoints', 'touchpoints');
  const card: Touchpoint = {
    id: ctx.newId(),
    teamId: command.teamId,
    stageId: command.stageId,
    channelId: command.channelId,
    title: command.title,
    description: command.description ?? '',
    notes: command.notes ?? '',
    momentOfTruth: command.momentOfTruth ?? false,
    feeling: command.feeling ?? 0,
  };
  return ok({ ...state, touchpoints: placeCard(state.touchpoints, card, command.index) });
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
  const next = patch(card, { title, description, momentOfTruth, feeling, notes, teamId });
  if (next === card) return ok(state);
  if (next.teamId === card.teamId) {
    return ok({ ...state, touchpoints: state.touchpoints.map((t) => (t === card ? next : t)) });
  }
  const others = state.touchpoints.filter((t) => t !== card);
  return ok({ ...state, touchpoints: placeCard(others, next, undefined) });
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
  const at = state.touchpoints.findIndex((t) => t.id === command.touchpointId);
  const card = state.touchpoints[at];
  if (!card) return notFound('touchpoint');
  if (state.touchpoints.length >= LIMITS.touchpoints) return overLimit('touchpoints', 'touchpoints');
  const copy: Touchpoint = { ...card, id: ctx.newId(), title: copyTitle(card.title) };
  // Right after the original in the array is right after it among its team's cards in the cell.
  const touchpoints = [...state.touchpoints.slice(0, at + 1), copy, ...state.touchpoints.slice(at + 1)];
  return ok({ ...state, touchpoints });
}

/** One drop is one move: to a cell, at a position among the same team's cards there. */
export function moveTouchpoint(state: Workshop, command: CommandOf<'touchpoint/move'>): Outcome {
  const card = findById(state.touchpoints, command.touchpointId);
  if (!card) return notFound('touchpoint');
  const missing = missingPlace(state, command);
  if (missing) return missing;
  const moved: Touchpoint =
    card.stageId === command.stageId && card.channelId === command.channelId
      ? card
      : { ...card, stageId: command.stageId, channelId: command.channelId };
  const others = state.touchpoints.filter((t) => t !== card);
  const touchpoints = placeCard(others, moved, command.index);
  if (sameOrder(touchpoints, state.touchpoints)) return ok(state);
  return ok({ ...state, touchpoints });
}

/** Removes the card and its ratings; fixes and actions stop pointing at it. */
export function removeTouchpoint(state: Workshop, command: CommandOf<'touchpoint/remove'>): Outcome {
  if (!hasId(state.touchpoints, command.touchpointId)) return notFound('touchpoint');
  return ok(removeTouchpoints(state, new Set([command.touchpointId])));
}
