/**
 * What a handler knows about who asked: one connection — the desktop
 * window, or one browser's WebSocket. Opening a workshop subscribes that
 * connection to its changes.
 */

/** A connection that joined one workshop as one team (see shared/roles.ts for what it may do). */
export interface TeamSeat {
  readonly workshopId: string;
  readonly teamId: string;
}

export interface ApiClient {
  /** This connection, so the changes it sent are not echoed back to it (its reply carries them). */
  readonly id: string;
  /** This connection now shows the workshop and should receive its changes. */
  watch(workshopId: string): void;
  /** The team this connection joined as; absent or null means the facilitator. */
  readonly seat?: TeamSeat | null;
  /**
   * Makes this connection a team's page for good: it stops hearing about any
   * other workshop, and everything it receives is that team's view. Absent
   * where a connection cannot join as a team (the desktop window is the
   * facilitator's).
   */
  joinAsTeam?(seat: TeamSeat): void;
}
