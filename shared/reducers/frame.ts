/**
 * The frame of the workshop: its title and framing text, the open phase, the
 * journey's stages and channels, and the teams. Stages and channels behave
 * alike (named, ordered, removing one takes its cards), so they share code.
 */
import { TEAM_COLORS, type Channel, type Id, type Stage, type Workshop } from '../model';
import { keyAfterAll, keyAt } from '../order';
import type { CommandContext } from '../result';
import { removeTouchpoints } from './cascade';
import {
  count,
  fail,
  findById,
  listOf,
  LIMITS,
  movedTo,
  nameKey,
  notFound,
  ok,
  overLimit,
  pastTheEnd,
  patch,
  thereAre,
  updateById,
  type CommandOf,
  type Outcome,
} from './common';

export function updateWorkshop(state: Workshop, command: CommandOf<'workshop/update'>): Outcome {
  const { title, organisation, facilitator, persona, scope, locale } = command;
  return ok(patch(state, { title, organisation, facilitator, persona, scope, locale }));
}

/** Stages and channels: the two axes of the journey grid. */
type Axis = 'stages' | 'channels';
const AXIS_WORD: Record<Axis, { kind: 'stage' | 'channel'; plural: string }> = {
  stages: { kind: 'stage', plural: 'stages' },
  channels: { kind: 'channel', plural: 'channels' },
};

function nameTaken(items: readonly { id: Id; name: string }[], name: string, exceptId?: Id): boolean {
  const key = nameKey(name);
  return items.some((item) => item.id !== exceptId && nameKey(item.name) === key);
}

function duplicateName(kind: string, name: string): Outcome {
  return fail('conflict', `There is already a ${kind} called “${name.trim()}”. Choose another name.`);
}

function withAxis(state: Workshop, axis: Axis, items: readonly (Stage | Channel)[]): Workshop {
  return axis === 'stages' ? { ...state, stages: items } : { ...state, channels: items };
}

export function addOnAxis(
  state: Workshop,
  axis: Axis,
  name: string,
  index: number | undefined,
  ctx: CommandContext,
): Outcome {
  const items = state[axis];
  const { kind, plural } = AXIS_WORD[axis];
  if (nameTaken(items, name)) return duplicateName(kind, name);
  if (items.length >= LIMITS[axis]) return overLimit(axis, plural);
  // Any place among them, or just after the last.
  const past = pastTheEnd(index, items.length, `among the ${plural}`, thereAre(items.length));
  if (past) return past;
  return ok(withAxis(state, axis, [...items, { id: ctx.newId(), order: keyAt(items, index), name }]));
}

export function renameOnAxis(state: Workshop, axis: Axis, id: Id, name: string): Outcome {
  const items = state[axis];
  const { kind } = AXIS_WORD[axis];
  const item = findById(items, id);
  if (!item) return notFound(kind);
  if (nameTaken(items, name, id)) return duplicateName(kind, name);
  if (item.name === name) return ok(state);
  return ok(withAxis(state, axis, updateById(items, id, (it) => ({ ...it, name }))));
}

export function moveOnAxis(state: Workshop, axis: Axis, id: Id, toIndex: number): Outcome {
  const items = state[axis];
  const { kind, plural } = AXIS_WORD[axis];
  if (!findById(items, id)) return notFound(kind);
  const past = pastTheEnd(toIndex, items.length - 1, `among the ${plural}`, thereAre(items.length));
  if (past) return past;
  const moved = movedTo(items, id, toIndex);
  if (!moved) return notFound(kind);
  return ok(withAxis(state, axis, updateById(items, id, () => moved)));
}

/** Removes a stage or channel and every card placed in it (undo brings them back). */
export function removeFromAxis(state: Workshop, axis: Axis, id: Id): Outcome {
  const items = state[axis];
  if (!findById(items, id)) return notFound(AXIS_WORD[axis].kind);
  const inIt = state.touchpoints.filter((t) =>
    axis === 'stages' ? t.stageId === id : t.channelId === id,
  );
  const without = removeTouchpoints(state, new Set(inIt.map((t) => t.id)));
  return ok(withAxis(without, axis, items.filter((item) => item.id !== id)));
}

/** The first palette colour no team uses yet, so cards stay easy to tell apart. */
function nextTeamColor(state: Workshop): string {
  const used = new Set(state.teams.map((t) => t.color.toLowerCase()));
  const free = TEAM_COLORS.find((c) => !used.has(c));
  return free ?? TEAM_COLORS[state.teams.length % TEAM_COLORS.length] ?? TEAM_COLORS[0];
}

export function addTeam(state: Workshop, command: CommandOf<'team/add'>, ctx: CommandContext): Outcome {
  if (nameTaken(state.teams, command.name)) return duplicateName('team', command.name);
  if (state.teams.length >= LIMITS.teams) return overLimit('teams', 'teams');
  const team = { id: ctx.newId(), order: keyAfterAll(state.teams), name: command.name, color: nextTeamColor(state) };
  return ok({ ...state, teams: [...state.teams, team] });
}

export function renameTeam(state: Workshop, command: CommandOf<'team/rename'>): Outcome {
  const team = findById(state.teams, command.teamId);
  if (!team) return notFound('team');
  if (nameTaken(state.teams, command.name, team.id)) return duplicateName('team', command.name);
  if (team.name === command.name) return ok(state);
  const name = command.name;
  return ok({ ...state, teams: updateById(state.teams, team.id, (t) => ({ ...t, name })) });
}

/** A team that still owns anything stays: removing it would silently lose the room's work. */
export function removeTeam(state: Workshop, command: CommandOf<'team/remove'>): Outcome {
  const team = findById(state.teams, command.teamId);
  if (!team) return notFound('team');
  const owned = [
    [state.touchpoints.filter((t) => t.teamId === team.id).length, 'card', 'cards'],
    [state.ratings.filter((r) => r.teamId === team.id).length, 'rating', 'ratings'],
    [state.fixes.filter((f) => f.teamId === team.id).length, 'fix', 'fixes'],
    [state.participants.filter((p) => p.teamId === team.id).length, 'participant', 'participants'],
  ] as const;
  const held = owned.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many));
  if (held.length > 0) {
    return fail(
      'conflict',
      `${team.name} still has ${listOf(held)}. Move or remove them before removing the team.`,
    );
  }
  return ok({ ...state, teams: state.teams.filter((t) => t.id !== team.id) });
}
