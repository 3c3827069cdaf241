/**
 * The way out to each seat. The host holds and saves the whole workshop and
 * tells of each change once; here it is cut for each seat that receives it:
 * the facilitator's pages get the change record as it is, a team's page the
 * change to its team's view (shared/changes/seat-view.ts). Each seat's cut of
 * an update is made once and shared by all of that seat's pages.
 */
import { patchForSeat, stateForSeat } from '../../shared/changes/seat-view';
import type { Workshop } from '../../shared/model';
import { teamRequestRefusal, type Refusal } from '../../shared/roles';
import { FACILITATOR, seatKey, type Seat } from '../../shared/seat';
import type { Method, Params, WorkshopSnapshot, WorkshopUpdate } from '../../shared/wire';
import type { HostUpdate, OpenedWorkshop, WorkshopHost } from '../host/workshop-host';
import type { ApiClient } from './api-client';

/** The seat a connection speaks for. */
export function seatOf(client: ApiClient): Seat {
  return client.seat ? { kind: 'team', teamId: client.seat.teamId } : FACILITATOR;
}

const cuts = new WeakMap<HostUpdate, Map<string, WorkshopUpdate>>();

/** The update as this seat receives it, with the seat's own undo and redo state. */
export function updateForSeat(update: HostUpdate, seat: Seat, host: WorkshopHost): WorkshopUpdate {
  let perSeat = cuts.get(update);
  if (!perSeat) {
    perSeat = new Map();
    cuts.set(update, perSeat);
  }
  const key = seatKey(seat);
  const history = host.historyFlags(update.workshopId, seat);
  const cached = perSeat.get(key);
  // The history can move on (the seat undid something) while the patch stays the same.
  if (cached && cached.history.canUndo === history.canUndo && cached.history.canRedo === history.canRedo) return cached;
  const cut: WorkshopUpdate = {
    workshopId: update.workshopId,
    epoch: update.epoch,
    seq: update.seq,
    patch: cached?.patch ?? patchForSeat(update.before, update.after, update.changes, seat),
    history,
  };
  perSeat.set(key, cut);
  return cut;
}

/** The whole workshop as this seat sees it. */
export function snapshotForSeat(opened: OpenedWorkshop, seat: Seat, host: WorkshopHost): WorkshopSnapshot {
  return {
    workshopId: opened.workshopId,
    epoch: opened.epoch,
    seq: opened.seq,
    state: stateForSeat(opened.state, seat),
    history: host.historyFlags(opened.workshopId, seat),
  };
}

/** What an export may contain for this connection. */
export function exportableState(workshop: Workshop, client: ApiClient): Workshop {
  return stateForSeat(workshop, seatOf(client));
}

/**
 * Why this connection may not make this request at all, or null. A team's
 * page stays in the workshop it joined; within it, shared/roles.ts decides.
 */
export function seatRefusal<M extends Method>(client: ApiClient, method: M, params: Params<M>): Refusal {
  const seat = client.seat;
  if (!seat) return null;
  if ('workshopId' in params && params.workshopId !== seat.workshopId) {
    return 'This page joined another workshop as a team. Open this one from a page of its own.';
  }
  return teamRequestRefusal(method, params);
}
