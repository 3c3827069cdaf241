/**
 * The desktop window's side of the bridge. One channel prefix,
 * `journey-room:`; a request is answered only when it comes from our
 * window's top frame showing our own page, and then it goes through the same
 * request handler the WebSocket server uses. Host events are pushed to the
 * window. Saving an export uses the system's save dialog.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CHANNELS } from '../../shared/bridge';
import type { SaveOutcome } from '../../shared/wire';
import { UNTRACKED_CLIENT } from '../api/api-client';
import type { FileToSave } from '../api/export-files';
import type { RequestHandler, WireResponse } from '../api/handle-request';
import type { WorkshopHost } from '../host/workshop-host';
import { isAppUrl } from './app-origin';

export interface IpcOptions {
  readonly host: WorkshopHost;
  readonly handleRequest: RequestHandler;
  /** The window whose page may call in; read on every call because it can be re-created. */
  readonly window: () => BrowserWindow | undefined;
  readonly devServerUrl?: string;
}

export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(BRIDGE_CHANNELS.invoke, async (event, method: unknown, params: unknown): Promise<WireResponse> => {
    if (!isTrustedSender(event, options.window(), options.devServerUrl)) {
      console.error('Refused a request from a page that is not Journey Room.', event.senderFrame?.url);
      return { ok: false, error: { code: 'unsupported', message: 'This page may not use Journey Room.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'bad-request', message: 'That request was not understood: it names no method.' } };
    }
    return options.handleRequest(method, params, UNTRACKED_CLIENT);
  });

  const unsubscribe = options.host.subscribe((hostEvent) => {
    const window = options.window();
    if (window && !window.isDestroyed()) window.webContents.send(BRIDGE_CHANNELS.event, hostEvent.name, hostEvent.data);
  });

  return () => {
    ipcMain.removeHandler(BRIDGE_CHANNELS.invoke);
    unsubscribe();
  };
}

function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | undefined, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || frame === null) return false;
  return frame === window.webContents.mainFrame && isAppUrl(frame.url, devServerUrl);
}

/** Asks where to save (offering the file's name and type), writes it there and shows it in the file manager. */
export async function saveFileWithDialog(window: BrowserWindow | undefined, file: FileToSave): Promise<SaveOutcome> {
  const options = {
    title: file.dialogTitle,
    defaultPath: join(app.getPath('documents'), file.defaultFileName),
    filters: [{ name: file.filter.name, extensions: [...file.filter.extensions] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, file.bytes);
  shell.showItemInFolder(choice.filePath);
  return { saved: true, path: choice.filePath };
}
