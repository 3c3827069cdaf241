/**
 * One HTTP + WebSocket listener: serves the built renderer and carries the
 * wire protocol on `/ws`. Two kinds exist. The desk listener, on 127.0.0.1,
 * is where the facilitator's browser page comes in (serve mode): a page
 * opened at `/?key=<facilitator key>` gets a cookie that makes its
 * WebSocket the facilitator's. The room listener, on the address the
 * facilitator chose, is for the devices in the room: nothing there ever
 * becomes the facilitator. On both, a WebSocket that offers a room
 * credential (as the subprotocol `seat.<credential>`) is seated as that
 * device; anything else is a guest that may only join.
 *
 * Each listener checks Host and Origin (ws checks neither), caps its
 * connections and what a slow reader may have waiting, and refuses big
 * messages outright — all but the facilitator's pages, which may send a
 * whole workshop file to import (FACILITATOR_MESSAGE_MAX).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CREDENTIAL_PROTOCOL_PREFIX, ROOM_PROTOCOL, type SessionState } from '../../shared/room';
import { FACILITATOR_MESSAGE_MAX } from '../../shared/wire';
import type { Connection } from '../api/connection';
import type { RequestHandler } from '../api/handle-request';
import type { Room } from '../room/room';
import { sameSecret } from '../room/secrets';
import { isOwnHost, isOwnOrigin } from './origin-check';
import { ROOM_SECURITY_HEADERS, SECURITY_HEADERS } from './security-headers';
import { acceptsGzip, CompressedFiles, isCompressible } from './compressed-files';
import { contentTypeFor, resolveStaticPath } from './static-files';
import { closeSocket, connectionFor } from './ws-session';

export interface ListenerOptions {
  readonly kind: 'desk' | 'room';
  readonly hostname: string;
  readonly port: number;
  /** The host names (without port) pages may use to reach this listener. */
  readonly hostNames: readonly string[];
  readonly staticDir: string;
  readonly handleRequest: RequestHandler;
  readonly room: Room;
  /** Every live connection of the app, across listeners: the fan-out reaches them all. */
  readonly connections: Set<Connection>;
  /** The desk listener only: the key that makes a page the facilitator's. */
  readonly facilitatorKey?: string;
  readonly log: (message: string, detail?: unknown) => void;
  /** Most WebSockets this listener holds at once. */
  readonly maxConnections?: number;
}

export interface Listener {
  readonly port: number;
  close(): Promise<void>;
}

const WS_PATH = '/ws';
/** Largest message a page may send: a command is a few kilobytes; whole workshops travel the other way only. */
export const MAX_PAYLOAD = 256 * 1024;
export const MAX_CONNECTIONS = 400;
const UNKNOWN_CREDENTIAL = 'This device is no longer in the room (the room was closed, or the device taken out). Join again with the room code.';

export async function startListener(options: ListenerOptions): Promise<Listener> {
  const sockets = new Map<WebSocket, Connection>();
  let hosts = new Set<string>();
  let port = 0;
  const cookieName = (): string => `jr_facilitator_${port}`;
  const headers = options.kind === 'room' ? ROOM_SECURITY_HEADERS : SECURITY_HEADERS;
  const compressed = new CompressedFiles();

  const server = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
      options.log('A file could not be served.', error);
      if (!res.headersSent) plain(res, 500, 'Something went wrong.', headers);
      else res.destroy();
    });
  });
  // The page asks for the room's protocol, with its credential alongside; the answer names only the protocol.
  const handleProtocols = (protocols: Set<string>) => (protocols.has(ROOM_PROTOCOL) ? ROOM_PROTOCOL : false);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD, handleProtocols });
  // The facilitator's pages (desk only) import workshop files, which travel inside one message.
  const facilitatorWss = new WebSocketServer({ noServer: true, maxPayload: FACILITATOR_MESSAGE_MAX, handleProtocols });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isOwnHost(req.headers, hosts)) return plain(res, 403, 'Forbidden', headers);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method Not Allowed', headers);
    }
    const key = keyParameter(req);
    if (key !== null) return takeKey(res, key);
    await serveStatic(req, res, { root: options.staticDir, headers, compressed });
  }

  /** The facilitator's address: the key becomes a cookie for this port, and the page loads without it in the address. */
  function takeKey(res: ServerResponse, key: string): void {
    if (options.kind !== 'desk' || options.facilitatorKey === undefined || !sameSecret(key, options.facilitatorKey)) {
      return plain(res, 403, 'That facilitator key is not right. Use the address Journey Room printed when it started.', headers);
    }
    res.writeHead(303, {
      ...headers,
      'Set-Cookie': `${cookieName()}=${key}; HttpOnly; SameSite=Strict; Path=/`,
      Location: '/',
      'Cache-Control': 'no-store',
    });
    res.end();
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(req) !== WS_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isOwnOrigin(req.headers, hosts)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (sockets.size >= (options.maxConnections ?? MAX_CONNECTIONS)) return refuseUpgrade(socket, 503, 'Service Unavailable');
    // Who the page is, known before the socket opens: only the facilitator's may send big messages.
    const isFacilitator = carriesFacilitatorKey(req);
    (isFacilitator ? facilitatorWss : wss).handleUpgrade(req, socket, head, (ws) => {
      const connection = connectionFor(ws, options.handleRequest, { session: { kind: 'guest' }, mayJoin: true, peer: req.socket.remoteAddress });
      sockets.set(ws, connection);
      options.connections.add(connection);
      ws.on('close', () => {
        sockets.delete(ws);
        options.connections.delete(connection);
        connection.dispose();
      });
      ws.on('error', (error) => options.log('A WebSocket connection failed.', error));
      seat(connection, req, isFacilitator);
    });
  });

  /** Whether the page comes to the desk with the facilitator key's cookie. */
  function carriesFacilitatorKey(req: IncomingMessage): boolean {
    if (options.kind !== 'desk' || options.facilitatorKey === undefined) return false;
    const cookie = cookieValue(req.headers.cookie, cookieName());
    return cookie !== null && sameSecret(cookie, options.facilitatorKey);
  }

  /** Who the new page is: the facilitator (desk, with the key's cookie), a device (its credential), or a guest. */
  function seat(connection: Connection, req: IncomingMessage, isFacilitator: boolean): void {
    if (isFacilitator) return connection.setSession({ kind: 'facilitator' });
    const credential = credentialOffered(req);
    if (credential === null) return connection.setSession({ kind: 'guest' });
    const device = options.room.deviceFor(credential);
    const ended: SessionState = { kind: 'guest', ended: UNKNOWN_CREDENTIAL };
    if (!device || !connection.join) return connection.setSession(ended);
    connection.join(device, options.room);
  }

  port = await listen(server, options.hostname, options.port);
  hosts = new Set(options.hostNames.map((name) => `${name.toLowerCase()}:${port}`));

  return {
    port,
    close: async () => {
      for (const ws of sockets.keys()) closeSocket(ws);
      await Promise.all([wss, facilitatorWss].map((server) => new Promise<void>((resolveClose) => server.close(() => resolveClose()))));
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

function listen(server: ReturnType<typeof createServer>, hostname: string, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('The server has no port.'));
      else resolveListen(address.port);
    });
  });
}

interface StaticOptions {
  readonly root: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly compressed: CompressedFiles;
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, { root, headers, compressed }: StaticOptions): Promise<void> {
  const path = resolveStaticPath(root, pathOf(req));
  if (path === null) return plain(res, 404, 'Not Found', headers);
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    if (isNoFile(error)) return plain(res, 404, 'Not Found', headers);
    throw error;
  }
  const contentType = contentTypeFor(path);
  const compressible = isCompressible(contentType, body.length);
  const gzipped = compressible && acceptsGzip(req.headers['accept-encoding']);
  if (gzipped) body = await compressed.gzipped(path, body);
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': body.length,
    ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    // A cache between the page and the host keeps each encoding apart.
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    // Built assets have hashed names; index.html must always be fresh.
    'Cache-Control': path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(res: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The path part of the request line, undecoded and unnormalised (resolveStaticPath does that safely). */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** `key` from the query of a request for the page itself, or null. */
function keyParameter(req: IncomingMessage): string | null {
  const url = req.url ?? '/';
  if (pathOf(req) !== '/' || !url.includes('?')) return null;
  return new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('key');
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** The credential a page offered as the subprotocol `seat.<credential>`, or null. */
function credentialOffered(req: IncomingMessage): string | null {
  const header = req.headers['sec-websocket-protocol'];
  if (typeof header !== 'string') return null;
  for (const protocol of header.split(',')) {
    const value = protocol.trim();
    if (value.startsWith(CREDENTIAL_PROTOCOL_PREFIX)) return value.slice(CREDENTIAL_PROTOCOL_PREFIX.length);
  }
  return null;
}

function isNoFile(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR')
  );
}
