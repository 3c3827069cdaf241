/**
 * What the desktop window's preload puts on `window.journeyRoom`: a small,
 * named object — never Electron's ipcRenderer itself. The renderer's IPC
 * client is built on it; in a browser it is absent and the WebSocket client
 * is used instead.
 */
export interface JourneyRoomBridge {
  /** Sends one request of the wire contract (shared/wire.ts); resolves with its response envelope. */
  invoke(method: string, params: unknown): Promise<unknown>;
  /** Hears every host event (`workshop/changed`, `library/changed`); returns a function that stops listening. */
  onEvent(listener: (name: string, data: unknown) => void): () => void;
  /** `process.platform` of the computer: 'darwin', 'win32', 'linux', … */
  readonly platform: string;
}

/** The IPC channels the bridge uses; the main process answers only these. */
export const BRIDGE_CHANNELS = {
  invoke: 'journey-room:invoke',
  event: 'journey-room:event',
} as const;
