/**
 * The server side of the room benchmark, in a process of its own so its
 * memory can be measured apart from the 200 clients: the large fixture on a
 * real store in a temp folder, the real server, and the room open on a
 * loopback address standing in for the LAN. Prints one JSON line with what
 * the clients need, then runs until it is sent SIGTERM.
 */
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import { openLargeHost } from './large-store';
import { BENCH_ROOM_ADDRESS, openRoom } from './ws-page';

async function main(): Promise<void> {
  const { host, workshop, dispose } = await openLargeHost();
  const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0, roomAddresses: [BENCH_ROOM_ADDRESS], roomPort: 0 });
  const room = await openRoom(server, workshop.id);
  console.log(JSON.stringify({ url: server.url, roomUrl: room.url, code: room.code, workshopId: workshop.id }));
  const stop = (): void => {
    void server
      .close()
      .then(() => dispose())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
