/**
 * The action plan: the fixes the room chose, turned into work with an owner,
 * a due date and a way to tell it worked. Their order keys give the priority
 * order the PDF prints.
 */
import type { Action, Id, Workshop } from '../model';
import { keyAfterAll } from '../order';
import type { CommandContext } from '../result';
import {
  count,
  findById,
  hasId,
  LIMITS,
  movedTo,
  notFound,
  ok,
  overLimit,
  pastTheEnd,
  patch,
  pillarNotFound,
  type CommandOf,
  type Outcome,
} from './common';

/** Checks the fix, pillar and touchpoint an action points at (null means none). */
function missingLinks(
  state: Workshop,
  links: { fixId?: Id | null; pillarId?: Id | null; touchpointId?: Id | null },
): Outcome | undefined {
  if (links.fixId != null && !hasId(state.fixes, links.fixId)) return notFound('fix');
  if (links.pillarId != null && !hasId(state.framework.pillars, links.pillarId)) return pillarNotFound();
  if (links.touchpointId != null && !hasId(state.touchpoints, links.touchpointId)) return notFound('touchpoint');
  return undefined;
}

export function addAction(state: Workshop, command: CommandOf<'action/add'>, ctx: CommandContext): Outcome {
  const missing = missingLinks(state, command);
  if (missing) return missing;
  if (state.actions.length >= LIMITS.actions) return overLimit('actions', 'actions');
  const action: Action = {
    id: ctx.newId(),
    order: keyAfterAll(state.actions),
    fixId: command.fixId,
    title: command.title,
    owner: command.owner,
    dueDate: command.dueDate,
    successMeasure: command.successMeasure ?? '',
    pillarId: command.pillarId,
    touchpointId: command.touchpointId,
    status: 'planned',
  };
  return ok({ ...state, actions: [...state.actions, action] });
}

export function updateAction(state: Workshop, command: CommandOf<'action/update'>): Outcome {
  const action = findById(state.actions, command.actionId);
  if (!action) return notFound('action');
  const missing = missingLinks(state, command);
  if (missing) return missing;
  const { title, owner, dueDate, successMeasure, pillarId, touchpointId, status } = command;
  const next = patch(action, { title, owner, dueDate, successMeasure, pillarId, touchpointId, status });
  if (next === action) return ok(state);
  return ok({ ...state, actions: state.actions.map((a) => (a === action ? next : a)) });
}

export function moveAction(state: Workshop, command: CommandOf<'action/move'>): Outcome {
  if (!hasId(state.actions, command.actionId)) return notFound('action');
  const n = state.actions.length;
  const past = pastTheEnd(command.toIndex, n - 1, 'in the action plan', `it holds ${count(n, 'action')}`);
  if (past) return past;
  const moved = movedTo(state.actions, command.actionId, command.toIndex);
  if (!moved) return notFound('action');
  return ok({ ...state, actions: state.actions.map((a) => (a.id === moved.id ? moved : a)) });
}

export function removeAction(state: Workshop, command: CommandOf<'action/remove'>): Outcome {
  if (!hasId(state.actions, command.actionId)) return notFound('action');
  return ok({ ...state, actions: state.actions.filter((a) => a.id !== command.actionId) });
}
