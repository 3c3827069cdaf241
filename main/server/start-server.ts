/**
 * The HTTP + WebSocket server: serves the built renderer to a browser and
 * carries the wire protocol on `/ws`. `npm run serve` and the browser tests
 * use it now; the local-network room will use it later. It binds to
 * 127.0.0.1 only, for now.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Connection } from '../api/connection';
import { fanOut } from '../api/fan-out';
import { createRequestHandler } from '../api/handle-request';
import { createHandlers, type PdfExporter } from '../api/handlers';
import type { WorkshopHost } from '../host/workshop-host';
import { allowedHosts, isOwnHost, isOwnOrigin } from './origin-check';
import { SECURITY_HEADERS } from './security-headers';
import { contentTypeFor, resolveStaticPath } from './static-files';
import { closeSocket, connectionFor } from './ws-session';

export interface ServerOptions {
  readonly host: WorkshopHost;
  readonly pdf: PdfExporter;
  /** The built renderer (index.html and its assets). */
  readonly staticDir: string;
  /** The address to listen on. */
  readonly hostname?: string;
  /** 0 picks any free port. */
  readonly port?: number;
  readonly log?: (message: string, detail?: unknown) => void;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const WS_PATH = '/ws';
/** Largest message a browser may send; a whole workshop travels the other way only. */
const MAX_PAYLOAD = 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const log = options.log ?? ((message, detail) => console.error(message, detail));
  const handleRequest = createRequestHandler(createHandlers({ host: options.host, pdf: options.pdf }), log);
  const sessions = new Map<WebSocket, Connection>();
  let hosts = new Set<string>();

  const server = createServer((req, res) => {
    serveStatic(req, res, options.staticDir, hosts).catch((error: unknown) => {
      log('A file could not be served.', error);
      if (!res.headersSent) plain(res, 500, 'Something went wrong.');
      else res.destroy();
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(req) !== WS_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isOwnOrigin(req.headers, hosts)) return refuseUpgrade(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => {
      sessions.set(ws, connectionFor(ws, handleRequest));
      ws.on('close', () => sessions.delete(ws));
      ws.on('error', (error) => log('A WebSocket connection failed.', error));
    });
  });

  const unsubscribe = fanOut(options.host, () => sessions.values());

  const port = await listen(server, hostname, options.port ?? 0);
  hosts = allowedHosts(hostname, port);

  return {
    url: `http://${hostname}:${port}/`,
    port,
    close: async () => {
      unsubscribe();
      for (const ws of sessions.keys()) closeSocket(ws);
      await new Promise<void>((resolveClose) => wss.close(() => resolveClose()));
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

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, hosts: ReadonlySet<string>) {
  if (!isOwnHost(req.headers, hosts)) return plain(res, 403, 'Forbidden');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(res, 405, 'Method Not Allowed');
  }
  const path = resolveStaticPath(root, pathOf(req));
  if (path === null) return plain(res, 404, 'Not Found');
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    if (isNoFile(error)) return plain(res, 404, 'Not Found');
    throw error;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(path),
    'Content-Length': body.length,
    // Built assets have hashed names; index.html must always be fresh.
    'Cache-Control': path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
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

function isNoFile(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR')
  );
}
