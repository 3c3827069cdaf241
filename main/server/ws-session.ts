/**
 * One browser's WebSocket as a connection to the host (main/api/connection.ts):
 * text frames in and out, a binary frame refused with a sentence, and a
 * polite close when the server stops. A page that stops reading is cut off
 * once too much waits for it: it comes back by itself, asks for what it
 * missed, and memory does not grow without limit meanwhile.
 */
import type { RawData, WebSocket } from 'ws';
import type { SessionState } from '../../shared/room';
import { Connection } from '../api/connection';
import type { RequestHandler } from '../api/handle-request';

/** What may wait to go out to one page before it counts as not reading (a large workshop's snapshot is about 0.4 MB). */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export interface SessionOptions {
  readonly session: SessionState;
  readonly mayJoin: boolean;
  readonly peer?: string | undefined;
}

export function connectionFor(socket: WebSocket, handleRequest: RequestHandler, options: SessionOptions): Connection {
  const connection = new Connection({
    send: (text) => {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.terminate();
        return;
      }
      socket.send(text);
    },
    handleRequest,
    session: options.session,
    mayJoin: options.mayJoin,
    ...(options.peer === undefined ? {} : { peer: options.peer }),
  });
  socket.on('message', (data, isBinary) => {
    if (isBinary) connection.refuseMessage('That message was not understood: messages must be text.');
    else connection.receive(rawText(data));
  });
  return connection;
}

/** Says goodbye properly; a browser that does not answer within a second is cut off. */
export function closeSocket(socket: WebSocket): void {
  socket.close(1001, 'Journey Room is closing.');
  setTimeout(() => socket.terminate(), 1000).unref();
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
