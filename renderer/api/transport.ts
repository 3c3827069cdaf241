/**
 * The small interface the one client (host-client.ts) speaks through: send a
 * message, hear messages, know whether the line is up. Two implementations:
 * the desktop window's preload bridge (ipc-transport.ts) and a browser's
 * WebSocket back to the serving host (ws-transport.ts). Both carry the same
 * JSON messages of shared/wire.ts.
 */
export type TransportState = 'connecting' | 'open' | 'reconnecting';

export interface Transport {
  /** Where this page runs; decides how exports reach the person. */
  readonly platform: 'desktop' | 'browser';
  readonly state: TransportState;
  /** Sends one message; false when the line is down (the client keeps it and sends it later). */
  send(text: string): boolean;
  onMessage(listener: (text: string) => void): void;
  onState(listener: (state: TransportState) => void): void;
}
