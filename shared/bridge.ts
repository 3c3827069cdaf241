import type { ProjectorBridge } from './projector-bridge';

/**
 * What the desktop window's preload puts on `window.journeyRoom`: a small,
 * named object — never Electron's ipcRenderer itself. It carries the same
 * messages as a browser's WebSocket (shared/wire.ts), so the page has one
 * client over two transports; in a browser it is absent.
 */
export interface JourneyRoomBridge {
  /** Sends one message of the wire protocol (JSON text) to the app. */
  send(text: string): void;
  /** Hears every message from the app (replies and events); returns a function that stops listening. */
  onMessage(listener: (text: string) => void): () => void;
  /** `process.platform` of the computer: 'darwin', 'win32', 'linux', … */
  readonly platform: string;
  /** Opens the projector window on a chosen screen (shared/projector-bridge.ts). */
  readonly projector?: ProjectorBridge;
}

/** The IPC channels the bridge uses; the main process answers only these. */
export const BRIDGE_CHANNELS = {
  toMain: 'journey-room:to-main',
  toPage: 'journey-room:to-page',
} as const;
