/**
 * What goes with a thing when it goes. Removing a stage takes its cards;
 * removing a card takes its ratings and unlinks it from fixes and actions;
 * removing a fix takes its dots. Kept in one place so every removal — and
 * undo's clean-up after other people's changes — follows the same rules.
 */
import type { Id, Workshop } from '../model';
import { keepWhere, mapKeep } from './common';

/** Removes these touchpoints, their ratings, and every link to them. */
export function removeTouchpoints(state: Workshop, ids: ReadonlySet<Id>): Workshop {
  if (ids.size === 0) return state;
  const touchpoints = keepWhere(state.touchpoints, (t) => !ids.has(t.id));
  if (touchpoints === state.touchpoints) return state;
  return {
    ...state,
    touchpoints,
    ratings: keepWhere(state.ratings, (r) => !ids.has(r.touchpointId)),
    fixes: mapKeep(state.fixes, (fix) => {
      const touchpointIds = keepWhere(fix.touchpointIds, (id) => !ids.has(id));
      return touchpointIds === fix.touchpointIds ? fix : { ...fix, touchpointIds };
    }),
    actions: mapKeep(state.actions, (action) =>
      action.touchpointId !== null && ids.has(action.touchpointId)
        ? { ...action, touchpointId: null }
        : action,
    ),
  };
}

/** Removes these fixes and the dots on them; actions made from them keep their text. */
export function removeFixes(state: Workshop, ids: ReadonlySet<Id>): Workshop {
  if (ids.size === 0) return state;
  const fixes = keepWhere(state.fixes, (f) => !ids.has(f.id));
  if (fixes === state.fixes) return state;
  return {
    ...state,
    fixes,
    votes: keepWhere(state.votes, (v) => !ids.has(v.fixId)),
    actions: mapKeep(state.actions, (action) =>
      action.fixId !== null && ids.has(action.fixId) ? { ...action, fixId: null } : action,
    ),
  };
}

/** Removes these participants and their dots. */
export function removeParticipants(state: Workshop, ids: ReadonlySet<Id>): Workshop {
  if (ids.size === 0) return state;
  const participants = keepWhere(state.participants, (p) => !ids.has(p.id));
  if (participants === state.participants) return state;
  return {
    ...state,
    participants,
    votes: keepWhere(state.votes, (v) => !ids.has(v.participantId)),
  };
}

function idSet(items: readonly { readonly id: Id }[]): ReadonlySet<Id> {
  return new Set(items.map((item) => item.id));
}

/**
 * Drops whatever points at something that no longer exists. Undo puts back
 * whole parts of the workshop; when others changed the room in between, the
 * restored parts may point at things since removed. A consistent workshop
 * comes back unchanged (the same object).
 */
export function repairReferences(state: Workshop): Workshop {
  let next = state;

  const teams = idSet(next.teams);
  const stages = idSet(next.stages);
  const channels = idSet(next.channels);
  const orphanCards = next.touchpoints.filter(
    (t) => !teams.has(t.teamId) || !stages.has(t.stageId) || !channels.has(t.channelId),
  );
  next = removeTouchpoints(next, idSet(orphanCards));

  const orphanFixes = next.fixes.filter((f) => !teams.has(f.teamId));
  next = removeFixes(next, idSet(orphanFixes));

  const orphanPeople = next.participants.filter((p) => !teams.has(p.teamId));
  next = removeParticipants(next, idSet(orphanPeople));

  const touchpoints = idSet(next.touchpoints);
  const fixes = idSet(next.fixes);
  const participants = idSet(next.participants);

  const ratings = keepWhere(
    next.ratings,
    (r) => teams.has(r.teamId) && touchpoints.has(r.touchpointId),
  );
  const votes = keepWhere(
    next.votes,
    (v) => fixes.has(v.fixId) && participants.has(v.participantId),
  );
  const fixList = mapKeep(next.fixes, (fix) => {
    const touchpointIds = keepWhere(fix.touchpointIds, (id) => touchpoints.has(id));
    return touchpointIds === fix.touchpointIds ? fix : { ...fix, touchpointIds };
  });
  const actions = mapKeep(next.actions, (action) => {
    const fixGone = action.fixId !== null && !fixes.has(action.fixId);
    const cardGone = action.touchpointId !== null && !touchpoints.has(action.touchpointId);
    if (!fixGone && !cardGone) return action;
    return {
      ...action,
      fixId: fixGone ? null : action.fixId,
      touchpointId: cardGone ? null : action.touchpointId,
    };
  });

  if (
    ratings === next.ratings &&
    votes === next.votes &&
    fixList === next.fixes &&
    actions === next.actions
  ) {
    return next;
  }
  return { ...next, ratings, votes, fixes: fixList, actions };
}
