/**
 * The desktop shell's protections, run under Node against a recording
 * stand-in for Electron (support/fake-electron.ts): the window's settings,
 * what it refuses (navigation, redirects, new windows, webviews), the
 * app:// protocol with its headers and no way out of the renderer folder,
 * and the IPC bridge that answers only our window's own top frame.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../../shared/bridge';
import { FACILITATOR_MESSAGE_MAX, PROTOCOL_VERSION } from '../../../shared/wire';
import type { Connection } from '../../../main/api/connection';
import { registerIpc } from '../../../main/electron/ipc';
import { registerAppScheme, serveAppScheme } from '../../../main/electron/protocol';
import { createMainWindow } from '../../../main/electron/window';
import { cancellable, FakeBrowserWindow, reset, state, type FakeFrame } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electron);

beforeEach(() => reset());

describe('the window', () => {
  it('is isolated and sandboxed, with no Node, no insecure content and no DevTools', () => {
    createMainWindow({ preloadPath: '/app/preload/index.cjs' });
    const window = FakeBrowserWindow.all[0];
    expect(window?.options['webPreferences']).toEqual({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
      devTools: false,
    });
    expect(window?.loaded).toBe('app://journey-room/index.html');
  });

  it('refuses navigation, redirects, webviews and new windows', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as FakeBrowserWindow;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const attempt = cancellable({ url: 'https://example.com/' });
      window.webContents.emit(event, attempt);
      expect(attempt.prevented, event).toBe(true);
    }
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('loads the dev server and allows DevTools only when started by the dev command', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', devServerUrl: 'http://localhost:5173' }) as unknown as FakeBrowserWindow;
    expect(window.loaded).toBe('http://localhost:5173');
    expect(window.options['webPreferences']).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
  });
});

describe('the app:// protocol', () => {
  function rendererFolder(): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-room-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Journey Room</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    // A file beside the renderer folder, which no address may reach.
    writeFileSync(join(dir, '..', 'secret.txt'), 'not for the page');
    return dir;
  }

  function handler() {
    const serve = state.protocolHandlers.get('app');
    if (!serve) throw new Error('The app scheme has no handler.');
    return (url: string, method = 'GET') => serve({ url, method });
  }

  it('is registered as a standard, secure scheme and nothing more', () => {
    registerAppScheme();
    expect(state.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the built renderer with the Content-Security-Policy header', async () => {
    serveAppScheme(rendererFolder());
    const page = await handler()('app://journey-room/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('http:');
    expect(await page.text()).toContain('Journey Room');
    const script = await handler()('app://journey-room/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-security-policy')).toBe(csp);
  });

  it('refuses a way out of the renderer folder, another host, other methods and missing files', async () => {
    serveAppScheme(rendererFolder());
    const serve = handler();
    for (const url of [
      'app://journey-room/../secret.txt',
      'app://journey-room/%2e%2e/secret.txt',
      'app://journey-room/..%2fsecret.txt',
      'app://journey-room/assets/..%5c..%5csecret.txt',
      'app://elsewhere/index.html',
      'app://journey-room/missing.js',
    ]) {
      const response = await serve(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('not for the page');
    }
    expect((await serve('app://journey-room/index.html', 'POST')).status).toBe(404);
  });
});

describe('the IPC bridge', () => {
  function bridge(devServerUrl?: string) {
    const window = new FakeBrowserWindow({});
    void window.loadURL(devServerUrl ?? 'app://journey-room/index.html');
    const handled: string[] = [];
    registerIpc({
      handleRequest: (method) => {
        handled.push(method);
        return Promise.resolve({ ok: true, result: { now: 1 } });
      },
      connections: new Set<Connection>(),
      window: () => window as never,
      devServerUrl,
    });
    const receive = state.ipcListeners.get(BRIDGE_CHANNELS.toMain);
    if (!receive) throw new Error('The bridge listens on no channel.');
    const send = (senderFrame: FakeFrame | null, text: unknown = request()) => receive({ senderFrame }, text);
    return { window, handled, send };
  }

  const request = () => JSON.stringify({ v: PROTOCOL_VERSION, id: 1, method: 'clock/now', params: {} });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('answers our window’s own top frame showing app://', async () => {
    const { window, handled, send } = bridge();
    send(window.webContents.mainFrame);
    await settle();
    expect(handled).toEqual(['clock/now']);
    expect(window.webContents.sent.some((m) => m.channel === BRIDGE_CHANNELS.toPage && String(m.data).includes('"ok":true'))).toBe(true);
  });

  it('refuses sub-frames, other origins, look-alike addresses and a closed window', async () => {
    const { window, handled, send } = bridge();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    send({ url: 'app://journey-room/index.html' }); // a sub-frame: the same address, not the top frame
    send(null);
    for (const url of ['https://journey-room/index.html', 'app://journey-room.evil/index.html', 'app://user@journey-room/index.html', 'file:///index.html']) {
      window.webContents.mainFrame = { url };
      send(window.webContents.mainFrame);
    }
    window.webContents.mainFrame = { url: 'app://journey-room/index.html' };
    window.destroyed = true;
    send(window.webContents.mainFrame);
    await settle();
    quiet.mockRestore();
    expect(handled).toEqual([]);
    expect(window.webContents.sent).toEqual([]);
  });

  it('trusts the dev server’s address only when one was given', async () => {
    const dev = bridge('http://localhost:5173');
    dev.send(dev.window.webContents.mainFrame);
    await settle();
    expect(dev.handled).toEqual(['clock/now']);
  });

  it('refuses a message that is not text of a sensible size, and says so', async () => {
    const { window, handled, send } = bridge();
    send(window.webContents.mainFrame, 'x'.repeat(FACILITATOR_MESSAGE_MAX + 1));
    send(window.webContents.mainFrame, { method: 'clock/now' });
    await settle();
    expect(handled).toEqual([]);
    expect(window.webContents.sent.filter((m) => String(m.data).includes('"ok":false'))).toHaveLength(2);
  });
});
