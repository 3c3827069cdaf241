/**
 * The desktop app's entry: app lifecycle, session hardening, the app://
 * protocol, the one window and the IPC bridge. Everything that does real work
 * (store, host, API, the local-network room) is plain Node and lives outside this folder; this file
 * only wires it to Electron. Workshops live in the app's userData folder,
 * which the app holds while it runs (main/store/data-lock.ts).
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker, session, type MenuItemConstructorOptions } from 'electron';
import { createActionPlanPdf } from '../api/action-plan-pdf';
import { WorkshopHost } from '../host/workshop-host';
import { createRoomService } from '../server/room-service';
import { acquireDataLock, DataFolderInUse, type DataLock } from '../store/data-lock';
import { createWorkshopStore } from '../store/workshop-store';
import { dataDirOverride, devServerUrlFor } from './dev-mode';
import { isTrustedSender, registerIpc, saveFileWithDialog } from './ipc';
import { registerProjector } from './projector-window';
import { registerAppScheme, serveAppScheme } from './protocol';
import { createMainWindow, holdInPlace } from './window';

/** Only when `npm run dev` started an unpackaged app; otherwise the app always loads its own files. */
const devServerUrl = devServerUrlFor(app.isPackaged, process.env);

let mainWindow: BrowserWindow | undefined;

// Before the single-instance lock, which is held per data folder.
const dataDirFromEnv = dataDirOverride(app.isPackaged, process.env);
if (dataDirFromEnv !== undefined) app.setPath('userData', dataDirFromEnv);

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second copy would be a second writer to the same files.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('Journey Room could not start.', error);
    app.exit(1);
  });
}

// Every web contents, including any we did not make, is held to the same rules.
app.on('web-contents-created', (_event, contents) => holdInPlace(contents));

function start(): void {
  // One writer per data folder, before anything reads it. requestSingleInstanceLock keeps out a
  // second desktop app; this also keeps out `npm run serve` pointed at the same folder, and takes
  // over a lock left by a copy that crashed or was killed.
  const dataDir = app.getPath('userData');
  let dataLock: DataLock;
  try {
    dataLock = acquireDataLock(dataDir, { advice: 'Close it first, then open Journey Room again.' });
  } catch (error) {
    if (!(error instanceof DataFolderInUse)) throw error;
    dialog.showErrorBox('Journey Room is already open', error.message);
    app.exit(1);
    return;
  }

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveAppScheme(join(import.meta.dirname, '../renderer'));
  Menu.setApplicationMenu(buildMenu(devServerUrl !== undefined));

  const store = createWorkshopStore({ dataDir });
  const host = new WorkshopHost({ store });
  // jsPDF draws in a worker thread, so an export never freezes the window (built beside this file).
  const pdf = createActionPlanPdf({ workerFile: join(import.meta.dirname, 'pdf-worker.js') });
  // The local-network room serves the same renderer build to the devices that join.
  const service = createRoomService({
    handlers: { host, pdf, saveFile: (file) => saveFileWithDialog(mainWindow, file) },
    staticDir: join(import.meta.dirname, '../renderer'),
    log: (message, detail) => console.error(message, detail),
    keepAwake: keepAwake(),
  });
  const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
  const projector = registerProjector({
    preloadPath,
    devServerUrl,
    fromMainWindow: (event) => mainWindow !== undefined && isTrustedSender(event, mainWindow, devServerUrl),
  });
  registerIpc({
    handleRequest: service.handleRequest,
    connections: service.connections,
    window: () => mainWindow,
    projectorWindow: () => projector.window(),
    devServerUrl,
  });

  const openWindow = () => {
    mainWindow = createMainWindow({ preloadPath, devServerUrl });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
      // The projector belongs to the facilitator's window: it goes with it.
      projector.close();
    });
  };
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // Closing writes each changed workshop whole and waits for the disk; quitting resumes after that.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void service
      .close()
      .then(() => host.close())
      .then(() => pdf.close())
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  // will-quit comes after before-quit, so the host has written everything before the folder is given back.
  app.on('will-quit', () => dataLock.release());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

/** Keeps the computer from sleeping while the room is open: a sleeping laptop drops every device. */
function keepAwake(): (awake: boolean) => void {
  let blocker: number | undefined;
  return (awake) => {
    if (awake && blocker === undefined) blocker = powerSaveBlocker.start('prevent-app-suspension');
    if (!awake && blocker !== undefined) {
      powerSaveBlocker.stop(blocker);
      blocker = undefined;
    }
  };
}

/**
 * The standard menus; the page handles undo and redo of workshop changes itself (Ctrl/Cmd+Z).
 * The View menu keeps zoom and full screen; reload and DevTools only in `npm run dev`.
 */
export function buildMenu(development: boolean): Menu {
  const isMac = process.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(development ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return Menu.buildFromTemplate([
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ]);
}
