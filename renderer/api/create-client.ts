/**
 * Picks the transport at startup: the preload bridge when the page runs in
 * the desktop window, the WebSocket back to the serving host otherwise, and
 * puts the one client on it. A browser page may join as a team; the desktop
 * window is the facilitator's.
 */
import { findBridge } from './bridge';
import type { JourneyClient } from './client';
import { HostClient } from './host-client';
import { IpcTransport } from './ipc-transport';
import { socketUrlFor, WsTransport } from './ws-transport';

export function createClient(options: { readonly teamId?: string | null } = {}): JourneyClient {
  const bridge = findBridge();
  if (bridge) return new HostClient(new IpcTransport(bridge));
  const teamId = options.teamId;
  const transport = new WsTransport(socketUrlFor(window.location));
  return new HostClient(transport, teamId ? { teamId } : undefined, () => transport.stop());
}
