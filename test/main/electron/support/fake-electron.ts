/**
 * A recording stand-in for the `electron` module, so the desktop shell
 * (main/electron/) runs under Node in the tests: every window, handler,
 * scheme and menu the shell sets up is kept here to be looked at, and the
 * order of start-up is written to `steps`. The screens can be plugged in and
 * taken away, and the preload's side (contextBridge, ipcRenderer) records
 * what it exposes and sends. One instance per test file; call `reset()`
 * before each test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  /** Calls every listener of `event` with these arguments; what the last returned. */
  emit(event: string, ...args: unknown[]): unknown {
    let last: unknown;
    for (const listener of this.listeners.get(event) ?? []) last = listener(...args);
    return last;
  }
}

export interface FakeFrame {
  readonly url: string;
}

/** An event the shell may cancel, as Electron's are. */
export function cancellable(extra: Record<string, unknown> = {}): { prevented: boolean; preventDefault: () => void } & Record<string, unknown> {
  const event = {
    ...extra,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly sent: { channel: string; data: unknown }[] = [];
  mainFrame: FakeFrame = { url: 'app://journey-room/index.html' };
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, data: unknown): void {
    this.sent.push({ channel, data });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface FakeBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  readonly id: number;
  readonly bounds: FakeBounds;
  readonly internal?: boolean;
  readonly label?: string;
}

export class FakeBrowserWindow extends Emitter {
  /** Every window made since the last reset, in every copy of this module. */
  static get all(): FakeBrowserWindow[] {
    return shared.windows;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return shared.windows.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  loaded: string | undefined;
  destroyed = false;
  shown = false;
  focused = 0;
  fullScreen = false;
  bounds: FakeBounds;
  constructor(readonly options: Record<string, unknown>) {
    super();
    const size = (key: string, fallback: number) => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: 0, y: 0, width: size('width', 800), height: size('height', 600) };
    shared.windows.push(this);
  }
  setBounds(bounds: FakeBounds): void {
    // Like a real window, it cannot be moved while it fills a screen.
    if (this.fullScreen) throw new Error('A full-screen window was moved without leaving full screen first.');
    this.bounds = { ...bounds };
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  /** The screen the window is on: the display whose bounds hold its top-left corner. */
  display(): FakeDisplay | undefined {
    return state.displays.find((d) => this.bounds.x >= d.bounds.x && this.bounds.x < d.bounds.x + d.bounds.width && this.bounds.y >= d.bounds.y && this.bounds.y < d.bounds.y + d.bounds.height);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    this.webContents.mainFrame = { url };
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

export interface FakeElectronState {
  steps: string[];
  isPackaged: boolean;
  singleInstance: boolean;
  userData: string;
  readyResolve: () => void;
  ready: Promise<void>;
  schemes: unknown[];
  protocolHandlers: Map<string, (request: { url: string; method: string }) => Promise<Response>>;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  ipcListeners: Map<string, Listener>;
  ipcHandlers: Map<string, Listener>;
  menu: { template: unknown[] } | undefined;
  errorBoxes: string[];
  exitCode: number | undefined;
  quits: number;
  /** The computer's screens, and which is the main one. */
  displays: FakeDisplay[];
  primaryDisplayId: number;
  /** What the preload gave the page: contextBridge.exposeInMainWorld's arguments. */
  exposed: Map<string, unknown>;
  /** What the preload sent and asked over IPC, and whom it listens to. */
  rendererSent: { channel: string; args: unknown[] }[];
  rendererInvoked: { channel: string; args: unknown[] }[];
  rendererListeners: Map<string, Listener[]>;
}

export const LAPTOP_SCREEN: FakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, internal: true, label: 'Built-in' };

function freshState(): FakeElectronState {
  let readyResolve = () => {};
  const ready = new Promise<void>((resolve) => {
    readyResolve = resolve;
  });
  return {
    steps: [],
    isPackaged: true,
    singleInstance: true,
    userData: mkdtempSync(join(tmpdir(), 'journey-room-shell-')),
    readyResolve,
    ready,
    schemes: [],
    protocolHandlers: new Map(),
    permissionRequest: undefined,
    permissionCheck: undefined,
    ipcListeners: new Map(),
    ipcHandlers: new Map(),
    menu: undefined,
    errorBoxes: [],
    exitCode: undefined,
    quits: 0,
    displays: [LAPTOP_SCREEN],
    primaryDisplayId: LAPTOP_SCREEN.id,
    exposed: new Map(),
    rendererSent: [],
    rendererInvoked: [],
    rendererListeners: new Map(),
  };
}

/**
 * Kept on globalThis: a test that re-imports the shell (vi.resetModules) gets a fresh copy of
 * this module too, and both copies must record into the same place.
 */
interface Shared {
  readonly state: FakeElectronState;
  readonly appEvents: Emitter;
  readonly screenEvents: Emitter;
  readonly windows: FakeBrowserWindow[];
}
const holder = globalThis as { __journeyRoomFakeElectron?: Shared };
const shared: Shared = (holder.__journeyRoomFakeElectron ??= { state: freshState(), appEvents: new Emitter(), screenEvents: new Emitter(), windows: [] });

export const state: FakeElectronState = shared.state;
const appEvents = shared.appEvents;

/** Forget everything recorded: a new run of the shell. */
export function reset(): void {
  Object.assign(state, freshState());
  appEvents.listeners.clear();
  shared.screenEvents.listeners.clear();
  shared.windows.length = 0;
}

export const app = {
  get isPackaged() {
    return state.isPackaged;
  },
  enableSandbox() {
    state.steps.push('enableSandbox');
  },
  requestSingleInstanceLock() {
    state.steps.push('requestSingleInstanceLock');
    return state.singleInstance;
  },
  whenReady() {
    state.steps.push('whenReady');
    return state.ready;
  },
  on(event: string, listener: Listener) {
    state.steps.push(`app.on:${event}`);
    appEvents.on(event, listener);
    return app;
  },
  emit(event: string, ...args: unknown[]) {
    return appEvents.emit(event, ...args);
  },
  quit() {
    state.quits += 1;
    state.steps.push('quit');
  },
  exit(code: number) {
    state.exitCode = code;
    state.steps.push('exit');
  },
  setPath(name: string, path: string) {
    if (name === 'userData') state.userData = path;
  },
  getPath(name: string) {
    return name === 'userData' ? state.userData : join(state.userData, name);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    state.steps.push('registerSchemesAsPrivileged');
    state.schemes = schemes;
  },
  handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) {
    state.steps.push(`protocol.handle:${scheme}`);
    state.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: FakeElectronState['permissionRequest']) {
      state.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: FakeElectronState['permissionCheck']) {
      state.permissionCheck = handler;
    },
  },
};

export const ipcMain = {
  on(channel: string, listener: Listener) {
    state.ipcListeners.set(channel, listener);
  },
  removeListener(channel: string, listener: Listener) {
    if (state.ipcListeners.get(channel) === listener) state.ipcListeners.delete(channel);
  },
  handle(channel: string, listener: Listener) {
    state.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    state.ipcHandlers.delete(channel);
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] }) {
    state.menu = menu;
  },
};

export const dialog = {
  showErrorBox(title: string, content: string) {
    state.errorBoxes.push(`${title}: ${content}`);
  },
  showSaveDialog() {
    return Promise.resolve({ canceled: true });
  },
};

export const powerSaveBlocker = { start: () => 1, stop: () => {} };
export const shell = { showItemInFolder: () => {} };
export const screen = {
  getAllDisplays: () => [...state.displays],
  getPrimaryDisplay: () => state.displays.find((d) => d.id === state.primaryDisplayId) ?? LAPTOP_SCREEN,
  on(event: string, listener: Listener) {
    shared.screenEvents.on(event, listener);
  },
  removeListener(event: string, listener: Listener) {
    shared.screenEvents.removeListener(event, listener);
  },
  /** A screen plugged in or taken away, as the system tells the app. */
  emit(event: 'display-added' | 'display-removed') {
    shared.screenEvents.emit(event);
  },
};

/** The renderer side, for the preload: what it exposes and what it sends are recorded. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    state.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  send(channel: string, ...args: unknown[]) {
    state.rendererSent.push({ channel, args });
  },
  invoke(channel: string, ...args: unknown[]) {
    state.rendererInvoked.push({ channel, args });
    return Promise.resolve({ answeredBy: 'main', channel });
  },
  on(channel: string, listener: Listener) {
    state.rendererListeners.set(channel, [...(state.rendererListeners.get(channel) ?? []), listener]);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    state.rendererListeners.set(channel, (state.rendererListeners.get(channel) ?? []).filter((l) => l !== listener));
    return ipcRenderer;
  },
};

export const BrowserWindow = FakeBrowserWindow;

/** What `vi.mock('electron', …)` hands the shell. */
export const electron = { app, protocol, session, ipcMain, Menu, dialog, powerSaveBlocker, shell, screen, BrowserWindow, contextBridge, ipcRenderer };
