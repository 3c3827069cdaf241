/**
 * Who is using this page: the facilitator, or one person of one team (a
 * device that joined the local-network room; its seat comes from the
 * host's session, shared/room.ts). Screens ask here before they offer a
 * control, and the answer comes from shared/roles.ts — the same table the
 * host checks every command against — so a team's page never shows a
 * button the host would refuse.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import type { SessionState } from '../../../shared/room';
import { teamCommandRefusal, teamRequestRefusal, type Refusal } from '../../../shared/roles';
import { FACILITATOR, isTeamSeat, seatFor, type Seat } from '../../../shared/seat';
import type { Method, Params } from '../../../shared/wire';

export { FACILITATOR, isTeamSeat, seatFor, type Seat } from '../../../shared/seat';

/** The seat a session speaks for: a member's person and team; null for a guest, which has none until it joins. */
export function sessionSeat(session: SessionState): Seat | null {
  if (session.kind === 'facilitator') return FACILITATOR;
  if (session.kind === 'member') return seatFor(session.teamId, session.participantId);
  return null;
}

/**
 * Why this seat may not send `command` to `workshop` now, or null when it may. The facilitator may send anything;
 * a person's own device is asked about as that person (their own dots only), as the host asks.
 */
export function commandRefusal(seat: Seat | undefined, workshop: Workshop, command: ClientCommand): Refusal {
  if (!isTeamSeat(seat)) return null;
  return teamCommandRefusal(workshop, { teamId: seat.teamId, participantId: seat.participantId ?? null }, command);
}

/** Whether this seat may send `command` to `workshop` now: what a screen asks before it shows the control. */
export function mayDispatch(seat: Seat | undefined, workshop: Workshop, command: ClientCommand): boolean {
  return commandRefusal(seat, workshop, command) === null;
}

/** Why this seat may not make the request at all, or null when it may (the facilitator may make any). */
export function requestRefusal<M extends Method>(seat: Seat | undefined, method: M, params: Params<M>): Refusal {
  return isTeamSeat(seat) ? teamRequestRefusal(method, params) : null;
}

/** Whether this seat may make the request at all. */
export function mayRequest<M extends Method>(seat: Seat | undefined, method: M, params: Params<M>): boolean {
  return requestRefusal(seat, method, params) === null;
}
