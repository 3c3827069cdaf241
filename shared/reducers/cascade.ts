/**
 * What goes with a thing when it goes. Removing a stage takes its cards;
 * removing a card takes its ratings and unlinks it from fixes and actions;
 * removing a fix takes its dots and tallies and takes it out of runoffs. Kept
 * in one place so every removal — and undo's clean-up after other people's
 * changes — follows the same rules.
 */
import type { Id, Runoff, Workshop } from '../model';
import { keepWhere, mapKeep } from './common';

/**
 * Closes runoff round `round` and every round after it: their runoffs go, and
 * so do the dots and tallies cast in them. The room is back in the round
 * before, whose results were on show when the runoff began, so they show again.
 */
export function dropRoundsFrom(state: Workshop, round: number): Workshop {
  const { runoffs } = state.voting;
  if (round < 1 || round > runoffs.length) return state;
  return {
    ...state,
    votes: keepWhere(state.votes, (v) => v.round < round),
    tallies: keepWhere(state.tallies, (t) => t.round < round),
    voting: { ...state.voting, runoffs: runoffs.slice(0, round - 1), revealed: true },
  };
}

/**
 * Takes fixes out of runoff lists. A runoff left with no fix at all cannot be
 * voted in, so it closes (with every round after it, which could only hold
 * fixes it held); a runoff left with one fix stays, so the room sees its
 * result and decides whether to cancel it.
 */
function withoutRunoffFixes(state: Workshop, gone: (id: Id) => boolean): Workshop {
  const runoffs = mapKeep(state.voting.runoffs, (runoff): Runoff => {
    const fixIds = keepWhere(runoff.fixIds, (id) => !gone(id));
    return fixIds === runoff.fixIds ? runoff : { ...runoff, fixIds };
  });
  if (runoffs === state.voting.runoffs) return state;
  const next = { ...state, voting: { ...state.voting, runoffs } };
  const firstEmpty = runoffs.findIndex((r) => r.fixIds.length === 0);
  return firstEmpty < 0 ? next : dropRoundsFrom(next, firstEmpty + 1);
}

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

/** Removes these fixes, their dots and tallies, and their places in runoffs; actions made from them keep their text. */
export function removeFixes(state: Workshop, ids: ReadonlySet<Id>): Workshop {
  if (ids.size === 0) return state;
  const fixes = keepWhere(state.fixes, (f) => !ids.has(f.id));
  if (fixes === state.fixes) return state;
  return withoutRunoffFixes(
    {
      ...state,
      fixes,
      votes: keepWhere(state.votes, (v) => !ids.has(v.fixId)),
      tallies: keepWhere(state.tallies, (t) => !ids.has(t.fixId)),
      actions: mapKeep(state.actions, (action) =>
        action.fixId !== null && ids.has(action.fixId) ? { ...action, fixId: null } : action,
      ),
    },
    (id) => ids.has(id),
  );
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
  next = withoutRunoffFixes(next, (id) => !fixes.has(id));
  // A dot or tally counts only on a fix its round offers (round 0 offers every fix).
  const { runoffs } = next.voting;
  const offered = (round: number, fixId: Id) =>
    fixes.has(fixId) && (round === 0 || (runoffs[round - 1]?.fixIds.includes(fixId) ?? false));
  const votes = keepWhere(
    next.votes,
    (v) => offered(v.round, v.fixId) && participants.has(v.participantId),
  );
  const tallies = keepWhere(next.tallies, (t) => offered(t.round, t.fixId));
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
    tallies === next.tallies &&
    fixList === next.fixes &&
    actions === next.actions
  ) {
    return next;
  }
  return { ...next, ratings, votes, tallies, fixes: fixList, actions };
}
