/**
 * The desktop app's projector window (main/electron/projector-window.ts),
 * run under Node against the recording stand-in for Electron: it has the
 * main window's protections, refuses to be taken elsewhere, opens only for
 * the facilitator's own page and a request that makes sense, goes full
 * screen on the external screen (or the one the facilitator chose), and
 * follows screens plugged in and taken away.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROJECTOR_CHANNELS, type ProjectorOpenResult } from '../../../shared/projector-bridge';
import { registerProjector, type ProjectorControl } from '../../../main/electron/projector-window';
import { createMainWindow } from '../../../main/electron/window';
import { cancellable, FakeBrowserWindow, LAPTOP_SCREEN, reset, screen, state, type FakeDisplay } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electron);

const PROJECTOR: FakeDisplay = { id: 7, bounds: { x: 1280, y: 0, width: 1920, height: 1080 } };
const TV: FakeDisplay = { id: 9, bounds: { x: 3200, y: 0, width: 3840, height: 2160 }, label: 'Meeting room TV' };
const PRELOAD = '/app/preload/index.cjs';

/** An IPC event from a frame; `fromMainWindow` below decides by this mark whether it is the facilitator's page. */
const fromFacilitator = { senderFrame: { url: 'app://journey-room/index.html' }, facilitator: true };
const fromElsewhere = { senderFrame: { url: 'https://example.com/' }, facilitator: false };

let control: ProjectorControl;

function register(devServerUrl?: string): ProjectorControl {
  control = registerProjector({
    preloadPath: PRELOAD,
    devServerUrl,
    fromMainWindow: (event) => (event as unknown as { facilitator: boolean }).facilitator,
  });
  return control;
}

async function ask(channel: string, event: object, request?: unknown): Promise<unknown> {
  const handler = state.ipcHandlers.get(channel);
  if (!handler) throw new Error(`Nothing answers ${channel}.`);
  return handler(event, request);
}

const open = (request: unknown, event: object = fromFacilitator) => ask(PROJECTOR_CHANNELS.open, event, request) as Promise<ProjectorOpenResult>;

function projectorWindow(): FakeBrowserWindow {
  const window = control.window() as unknown as FakeBrowserWindow | undefined;
  if (!window) throw new Error('The projector window is not open.');
  return window;
}

beforeEach(() => {
  reset();
});

describe('the projector window', () => {
  it('has exactly the main window’s protections: isolated, sandboxed, no Node, no DevTools', async () => {
    register();
    await open({ workshopId: 'w1' });
    const main = createMainWindow({ preloadPath: PRELOAD }) as unknown as FakeBrowserWindow;
    expect(projectorWindow().options['webPreferences']).toEqual(main.options['webPreferences']);
    expect(projectorWindow().options['webPreferences']).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
    });
  });

  it('has DevTools and the dev server only when the dev command started the app, as the main window does', async () => {
    register('http://localhost:5173');
    await open({ workshopId: 'w1' });
    expect(projectorWindow().options['webPreferences']).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
    expect(projectorWindow().loaded).toBe('http://localhost:5173#/present/w1');
  });

  it('shows the workshop’s projector view from the app’s own files', async () => {
    register();
    await open({ workshopId: 'w-1_a' });
    expect(projectorWindow().loaded).toBe('app://journey-room/index.html#/present/w-1_a');
  });

  it('refuses navigation, redirects, webviews and new windows', async () => {
    register();
    await open({ workshopId: 'w1' });
    const contents = projectorWindow().webContents;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const attempt = cancellable({ url: 'https://example.com/' });
      contents.emit(event, attempt);
      expect(attempt.prevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('opens only for the facilitator’s window, and lists the screens only to it', async () => {
    state.displays = [LAPTOP_SCREEN, PROJECTOR];
    register();
    expect(await open({ workshopId: 'w1' }, fromElsewhere)).toEqual({ ok: false, message: 'Only the facilitator’s window can open the projector.' });
    expect(await ask(PROJECTOR_CHANNELS.displays, fromElsewhere)).toEqual([]);
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(await ask(PROJECTOR_CHANNELS.displays, fromFacilitator)).toEqual([
      { id: 1, label: 'Built-in (1280×800), this one', primary: true },
      { id: 7, label: 'Second screen (1920×1080)', primary: false },
    ]);
  });

  it('refuses a request that does not make sense, and opens nothing', async () => {
    register();
    for (const request of [undefined, 'w1', { workshopId: '' }, { workshopId: 'w1', displayId: -1 }, { workshopId: 'w1', displayId: 1.5 }, { workshopId: 'w1', url: 'https://example.com' }]) {
      expect(await open(request), JSON.stringify(request)).toEqual({ ok: false, message: 'That request to open the projector was not understood.' });
    }
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });
});

describe('where the projector goes', () => {
  it('fills the external screen when there is one', async () => {
    state.displays = [LAPTOP_SCREEN, PROJECTOR];
    register();
    expect(await open({ workshopId: 'w1' })).toEqual({ ok: true, fullscreen: true, label: 'Second screen (1920×1080)' });
    const window = projectorWindow();
    expect(window.display()?.id).toBe(PROJECTOR.id);
    expect(window.bounds).toEqual(PROJECTOR.bounds);
    expect(window.isFullScreen()).toBe(true);
    expect(window.shown).toBe(true);
  });

  it('opens as a window on the laptop when it is the only screen, leaving the facilitator’s screen usable', async () => {
    register();
    expect(await open({ workshopId: 'w1' })).toEqual({ ok: true, fullscreen: false, label: 'Built-in (1280×800), this one' });
    const window = projectorWindow();
    expect(window.display()?.id).toBe(LAPTOP_SCREEN.id);
    expect(window.isFullScreen()).toBe(false);
    expect(window.bounds.width).toBeLessThan(LAPTOP_SCREEN.bounds.width);
  });

  it('follows the facilitator’s choice of screen, and moves when they choose another', async () => {
    state.displays = [LAPTOP_SCREEN, PROJECTOR, TV];
    register();
    expect(await open({ workshopId: 'w1', displayId: TV.id })).toMatchObject({ ok: true, fullscreen: true, label: 'Meeting room TV (3840×2160)' });
    expect(projectorWindow().display()?.id).toBe(TV.id);
    // Chosen again for the projector: the same window moves, out of full screen first.
    await open({ workshopId: 'w1', displayId: PROJECTOR.id });
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(projectorWindow().display()?.id).toBe(PROJECTOR.id);
    await open({ workshopId: 'w1', displayId: LAPTOP_SCREEN.id });
    expect(projectorWindow().display()?.id).toBe(LAPTOP_SCREEN.id);
    expect(projectorWindow().isFullScreen()).toBe(false);
  });

  it('follows a projector plugged in and taken away', async () => {
    register();
    await open({ workshopId: 'w1' });
    expect(projectorWindow().display()?.id).toBe(LAPTOP_SCREEN.id);
    state.displays = [LAPTOP_SCREEN, PROJECTOR];
    screen.emit('display-added');
    expect(projectorWindow().display()?.id).toBe(PROJECTOR.id);
    expect(projectorWindow().isFullScreen()).toBe(true);
    state.displays = [LAPTOP_SCREEN];
    screen.emit('display-removed');
    expect(projectorWindow().display()?.id).toBe(LAPTOP_SCREEN.id);
    expect(projectorWindow().isFullScreen()).toBe(false);
  });

  it('is one window: opening again shows the other workshop in it; it closes with the facilitator’s window and stops answering when disposed', async () => {
    register();
    await open({ workshopId: 'w1' });
    await open({ workshopId: 'w2' });
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(projectorWindow().loaded).toBe('app://journey-room/index.html#/present/w2');
    control.close();
    expect(control.window()).toBeUndefined();
    control.dispose();
    expect(state.ipcHandlers.has(PROJECTOR_CHANNELS.open)).toBe(false);
    expect(state.ipcHandlers.has(PROJECTOR_CHANNELS.displays)).toBe(false);
  });
});
