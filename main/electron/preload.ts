/**
 * Runs in the sandboxed window before the page. It exposes one small, named
 * object — `window.journeyRoom` — and never ipcRenderer itself, so the page
 * can send wire messages and hear the app's, nothing more. Built as
 * CommonJS: a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_CHANNELS, type JourneyRoomBridge } from '../../shared/bridge';
import { PROJECTOR_CHANNELS } from '../../shared/projector-bridge';

const bridge: JourneyRoomBridge = {
  send: (text) => {
    if (typeof text === 'string') ipcRenderer.send(BRIDGE_CHANNELS.toMain, text);
  },
  onMessage(listener) {
    const forward = (_event: IpcRendererEvent, text: unknown) => {
      if (typeof text === 'string') listener(text);
    };
    ipcRenderer.on(BRIDGE_CHANNELS.toPage, forward);
    return () => {
      ipcRenderer.removeListener(BRIDGE_CHANNELS.toPage, forward);
    };
  },
  platform: process.platform,
  // Answers are checked by the page (renderer/features/present/open-projector.ts), requests by the main process.
  projector: {
    displays: () => ipcRenderer.invoke(PROJECTOR_CHANNELS.displays),
    open: (request) => ipcRenderer.invoke(PROJECTOR_CHANNELS.open, request),
  },
};

contextBridge.exposeInMainWorld('journeyRoom', bridge);
