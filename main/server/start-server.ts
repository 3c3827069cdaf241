/**
 * The app served to browsers (serve mode, the browser tests, benchmarks):
 * the desk listener on 127.0.0.1 for the facilitator's page, and the
 * local-network room (main/room/room.ts), whose own listener starts when
 * the facilitator opens it on an address they choose. Every connection of
 * either hears the host's changes cut to its seat, and the facilitator's
 * pages hear the room's lobby.
 */
import type { RoomInterface } from '../../shared/room';
import { PROTOCOL_VERSION } from '../../shared/wire';
import type { Connection } from '../api/connection';
import { fanOut } from '../api/fan-out';
import { createRequestHandler } from '../api/handle-request';
import { createHandlers, type PdfExporter } from '../api/handlers';
import type { WorkshopHost } from '../host/workshop-host';
import { roomInterfaces } from '../room/network';
import { Room } from '../room/room';
import { newSecret } from '../room/secrets';
import { startListener, type Listener } from './listener';

export interface ServerOptions {
  readonly host: WorkshopHost;
  readonly pdf: PdfExporter;
  /** The built renderer (index.html and its assets). */
  readonly staticDir: string;
  /** The facilitator's address; 127.0.0.1 unless told otherwise. */
  readonly hostname?: string;
  /** 0 picks any free port. */
  readonly port?: number;
  readonly log?: (message: string, detail?: unknown) => void;
  /** The key that makes a page the facilitator's; a fresh random one when absent. */
  readonly facilitatorKey?: string;
  /** Addresses the room may also listen on, beyond the machine's own (a loopback stand-in for a LAN in tests). */
  readonly roomAddresses?: readonly string[];
  /** Host names (not addresses) devices may use to reach the room, such as a local DNS name. */
  readonly roomHostNames?: readonly string[];
  /** The port the room prefers; 0 takes any free one. */
  readonly roomPort?: number;
  /** The machine's addresses, for tests to stand in for a changing network. */
  readonly interfaces?: () => RoomInterface[];
  /** How often the room checks that its address is still there (ms). */
  readonly addressCheckMs?: number;
}

export interface RunningServer {
  /** The facilitator's address, key included: `http://127.0.0.1:<port>/?key=<key>`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>/`: where a page without the key lands as a guest. */
  readonly baseUrl: string;
  readonly port: number;
  readonly facilitatorKey: string;
  readonly room: Room;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const log = options.log ?? ((message, detail) => console.error(message, detail));
  const facilitatorKey = options.facilitatorKey ?? newSecret();
  const connections = new Set<Connection>();
  const extraAddresses = options.roomAddresses ?? [];
  const interfaces = options.interfaces ?? (() => roomInterfaces(undefined, extraAddresses));

  // The handler needs the room and the room's listener needs the handler: the room is made first.
  let handleRequest: ReturnType<typeof createRequestHandler> | undefined;
  const room: Room = new Room({
    host: options.host,
    interfaces,
    ...(options.roomPort === undefined ? {} : { preferredPort: options.roomPort }),
    ...(options.addressCheckMs === undefined ? {} : { addressCheckMs: options.addressCheckMs }),
    listen: (address, port): Promise<Listener> =>
      startListener({
        kind: 'room',
        hostname: address,
        port,
        hostNames: [address, ...(options.roomHostNames ?? [])],
        staticDir: options.staticDir,
        handleRequest: (method, params, client) => (handleRequest ?? notReady)(method, params, client),
        room,
        connections,
        log,
      }),
  });
  handleRequest = createRequestHandler(createHandlers({ host: options.host, pdf: options.pdf, room }), log);

  const desk = await startListener({
    kind: 'desk',
    hostname,
    port: options.port ?? 0,
    hostNames: [hostname, '127.0.0.1', 'localhost'],
    staticDir: options.staticDir,
    handleRequest,
    room,
    connections,
    facilitatorKey,
    log,
  });

  const unsubscribeHost = fanOut(options.host, () => connections.values());
  const unsubscribeRoom = room.subscribe((event) => {
    const text = `{"v":${PROTOCOL_VERSION},"event":"room/changed","data":${JSON.stringify(event.status)}}`;
    for (const connection of connections) if (connection.session.kind === 'facilitator') connection.sendText(text);
  });

  const baseUrl = `http://${hostname}:${desk.port}/`;
  return {
    url: `${baseUrl}?key=${facilitatorKey}`,
    baseUrl,
    port: desk.port,
    facilitatorKey,
    room,
    close: async () => {
      unsubscribeHost();
      unsubscribeRoom();
      await room.close();
      room.dispose();
      await desk.close();
    },
  };
}

async function notReady(): Promise<never> {
  throw new Error('The request handler is not ready yet.');
}
