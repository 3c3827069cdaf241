/**
 * Fixes and the people who vote. The dots themselves are in ballots.ts, the
 * vote's rules and rounds in rounds.ts, merging two fixes in merge.ts.
 */
import type { Fix, Id, Workshop } from '../model';
import { keyAfterAll } from '../order';
import type { CommandContext } from '../result';
import { removeFixes, removeParticipants } from './cascade';
import {
  fail,
  findById,
  hasId,
  LIMITS,
  nameKey,
  notFound,
  ok,
  overLimit,
  patch,
  pillarNotFound,
  unique,
  type CommandOf,
  type Outcome,
} from './common';

/** Checks the touchpoints and pillars a fix points at; undefined when all exist. */
function missingLinks(
  state: Workshop,
  links: { touchpointIds?: readonly Id[]; pillarIds?: readonly Id[] },
): Outcome | undefined {
  if (links.touchpointIds?.some((id) => !hasId(state.touchpoints, id))) return notFound('touchpoint');
  if (links.pillarIds?.some((id) => !hasId(state.framework.pillars, id))) return pillarNotFound();
  return undefined;
}

export function addFix(state: Workshop, command: CommandOf<'fix/add'>, ctx: CommandContext): Outcome {
  if (!hasId(state.teams, command.teamId)) return notFound('team');
  const missing = missingLinks(state, command);
  if (missing) return missing;
  if (state.fixes.length >= LIMITS.fixes) return overLimit('fixes', 'fixes');
  const fix: Fix = {
    id: ctx.newId(),
    order: keyAfterAll(state.fixes),
    teamId: command.teamId,
    title: command.title,
    description: command.description ?? '',
    touchpointIds: unique(command.touchpointIds),
    pillarIds: unique(command.pillarIds),
    impact: command.impact,
    effort: command.effort,
  };
  return ok({ ...state, fixes: [...state.fixes, fix] });
}

export function updateFix(state: Workshop, command: CommandOf<'fix/update'>): Outcome {
  const fix = findById(state.fixes, command.fixId);
  if (!fix) return notFound('fix');
  const refused = badNewTeam(state, fix, command.teamId) ?? missingLinks(state, command);
  if (refused) return refused;
  const { teamId, title, description, impact, effort } = command;
  const touchpointIds = command.touchpointIds && unique(command.touchpointIds);
  const pillarIds = command.pillarIds && unique(command.pillarIds);
  const next = patch(fix, { teamId, title, description, impact, effort, touchpointIds, pillarIds });
  if (next === fix) return ok(state);
  return ok({ ...state, fixes: state.fixes.map((f) => (f === fix ? next : f)) });
}

/**
 * Whether the fix may pass to another proposing team. With own-team voting
 * off, a member of the new team who already has dots on it (in any round)
 * would be voting for their own team's fix, so the change waits until they
 * take those dots back.
 */
function badNewTeam(state: Workshop, fix: Fix, teamId: Id | undefined): Outcome | undefined {
  if (teamId === undefined || teamId === fix.teamId) return undefined;
  const team = findById(state.teams, teamId);
  if (!team) return notFound('team');
  if (state.voting.ownTeamVoting) return undefined;
  const voter = state.participants.find(
    (p) => p.teamId === teamId && state.votes.some((v) => v.fixId === fix.id && v.participantId === p.id && v.dots > 0),
  );
  if (!voter) return undefined;
  return fail(
    'conflict',
    `${voter.name} of ${team.name} already has dots on this fix, and teams may not vote for their own fixes. Ask them to take those dots back first, or keep the fix with its present team.`,
  );
}

/** Removes the fix and the dots on it; actions made from it keep their text. */
export function removeFix(state: Workshop, command: CommandOf<'fix/remove'>): Outcome {
  if (!hasId(state.fixes, command.fixId)) return notFound('fix');
  return ok(removeFixes(state, new Set([command.fixId])));
}

/** Two people with the same name would be impossible to tell apart on the ballot. */
export function addParticipant(
  state: Workshop,
  command: CommandOf<'participant/add'>,
  ctx: CommandContext,
): Outcome {
  if (!hasId(state.teams, command.teamId)) return notFound('team');
  const key = nameKey(command.name);
  if (state.participants.some((p) => nameKey(p.name) === key)) {
    return fail(
      'conflict',
      `There is already a participant called “${command.name}”. Add an initial to tell them apart.`,
    );
  }
  if (state.participants.length >= LIMITS.participants) return overLimit('participants', 'participants');
  const participant = { id: ctx.newId(), order: keyAfterAll(state.participants), name: command.name, teamId: command.teamId };
  return ok({ ...state, participants: [...state.participants, participant] });
}

/** A new name (still told apart from everyone else's) or another team; the person's dots stay where they are. */
export function updateParticipant(state: Workshop, command: CommandOf<'participant/update'>): Outcome {
  const person = state.participants.find((p) => p.id === command.participantId);
  if (!person) return notFound('participant');
  if (command.teamId !== undefined && !hasId(state.teams, command.teamId)) return notFound('team');
  if (command.name !== undefined) {
    const key = nameKey(command.name);
    if (state.participants.some((p) => p.id !== person.id && nameKey(p.name) === key)) {
      return fail('conflict', `There is already a participant called “${command.name}”. Add an initial to tell them apart.`);
    }
  }
  const next = { ...person, name: command.name ?? person.name, teamId: command.teamId ?? person.teamId };
  if (next.name === person.name && next.teamId === person.teamId) return ok(state);
  return ok({ ...state, participants: state.participants.map((p) => (p.id === person.id ? next : p)) });
}

export function removeParticipant(state: Workshop, command: CommandOf<'participant/remove'>): Outcome {
  if (!hasId(state.participants, command.participantId)) return notFound('participant');
  return ok(removeParticipants(state, new Set([command.participantId])));
}
