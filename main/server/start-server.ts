/**
 * The app served to browsers (serve mode, the browser tests, benchmarks):
 * the desk listener on 127.0.0.1 for the facilitator's page, and the
 * local-network room (main/room/room.ts), whose own listener starts when
 * the facilitator opens it on an address they choose. Every connection of
 * either hears the host's changes cut to its seat, and the facilitator's
 * pages hear the room's lobby.
 */
import type { RoomInterface } from '../../shared/room';
import type { PdfExporter } from '../api/handlers';
import type { WorkshopHost } from '../host/workshop-host';
import { roomInterfaces } from '../room/network';
import type { Room } from '../room/room';
import { newSecret } from '../room/secrets';
import { startListener } from './listener';
import { createRoomService } from './room-service';

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
  /** Most WebSockets each listener holds at once. */
  readonly maxConnections?: number;
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
  const extraAddresses = options.roomAddresses ?? [];
  const service = createRoomService({
    handlers: { host: options.host, pdf: options.pdf },
    staticDir: options.staticDir,
    log,
    interfaces: options.interfaces ?? (() => roomInterfaces(undefined, extraAddresses)),
    ...(options.roomHostNames === undefined ? {} : { roomHostNames: options.roomHostNames }),
    ...(options.roomPort === undefined ? {} : { roomPort: options.roomPort }),
    ...(options.addressCheckMs === undefined ? {} : { addressCheckMs: options.addressCheckMs }),
    ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
  });

  const desk = await startListener({
    kind: 'desk',
    hostname,
    port: options.port ?? 0,
    hostNames: [hostname, '127.0.0.1', 'localhost'],
    staticDir: options.staticDir,
    handleRequest: service.handleRequest,
    room: service.room,
    connections: service.connections,
    facilitatorKey,
    log,
    ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
  });

  const baseUrl = `http://${hostname}:${desk.port}/`;
  return {
    url: `${baseUrl}?key=${facilitatorKey}`,
    baseUrl,
    port: desk.port,
    facilitatorKey,
    room: service.room,
    close: async () => {
      await service.close();
      await desk.close();
    },
  };
}
