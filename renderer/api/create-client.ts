/**
 * Picks the transport at startup: the preload bridge when the page runs in
 * the desktop window, the WebSocket back to the serving host otherwise, and
 * puts the one client on it. The desktop window is always the facilitator's;
 * a browser page is whatever the host says it is as it connects (the
 * facilitator's page, a member of the room by its stored credential, or a
 * guest that may join).
 */
import { findBridge } from './bridge';
import type { JourneyClient } from './client';
import { browserCredentialStore, localStorageOrNull, subprotocolsFor } from './credential-store';
import { HostClient } from './host-client';
import { IpcTransport } from './ipc-transport';
import { socketUrlFor, WsTransport } from './ws-transport';

export function createClient(): JourneyClient {
  const bridge = findBridge();
  if (bridge) return new HostClient(new IpcTransport(bridge), { session: { kind: 'facilitator' } });
  const credentials = browserCredentialStore(localStorageOrNull(), window.location.host);
  const transport = new WsTransport(socketUrlFor(window.location), () => subprotocolsFor(credentials.read()));
  return new HostClient(transport, { credentials, onRefused: () => transport.stop() });
}
