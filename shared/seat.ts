/**
 * Who sends a change and whose view a page gets: the facilitator, or one
 * team — either the team's shared page, or one person of the team on their
 * own device in the local-network room. Each seat has its own undo history
 * (a person's device undoes that person's changes only); every page of a
 * team, shared or personal, receives that team's view of the workshop.
 */
import type { Id } from './model';

export type Seat =
  | { readonly kind: 'facilitator' }
  | {
      readonly kind: 'team';
      readonly teamId: Id;
      /** Set for one person's own device: that person's undo, and dots cast only as them. */
      readonly participantId?: Id;
    };

export const FACILITATOR: Seat = { kind: 'facilitator' };

/** The seat of a page that joined as `teamId`, or the facilitator's when it joined as nobody. */
export function seatFor(teamId: Id | null | undefined, participantId?: Id | null): Seat {
  if (!teamId) return FACILITATOR;
  return participantId ? { kind: 'team', teamId, participantId } : { kind: 'team', teamId };
}

export function isTeamSeat(seat: Seat | undefined): seat is Extract<Seat, { kind: 'team' }> {
  return seat?.kind === 'team';
}

/** One string per seat, for its undo history: a person's device has its own. */
export function seatKey(seat: Seat): string {
  if (seat.kind === 'facilitator') return 'facilitator';
  return seat.participantId ? `person:${seat.participantId}` : `team:${seat.teamId}`;
}

/** One string per view: every page of a team, shared or personal, sees the same workshop. */
export function viewKey(seat: Seat): string {
  return seat.kind === 'team' ? `team:${seat.teamId}` : 'facilitator';
}
