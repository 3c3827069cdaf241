/**
 * What a handler knows about who asked: one desktop window or one browser
 * connection. Opening a workshop subscribes that client to its changes.
 */
export interface ApiClient {
  /** This client now shows the workshop and should receive its `workshop/changed` events. */
  watch(workshopId: string): void;
}

/** For callers that do not track subscriptions (the desktop window hears every event). */
export const UNTRACKED_CLIENT: ApiClient = { watch: () => undefined };
