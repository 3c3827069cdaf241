/**
 * The room as both the serve CLI and the desktop app run it: the room
 * itself (main/room/room.ts), whose listener serves the built renderer on
 * the address the facilitator chose; the one request handler every
 * connection uses; and the fan-out that tells every live connection — the
 * desktop window's, the facilitator's browser page, every device — the
 * host's changes cut to its seat, and tells the facilitator's connections
 * the lobby.
 */
import type { RoomInterface } from '../../shared/room';
import { PROTOCOL_VERSION } from '../../shared/wire';
import type { Connection } from '../api/connection';
import { fanOut } from '../api/fan-out';
import { createRequestHandler, type RequestHandler } from '../api/handle-request';
import { createHandlers, type HandlerDeps } from '../api/handlers';
import { Room } from '../room/room';
import { startListener, type Listener } from './listener';

export interface RoomServiceOptions {
  /** What the handlers need besides the room: the host, the PDF maker, the desktop's save dialog. */
  readonly handlers: Omit<HandlerDeps, 'room'>;
  /** The built renderer the room's listener serves. */
  readonly staticDir: string;
  readonly log: (message: string, detail?: unknown) => void;
  /** The machine's addresses the room may listen on. */
  readonly interfaces?: () => RoomInterface[];
  /** Host names (not addresses) devices may use to reach the room. */
  readonly roomHostNames?: readonly string[];
  readonly roomPort?: number;
  readonly addressCheckMs?: number;
  /** Keeps the computer awake while the room is open. */
  readonly keepAwake?: (awake: boolean) => void;
  /** Most WebSockets the room's listener holds at once. */
  readonly maxConnections?: number;
}

export interface RoomService {
  readonly room: Room;
  /** Every live connection, whatever carries it; transports add theirs and remove them when they go. */
  readonly connections: Set<Connection>;
  readonly handleRequest: RequestHandler;
  close(): Promise<void>;
}

export function createRoomService(options: RoomServiceOptions): RoomService {
  const connections = new Set<Connection>();
  const host = options.handlers.host;
  // The handler needs the room and the room's listener needs the handler: the room is made first,
  // and its listener (made only when the room opens) reaches the handler through this box.
  const box: { handleRequest?: RequestHandler } = {};
  const room: Room = new Room({
    host,
    ...(options.interfaces === undefined ? {} : { interfaces: options.interfaces }),
    ...(options.roomPort === undefined ? {} : { preferredPort: options.roomPort }),
    ...(options.addressCheckMs === undefined ? {} : { addressCheckMs: options.addressCheckMs }),
    ...(options.keepAwake === undefined ? {} : { keepAwake: options.keepAwake }),
    listen: (address, port): Promise<Listener> =>
      startListener({
        kind: 'room',
        hostname: address,
        port,
        hostNames: [address, ...(options.roomHostNames ?? [])],
        staticDir: options.staticDir,
        handleRequest: (method, params, client) => {
          if (!box.handleRequest) throw new Error('The request handler is not ready yet.');
          return box.handleRequest(method, params, client);
        },
        room,
        connections,
        log: options.log,
        ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
      }),
  });
  const handler = createRequestHandler(createHandlers({ ...options.handlers, room }), options.log);
  box.handleRequest = handler;

  const unsubscribeHost = fanOut(host, () => connections.values());
  const unsubscribeRoom = room.subscribe((event) => {
    const text = `{"v":${PROTOCOL_VERSION},"event":"room/changed","data":${JSON.stringify(event.status)}}`;
    for (const connection of connections) if (connection.session.kind === 'facilitator') connection.sendText(text);
  });

  return {
    room,
    connections,
    handleRequest: handler,
    close: async () => {
      unsubscribeHost();
      unsubscribeRoom();
      await room.close();
      room.dispose();
    },
  };
}
