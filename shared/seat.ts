/**
 * Who sends a change and whose view a page gets: the facilitator, or one
 * team. Each seat has its own undo history, and each team's page receives
 * only that team's view of the workshop.
 */
import type { Id } from './model';

export type Seat = { readonly kind: 'facilitator' } | { readonly kind: 'team'; readonly teamId: Id };

export const FACILITATOR: Seat = { kind: 'facilitator' };

/** The seat of a page that joined as `teamId`, or the facilitator's when it joined as nobody. */
export function seatFor(teamId: Id | null | undefined): Seat {
  return teamId ? { kind: 'team', teamId } : FACILITATOR;
}

export function isTeamSeat(seat: Seat | undefined): seat is Extract<Seat, { kind: 'team' }> {
  return seat?.kind === 'team';
}

/** One string per seat, for maps. */
export function seatKey(seat: Seat): string {
  return seat.kind === 'team' ? `team:${seat.teamId}` : 'facilitator';
}
