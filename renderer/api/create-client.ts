/**
 * Picks the transport at startup: the preload bridge when the page runs in
 * the desktop window, the WebSocket back to the serving host otherwise.
 */
import { findBridge } from './bridge';
import type { JourneyClient } from './client';
import { IpcClient } from './ipc-client';
import { socketUrlFor, WsClient } from './ws-client';

export function createClient(): JourneyClient {
  const bridge = findBridge();
  return bridge ? new IpcClient(bridge) : new WsClient(socketUrlFor(window.location));
}
