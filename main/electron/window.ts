/**
 * The one desktop window, with Electron's secure defaults spelled out:
 * isolated, sandboxed, no Node in the page, navigation and new windows
 * refused. The page reaches the app only through the preload's bridge.
 */
import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './app-origin';

/** The settings every window of the app has, the projector's included. DevTools only in `npm run dev`. */
export function secureWebPreferences(preloadPath: string, devServerUrl?: string): WebPreferences {
  return {
    devTools: devServerUrl !== undefined,
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: true,
  };
}

/**
 * Nothing may take a window's page somewhere else, and no page may open another window or
 * embed a webview. (The renderer routes inside its one page, so it never needs to navigate.)
 */
export function holdInPlace(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(options: { preloadPath: string; devServerUrl?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'Journey Room',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, options.devServerUrl),
  });

  window.once('ready-to-show', () => window.show());
  holdInPlace(window.webContents);

  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
