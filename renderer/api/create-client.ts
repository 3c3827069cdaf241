/**
 * Picks the transport at startup: the preload bridge when the page runs in
 * the desktop window, the WebSocket back to the serving host otherwise. A
 * browser page may join as a team; the desktop window is the facilitator's.
 */
import { findBridge } from './bridge';
import type { JourneyClient } from './client';
import { IpcClient } from './ipc-client';
import { socketUrlFor, WsClient } from './ws-client';

export function createClient(options: { readonly teamId?: string | null } = {}): JourneyClient {
  const bridge = findBridge();
  if (bridge) return new IpcClient(bridge);
  const teamId = options.teamId;
  return new WsClient(socketUrlFor(window.location), teamId ? { teamId } : undefined);
}
