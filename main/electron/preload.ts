/**
 * Runs in the sandboxed window before the page. It exposes one small, named
 * object — `window.journeyRoom` — and never ipcRenderer itself, so the page
 * can send wire messages and hear the app's, nothing more. Built as
 * CommonJS: a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_CHANNELS, type JourneyRoomBridge } from '../../shared/bridge';
import { PROJECTOR_CHANNELS, projectorOpenRequestSchema, type ProjectorOpenResult } from '../../shared/projector-bridge';

/** What the page hears when it asks for the projector with something the main process would not take. */
const NOT_UNDERSTOOD: ProjectorOpenResult = { ok: false, message: 'That request to open the projector was not understood.' };

const bridge: JourneyRoomBridge = {
  send: (text) => {
    if (typeof text === 'string') ipcRenderer.send(BRIDGE_CHANNELS.toMain, text);
  },
  onMessage(listener) {
    if (typeof listener !== 'function') return () => undefined;
    const forward = (_event: IpcRendererEvent, text: unknown) => {
      if (typeof text === 'string') listener(text);
    };
    ipcRenderer.on(BRIDGE_CHANNELS.toPage, forward);
    return () => {
      ipcRenderer.removeListener(BRIDGE_CHANNELS.toPage, forward);
    };
  },
  platform: process.platform,
  // Requests are checked here and again by the main process (projector-window.ts); answers by the
  // page (renderer/features/present/open-projector.ts). Only the checked fields go across.
  projector: {
    displays: () => ipcRenderer.invoke(PROJECTOR_CHANNELS.displays),
    open: (request) => {
      const checked = projectorOpenRequestSchema.safeParse(request);
      return checked.success ? ipcRenderer.invoke(PROJECTOR_CHANNELS.open, checked.data) : Promise.resolve(NOT_UNDERSTOOD);
    },
  },
};

contextBridge.exposeInMainWorld('journeyRoom', bridge);
