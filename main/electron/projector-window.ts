/**
 * The desktop app's projector: a second window with the same page and the
 * same security settings as the main one, showing #/present/<workshop>. It
 * goes full screen on the external display when there is one (or on the
 * screen the facilitator chose), and moves again when a screen is plugged
 * in or taken away. The main window asks for it over two IPC channels,
 * whose requests are checked against the schemas in shared/.
 */
import { BrowserWindow, ipcMain, screen, type IpcMainInvokeEvent } from 'electron';
import {
  PROJECTOR_CHANNELS,
  projectorOpenRequestSchema,
  type ProjectorDisplay,
  type ProjectorOpenResult,
} from '../../shared/projector-bridge';
import { APP_ORIGIN } from './app-origin';
import { placeProjector, screenChoices, type ScreenInfo } from './projector-screen';
import { holdInPlace, secureWebPreferences } from './window';

export interface ProjectorOptions {
  readonly preloadPath: string;
  readonly devServerUrl?: string;
  /** Whether a request comes from the main window's own page: nothing else may open the projector. */
  readonly fromMainWindow: (event: IpcMainInvokeEvent) => boolean;
}

export interface ProjectorControl {
  /** The projector window while it is open, so the bridge also answers its page. */
  window(): BrowserWindow | undefined;
  close(): void;
  dispose(): void;
}

function screens(): readonly ScreenInfo[] {
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, internal: d.internal, label: d.label }));
}

export function registerProjector(options: ProjectorOptions): ProjectorControl {
  let projector: BrowserWindow | undefined;
  let chosenId: number | undefined;

  const place = (): ProjectorOpenResult => {
    const window = projector;
    if (!window || window.isDestroyed()) return { ok: false, message: 'The projector window is closed.' };
    const all = screens();
    const primaryId = screen.getPrimaryDisplay().id;
    const placement = placeProjector(all, primaryId, chosenId);
    if (!placement) return { ok: false, message: 'No screen was found to show the projector on.' };
    const label = screenChoices(all, primaryId).find((c) => c.id === placement.screen.id)?.label ?? 'the screen';
    // Leave full screen before moving: a full-screen window does not change screens on every system.
    if (window.isFullScreen()) window.setFullScreen(false);
    const { x, y, width, height } = placement.screen.bounds;
    window.setBounds(placement.fullscreen ? { x, y, width, height } : { x: x + 40, y: y + 40, width: Math.min(1280, width - 80), height: Math.min(720, height - 80) });
    if (placement.fullscreen) window.setFullScreen(true);
    window.show();
    return { ok: true, fullscreen: placement.fullscreen, label };
  };

  const open = (workshopId: string): BrowserWindow => {
    const hash = `#/present/${encodeURIComponent(workshopId)}`;
    const url = options.devServerUrl ? `${options.devServerUrl}${hash}` : `${APP_ORIGIN}/index.html${hash}`;
    if (projector && !projector.isDestroyed()) {
      void projector.loadURL(url);
      return projector;
    }
    const window = new BrowserWindow({
      width: 1280,
      height: 720,
      title: 'Journey Room — Projector',
      show: false,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(options.preloadPath, options.devServerUrl),
    });
    // The same refusals as the main window's: no navigation, redirects, new windows or webviews.
    holdInPlace(window.webContents);
    window.on('closed', () => {
      if (projector === window) projector = undefined;
    });
    void window.loadURL(url);
    projector = window;
    return window;
  };

  const onOpen = (event: IpcMainInvokeEvent, raw: unknown): ProjectorOpenResult => {
    if (!options.fromMainWindow(event)) return { ok: false, message: 'Only the facilitator’s window can open the projector.' };
    const request = projectorOpenRequestSchema.safeParse(raw);
    if (!request.success) return { ok: false, message: 'That request to open the projector was not understood.' };
    chosenId = request.data.displayId;
    open(request.data.workshopId);
    return place();
  };

  const onDisplays = (event: IpcMainInvokeEvent): readonly ProjectorDisplay[] =>
    options.fromMainWindow(event) ? screenChoices(screens(), screen.getPrimaryDisplay().id) : [];

  // A projector plugged in or taken away: the window follows to where it now belongs.
  const replace = (): void => {
    if (projector && !projector.isDestroyed()) place();
  };

  ipcMain.handle(PROJECTOR_CHANNELS.open, onOpen);
  ipcMain.handle(PROJECTOR_CHANNELS.displays, onDisplays);
  screen.on('display-added', replace);
  screen.on('display-removed', replace);

  return {
    window: () => (projector && !projector.isDestroyed() ? projector : undefined),
    close: () => {
      if (projector && !projector.isDestroyed()) projector.close();
    },
    dispose: () => {
      ipcMain.removeHandler(PROJECTOR_CHANNELS.open);
      ipcMain.removeHandler(PROJECTOR_CHANNELS.displays);
      screen.removeListener('display-added', replace);
      screen.removeListener('display-removed', replace);
    },
  };
}
