/**
 * Runs in the sandboxed window before the page. It exposes one small, named
 * object — `window.journeyRoom` — and never ipcRenderer itself, so the page
 * can send wire requests and hear host events, nothing more. Built as
 * CommonJS: a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_CHANNELS, type JourneyRoomBridge } from '../../shared/bridge';

const bridge: JourneyRoomBridge = {
  invoke: (method, params) => ipcRenderer.invoke(BRIDGE_CHANNELS.invoke, method, params),
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, name: unknown, data: unknown) => {
      if (typeof name === 'string') listener(name, data);
    };
    ipcRenderer.on(BRIDGE_CHANNELS.event, forward);
    return () => {
      ipcRenderer.removeListener(BRIDGE_CHANNELS.event, forward);
    };
  },
  platform: process.platform,
};

contextBridge.exposeInMainWorld('journeyRoom', bridge);
