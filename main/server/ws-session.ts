/**
 * One browser's WebSocket as a connection to the host (main/api/connection.ts):
 * text frames in and out, a binary frame refused with a sentence, and a
 * polite close when the server stops.
 */
import type { RawData, WebSocket } from 'ws';
import { Connection } from '../api/connection';
import type { RequestHandler } from '../api/handle-request';

export function connectionFor(socket: WebSocket, handleRequest: RequestHandler): Connection {
  const connection = new Connection({
    send: (text) => {
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    handleRequest,
    mayJoinAsTeam: true,
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
