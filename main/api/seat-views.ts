/**
 * The way out to each seat. The host holds and saves the whole workshop and
 * tells of each change once; here it is cut for each seat that receives it:
 * the facilitator's pages get the change record as it is, a team's page the
 * change to its team's view (shared/changes/seat-view.ts). Each seat's cut of
 * an update is made once and shared by all of that seat's pages.
 */
import { patchForSeat, stateForSeat } from '../../shared/changes/seat-view';
import type { Patch } from '../../shared/changes/types';
import type { Workshop } from '../../shared/model';
import { guestRequestRefusal, JOIN_FIRST, teamRequestRefusal, type Refusal } from '../../shared/roles';
import { FACILITATOR, viewKey, type Seat } from '../../shared/seat';
import type { Method, OpenResult, Params, WorkshopSnapshot, WorkshopUpdate } from '../../shared/wire';
import type { HostUpdate, OpenedWorkshop, WorkshopHost } from '../host/workshop-host';
import type { ApiClient } from './api-client';
import { ApiRefusal } from './api-errors';

/** The seat a connection speaks for; a guest has none and is refused before any handler runs. */
export function seatOf(client: ApiClient): Seat {
  const session = client.session;
  if (session.kind === 'facilitator') return FACILITATOR;
  if (session.kind === 'member') return { kind: 'team', teamId: session.teamId, participantId: session.participantId };
  throw new ApiRefusal('forbidden', JOIN_FIRST);
}

interface Cuts {
  /** The patch per view: every page of a team sees the same change. */
  readonly patches: Map<string, Patch>;
  /**
   * The update per view and undo state: a person's device has its own undo
   * history, but most of a team's devices share the same two flags, so they
   * share one cut — and one JSON text.
   */
  readonly updates: Map<string, WorkshopUpdate>;
}

const cuts = new WeakMap<HostUpdate, Cuts>();

/** The update as this seat receives it, with the seat's own undo and redo state. */
export function updateForSeat(update: HostUpdate, seat: Seat, host: WorkshopHost): WorkshopUpdate {
  let made = cuts.get(update);
  if (!made) {
    made = { patches: new Map(), updates: new Map() };
    cuts.set(update, made);
  }
  const history = host.historyFlags(update.workshopId, seat);
  const view = viewKey(seat);
  // The history can move on (the seat undid something) while the patch stays the same: the flags are part of the key.
  const key = `${view}|${history.canUndo ? 'u' : '-'}${history.canRedo ? 'r' : '-'}`;
  const cached = made.updates.get(key);
  if (cached) return cached;
  let patch = made.patches.get(view);
  if (!patch) {
    patch = patchForSeat(update.before, update.after, update.changes, seat);
    made.patches.set(view, patch);
  }
  const cut: WorkshopUpdate = { workshopId: update.workshopId, epoch: update.epoch, seq: update.seq, patch, history };
  made.updates.set(key, cut);
  return cut;
}

/** The whole workshop as this seat sees it. */
export function snapshotForSeat(opened: OpenedWorkshop, seat: Seat, host: WorkshopHost): WorkshopSnapshot {
  const history = host.historyFlags(opened.workshopId, seat);
  // A room joining at once opens the same workshop many times: one snapshot (and one JSON text) per view and undo state.
  let perKey = snapshots.get(opened.state);
  if (!perKey) {
    perKey = new Map();
    snapshots.set(opened.state, perKey);
  }
  const key = `${opened.epoch}|${String(opened.seq)}|${viewKey(seat)}|${history.canUndo ? 'u' : '-'}${history.canRedo ? 'r' : '-'}`;
  let snapshot = perKey.get(key);
  if (!snapshot) {
    snapshot = { workshopId: opened.workshopId, epoch: opened.epoch, seq: opened.seq, state: stateForSeat(opened.state, seat), history };
    perKey.set(key, snapshot);
  }
  return snapshot;
}

const snapshots = new WeakMap<Workshop, Map<string, WorkshopSnapshot>>();
const openResults = new WeakMap<WorkshopSnapshot, OpenResult>();

/** The open request's answer for this snapshot, the same object each time so its JSON text is made once. */
export function openResultFor(snapshot: WorkshopSnapshot): OpenResult {
  let result = openResults.get(snapshot);
  if (!result) {
    result = { kind: 'snapshot', snapshot };
    openResults.set(snapshot, result);
  }
  return result;
}

/** What an export may contain for this connection. */
export function exportableState(workshop: Workshop, client: ApiClient): Workshop {
  return stateForSeat(workshop, seatOf(client));
}

/**
 * Why this connection may not make this request at all, or null. A guest may
 * only join; a device in the room stays in the room's workshop, and within it
 * shared/roles.ts decides; the facilitator may do anything but join as a device.
 */
export function seatRefusal<M extends Method>(client: ApiClient, method: M, params: Params<M>): Refusal {
  const session = client.session;
  if (session.kind === 'guest') return guestRequestRefusal(method);
  if (session.kind === 'facilitator') {
    return method === 'room/join' ? "This page is the facilitator's; join the room from another device or browser." : null;
  }
  if ('workshopId' in params && params.workshopId !== session.workshopId) {
    return 'This device joined the room for another workshop; it can open only that one.';
  }
  return teamRequestRefusal(method, params);
}
