/**
 * What one seat receives. The facilitator gets every change as it is; a
 * team's page gets its team's view (shared/selectors/team-view.ts), and each
 * change is cut to match: the difference between the team's view before and
 * after. So a reveal brings a team every rating it could not see, and a
 * change to another team's silent rating reaches it as nothing but the time
 * of the last change.
 */
import type { Workshop } from '../model';
import type { Seat } from '../seat';
import { viewForTeam } from '../selectors/team-view';
import { diffWorkshops } from './diff';
import { toPatch } from './patch';
import type { Changes, Patch } from './types';

/** Each workshop's team views, made once and shared by every page of that team. */
const views = new WeakMap<Workshop, Map<string, Workshop>>();

/** The workshop as this seat may see it. */
export function stateForSeat(workshop: Workshop, seat: Seat): Workshop {
  if (seat.kind === 'facilitator') return workshop;
  let perTeam = views.get(workshop);
  if (!perTeam) {
    perTeam = new Map();
    views.set(workshop, perTeam);
  }
  let view = perTeam.get(seat.teamId);
  if (!view) {
    view = viewForTeam(workshop, seat.teamId);
    perTeam.set(seat.teamId, view);
  }
  return view;
}

/** The patch that takes this seat's view of `before` to its view of `after`. */
export function patchForSeat(before: Workshop, after: Workshop, changes: Changes, seat: Seat): Patch {
  if (seat.kind === 'facilitator') return toPatch(changes);
  return toPatch(diffWorkshops(stateForSeat(before, seat), stateForSeat(after, seat)));
}
