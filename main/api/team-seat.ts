/**
 * The way out to a team's page. The host holds and saves the whole workshop;
 * a connection that joined as a team gets, in every reply and every
 * broadcast, only what `viewForTeam` leaves in. The facilitator's snapshots
 * pass through untouched (the same object, so its JSON is made once for all
 * of them), and each team's view of a snapshot is made once and shared by
 * that team's reply and broadcasts.
 */
import type { Workshop } from '../../shared/model';
import { teamRequestRefusal, type Refusal } from '../../shared/roles';
import { viewForTeam } from '../../shared/selectors/team-view';
import type { Method, Params, WorkshopSnapshot } from '../../shared/wire';
import type { ApiClient, TeamSeat } from './api-client';

const teamViews = new WeakMap<WorkshopSnapshot, Map<string, WorkshopSnapshot>>();

/**
 * The snapshot as team `teamId` may see it. Undo and redo are the
 * facilitator's, so a team's page never offers them.
 */
export function snapshotForTeam(snapshot: WorkshopSnapshot, teamId: string): WorkshopSnapshot {
  let perTeam = teamViews.get(snapshot);
  if (!perTeam) {
    perTeam = new Map();
    teamViews.set(snapshot, perTeam);
  }
  let view = perTeam.get(teamId);
  if (!view) {
    view = { ...snapshot, state: viewForTeam(snapshot.state, teamId), canUndo: false, canRedo: false };
    perTeam.set(teamId, view);
  }
  return view;
}

/** What this client may receive of a snapshot: all of it for the facilitator, the team's view otherwise. */
export function snapshotForSeat(snapshot: WorkshopSnapshot, seat: TeamSeat | null | undefined): WorkshopSnapshot {
  return seat ? snapshotForTeam(snapshot, seat.teamId) : snapshot;
}

/** What an export may contain for this client. */
export function stateForSeat(workshop: Workshop, seat: TeamSeat | null | undefined): Workshop {
  return seat ? viewForTeam(workshop, seat.teamId) : workshop;
}

/**
 * Why this client may not make this request at all, or null. A team's page
 * stays in the workshop it joined; within it, shared/roles.ts decides.
 */
export function seatRefusal<M extends Method>(client: ApiClient, method: M, params: Params<M>): Refusal {
  const seat = client.seat;
  if (!seat) return null;
  if ('workshopId' in params && params.workshopId !== seat.workshopId) {
    return 'This page joined another workshop as a team. Open this one from a page of its own.';
  }
  return teamRequestRefusal(method, params);
}
