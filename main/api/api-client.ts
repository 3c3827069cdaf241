/**
 * What a handler knows about who asked: one desktop window or one browser
 * connection. Opening a workshop subscribes that client to its changes.
 */

/** A connection that joined one workshop as one team (see shared/roles.ts for what it may do). */
export interface TeamSeat {
  readonly workshopId: string;
  readonly teamId: string;
}

export interface ApiClient {
  /** This client now shows the workshop and should receive its `workshop/changed` events. */
  watch(workshopId: string): void;
  /** The team this client joined as; absent or null means the facilitator. */
  readonly seat?: TeamSeat | null;
  /**
   * Makes this client a team's page for good: it stops hearing about any
   * other workshop, and everything it receives is that team's view. Absent
   * where a client cannot join as a team (the desktop window is the
   * facilitator's).
   */
  joinAsTeam?(seat: TeamSeat): void;
}

/** For callers that do not track subscriptions (the desktop window hears every event). */
export const UNTRACKED_CLIENT: ApiClient = { watch: () => undefined };
