/**
 * The desktop window's side of the bridge. One pair of channels,
 * `journey-room:*`; a message is taken only when it comes from our window's
 * top frame showing our own page, and then it goes into a connection exactly
 * like a browser's WebSocket (main/api/connection.ts): the same checks, the
 * same requests, the same updates, always as the facilitator. Saving an export uses the system's save
 * dialog.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, ipcMain, shell, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { BRIDGE_CHANNELS } from '../../shared/bridge';
import { FACILITATOR_MESSAGE_MAX, type SaveOutcome } from '../../shared/wire';
import { Connection } from '../api/connection';
import type { FileToSave } from '../api/export-files';
import type { RequestHandler } from '../api/handle-request';
import { isAppUrl } from './app-origin';

export interface IpcOptions {
  readonly handleRequest: RequestHandler;
  /** Every live connection of the app: the window's joins them, so it hears the host's changes and the lobby. */
  readonly connections: Set<Connection>;
  /** The window whose page may call in; read on every call because it can be re-created. */
  readonly window: () => BrowserWindow | undefined;
  /** The projector's window, whose page is the facilitator's too (projector-window.ts). */
  readonly projectorWindow?: () => BrowserWindow | undefined;
  readonly devServerUrl?: string;
}

export function registerIpc(options: IpcOptions): () => void {
  const connections = new WeakMap<WebContents, Connection>();

  function connectionOf(contents: WebContents): Connection {
    let connection = connections.get(contents);
    if (!connection) {
      connection = new Connection({
        send: (text) => {
          if (!contents.isDestroyed()) contents.send(BRIDGE_CHANNELS.toPage, text);
        },
        handleRequest: options.handleRequest,
        // The desktop window is the facilitator's, and cannot join the room as a device.
        session: { kind: 'facilitator' },
        mayJoin: false,
      });
      connections.set(contents, connection);
      options.connections.add(connection);
      const added = connection;
      contents.once('destroyed', () => options.connections.delete(added));
    }
    return connection;
  }

  const receive = (event: IpcMainEvent, text: unknown): void => {
    const window = [options.window(), options.projectorWindow?.()].find(
      (candidate) => candidate !== undefined && isTrustedSender(event, candidate, options.devServerUrl),
    );
    if (!window) {
      console.error('Refused a message from a page that is not Journey Room.', event.senderFrame?.url);
      return;
    }
    const connection = connectionOf(window.webContents);
    // The window is the facilitator's: it may send a whole workshop file to import.
    if (typeof text !== 'string' || text.length > FACILITATOR_MESSAGE_MAX) {
      connection.refuseMessage('That message was not understood: it is not text of a sensible size.');
      return;
    }
    connection.receive(text);
  };
  ipcMain.on(BRIDGE_CHANNELS.toMain, receive);

  return () => {
    ipcMain.removeListener(BRIDGE_CHANNELS.toMain, receive);
  };
}

/** Whether a message comes from this window's top frame showing our own page. */
export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent, window: BrowserWindow, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (window.isDestroyed() || frame === null) return false;
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
