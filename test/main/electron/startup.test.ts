/**
 * The desktop app's start-up, run under Node against a recording stand-in
 * for Electron: the app:// scheme is registered before the app is ready,
 * the sandbox is on for every page, a second copy of the app steps aside,
 * permissions are denied, every web contents refuses navigation, redirects,
 * webviews and new windows, the menu has no DevTools in the installed app, and quitting
 * waits for the workshops to be written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dataDirOverride, devServerUrlFor } from '../../../main/electron/dev-mode';
import { app, cancellable, FakeBrowserWindow, FakeWebContents, reset, state } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electron);

beforeEach(() => {
  reset();
  vi.resetModules();
});

async function startShell(): Promise<void> {
  await import('../../../main/electron/main');
  state.readyResolve();
  // Let start() run after whenReady resolves.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

function roles(template: unknown): string[] {
  const out: string[] = [];
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items as { role?: string; submenu?: unknown }[]) {
      if (item.role) out.push(item.role);
      walk(item.submenu);
    }
  };
  walk(template);
  return out;
}

describe('starting the desktop app', () => {
  it('registers app:// and the sandbox before the app is ready, then opens one window on app://', async () => {
    await startShell();
    const order = (step: string) => state.steps.indexOf(step);
    expect(order('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order('registerSchemesAsPrivileged')).toBeLessThan(order('whenReady'));
    for (const before of ['enableSandbox', 'requestSingleInstanceLock']) {
      expect(order(before), before).toBeGreaterThanOrEqual(0);
      expect(order(before), before).toBeLessThan(order('whenReady'));
    }
    expect(state.protocolHandlers.has('app')).toBe(true);
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(FakeBrowserWindow.all[0]?.loaded).toBe('app://journey-room/index.html');
  });

  it('steps aside when another copy already runs, and brings that copy’s window forward', async () => {
    state.singleInstance = false;
    await import('../../../main/electron/main');
    expect(state.steps).toContain('quit');
    expect(state.steps).not.toContain('whenReady');

    reset();
    vi.resetModules();
    await startShell();
    app.emit('second-instance');
    expect(FakeBrowserWindow.all[0]?.focused).toBe(1);
  });

  it('denies every permission a page asks for', async () => {
    await startShell();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      state.permissionRequest?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(state.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('holds every web contents, even one it did not make, to no navigation, redirects, webviews or new windows', async () => {
    await startShell();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const attempt = cancellable({ url: 'https://example.com/' });
      contents.emit(event, attempt);
      expect(attempt.prevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('gives the installed app a menu without DevTools or reload', async () => {
    await startShell();
    const menuRoles = roles(state.menu?.template);
    expect(menuRoles).toContain('zoomIn');
    expect(menuRoles).not.toContain('toggleDevTools');
    expect(menuRoles).not.toContain('reload');
    expect(FakeBrowserWindow.all[0]?.options['webPreferences']).toMatchObject({ devTools: false });
  });

  it('waits for the workshops to be written before it quits', async () => {
    await startShell();
    const quitting = cancellable();
    app.emit('before-quit', quitting);
    expect(quitting.prevented).toBe(true);
    await vi.waitFor(() => expect(state.quits).toBe(1));
    // The second before-quit, once everything is written, goes through.
    const again = cancellable();
    app.emit('before-quit', again);
    expect(again.prevented).toBe(false);
  });
});

describe('the dev server', () => {
  it('is used only by an unpackaged app that the dev command started, and only on this computer', () => {
    const dev = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrlFor(false, dev)).toBe('http://localhost:5173');
    expect(devServerUrlFor(false, { ...dev, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toBe('http://127.0.0.1:5173');
    expect(devServerUrlFor(true, dev)).toBeUndefined();
    expect(devServerUrlFor(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeUndefined();
    expect(devServerUrlFor(false, { ...dev, ELECTRON_RENDERER_URL: 'http://192.168.1.20:5173' })).toBeUndefined();
    expect(devServerUrlFor(false, { ...dev, ELECTRON_RENDERER_URL: 'https://example.com' })).toBeUndefined();
    expect(devServerUrlFor(false, { ...dev, ELECTRON_RENDERER_URL: 'not a url' })).toBeUndefined();
  });
});

describe('the data folder', () => {
  it('is the app’s own in an installed app, and may be named only for an unpackaged run', () => {
    expect(dataDirOverride(true, { JOURNEY_ROOM_DATA_DIR: '/tmp/elsewhere' })).toBeUndefined();
    expect(dataDirOverride(false, { JOURNEY_ROOM_DATA_DIR: '/tmp/elsewhere' })).toBe('/tmp/elsewhere');
    expect(dataDirOverride(false, { JOURNEY_ROOM_DATA_DIR: '  ' })).toBeUndefined();
    expect(dataDirOverride(false, {})).toBeUndefined();
  });
});
