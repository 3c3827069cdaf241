/**
 * `npm run serve`: the app in a browser, without Electron. Serves the built
 * renderer (out/web, written by `npm run build:web`) and the WebSocket API on
 * 127.0.0.1, with the same host and store the desktop app uses. The
 * facilitator opens the printed address, key included (like a notebook
 * server's token); from there they can open the local-network room on one of
 * the machine's addresses, for other laptops and phones to join.
 *
 * Environment:
 *   JOURNEY_ROOM_DATA_DIR      where workshops are kept (default: ~/.journey-room)
 *   PORT                       port to listen on (default 5178; 0 picks any free port)
 *   JOURNEY_ROOM_ROOM_PORT     the port the room prefers (default 5180; 0 picks any free port)
 *   JOURNEY_ROOM_ROOM_ADDRESSES  extra addresses the room may listen on, comma-separated
 *                              (e.g. 127.0.0.2 to try the room on one machine)
 *   JOURNEY_ROOM_ROOM_HOSTS    host names devices may use for the room, comma-separated
 *
 * Once listening it prints exactly one line to stdout,
 * `Journey Room is serving at http://127.0.0.1:<port>/?key=<key>`, which the
 * browser tests read. SIGINT and SIGTERM close it cleanly.
 *
 * It holds the data folder while it runs (main/store/data-lock.ts): a second
 * server or the desktop app on the same folder is refused with a sentence on
 * stderr and exit code 1, before it listens.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { actionPlanPdf } from './api/action-plan-pdf';
import { WorkshopHost } from './host/workshop-host';
import { startServer } from './server/start-server';
import { acquireDataLock } from './store/data-lock';
import { createWorkshopStore } from './store/workshop-store';

const DEFAULT_PORT = 5178;

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

function listFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

async function main(): Promise<void> {
  const dataDir = resolve(process.env['JOURNEY_ROOM_DATA_DIR'] || join(homedir(), '.journey-room'));
  const port = portFromEnv(process.env['PORT']);
  const staticDir = resolve(import.meta.dirname, '../out/web');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`The web app is not built (no ${join(staticDir, 'index.html')}). Run \`npm run build:web\` first.`);
  }

  // One writer per data folder: taken before the store reads anything. A refusal (DataFolderInUse)
  // is an Error whose message is the sentence for the person; main().catch below prints it to
  // stderr and exits 1, so nothing listens. The lock's process 'exit' handler gives the folder
  // back if anything after this fails.
  const dataLock = acquireDataLock(dataDir);

  const store = createWorkshopStore({ dataDir });
  const host = new WorkshopHost({ store });
  const roomPort = process.env['JOURNEY_ROOM_ROOM_PORT'];
  const server = await startServer({
    host,
    pdf: actionPlanPdf,
    staticDir,
    port,
    roomAddresses: listFromEnv(process.env['JOURNEY_ROOM_ROOM_ADDRESSES']),
    roomHostNames: listFromEnv(process.env['JOURNEY_ROOM_ROOM_HOSTS']),
    ...(roomPort === undefined || roomPort === '' ? {} : { roomPort: portFromEnv(roomPort) }),
  });
  console.log(`Journey Room is serving at ${server.url}`);

  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    void server
      .close()
      .then(() => host.close())
      // The folder is given back only after the host has written everything out, and also when closing failed.
      .finally(() => dataLock.release())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Journey Room did not close cleanly.', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
