/**
 * The real server for the server tests: on loopback, any free port, quiet,
 * and with a loopback address the room may open on (standing in for the
 * room's network address), so tests can seat devices the way a room does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { startServer, type RunningServer, type ServerOptions } from '../../../main/server/start-server';
import type { SessionState } from '../../../shared/room';
import { openStore, tickingClock } from './temp-data';
import { TestClient } from './ws-client';

/** Where the tests' room listens: loopback, on a port of its own. */
export const TEST_ROOM_ADDRESS = '127.0.0.1';

export function startTestServer(options: Omit<ServerOptions, 'roomAddresses' | 'roomPort'>): Promise<RunningServer> {
  return startServer({ port: 0, log: () => undefined, ...options, roomAddresses: [TEST_ROOM_ADDRESS], roomPort: 0 });
}

let people = 0;

/**
 * Seats a new device in the room for this team, as a person joining with the
 * room code would, and gives its credential and session. Opens the room for
 * the workshop first when it is not open.
 */
export async function joinRoom(
  server: RunningServer,
  workshopId: string,
  teamId: string,
  name = `Person ${String((people += 1))}`,
): Promise<{ credential: string; session: Extract<SessionState, { kind: 'member' }> }> {
  // One room at a time: a test that moved on to another workshop moves the room with it.
  if (server.room.isOpen && server.room.workshopId !== workshopId) await server.room.close();
  if (!server.room.isOpen) await server.room.open(workshopId, TEST_ROOM_ADDRESS);
  const room = server.room.status().room;
  if (!room) throw new Error('The room did not open.');
  const guest = await TestClient.connect(`${room.url}/`);
  try {
    const reply = await guest.request('room/join', { code: room.code, teamId, name });
    if (!reply.ok) throw new Error(`Joining the room was refused: ${reply.error?.message ?? ''}`);
    return reply.result as { credential: string; session: Extract<SessionState, { kind: 'member' }> };
  } finally {
    await guest.close();
  }
}

/** The real host and server on a fresh temp folder, as the room tests start them, and the pages they open. */
export interface ServedForTest {
  readonly root: string;
  readonly host: WorkshopHost;
  readonly server: RunningServer;
  /** Keeps a page's connection to be closed with the server. */
  keep<T extends TestClient>(client: T): T;
  /** Closes the pages, the server, then the host (its writes end before the folder goes), and removes the folder. */
  close(): Promise<void>;
}

const quietPdf: PdfExporter = { render: async () => new TextEncoder().encode('%PDF-1.7 test'), fileName: () => 'plan.pdf' };

/** `watch` sees the host before any page connects (to count its events, say). */
export async function serveForTest(prefix: string, watch?: (host: WorkshopHost) => void): Promise<ServedForTest> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const host = new WorkshopHost({ store: openStore(join(root, 'data')), log: () => undefined, now: tickingClock() });
  watch?.(host);
  const server = await startTestServer({ host, pdf: quietPdf, staticDir: join(root, 'web') });
  const clients: TestClient[] = [];
  return {
    root,
    host,
    server,
    keep: (client) => {
      clients.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await server.close();
      await host.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
