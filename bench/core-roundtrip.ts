/**
 * core.roundtrip_p95_ms: a command sent over the WebSocket transport to the
 * real server on loopback, until its reply (the change, cut for the sender's
 * seat) has arrived and been parsed by the client (goal ≤ 8 ms).
 *
 * wire.rating_change_bytes: the size of the message a second facilitator
 * page, watching the same workshop, receives when one rating is set
 * (goal ≤ 1024 bytes).
 */
import { performance } from 'node:perf_hooks';
import type WebSocket from 'ws';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import type { Benchmark } from './benchmark';
import { commandAt, openLargeHost } from './large-store';
import { percentile, round } from './stats';
import { connectPage } from './ws-page';

const WARMUP = 20;
const SAMPLES = 200;

async function waitFor(condition: () => boolean): Promise<void> {
  const until = performance.now() + 5000;
  while (!condition()) {
    if (performance.now() > until) throw new Error('The watching page heard nothing in time.');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

export const coreRoundtripBenchmark: Benchmark = {
  name: 'core roundtrip',
  async run() {
    const { host, workshop, dispose } = await openLargeHost();
    const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0 });
    const page = await connectPage(server.url);
    const watcher = await connectPage(server.url);
    const heard: string[] = [];
    watcher.socket.on('message', (data: WebSocket.RawData) => heard.push(String(data)));
    const send = (method: string, params: unknown) => page.send(method, params);
    try {
      await send('workshop/open', { workshopId: workshop.id });
      await watcher.send('workshop/open', { workshopId: workshop.id });
      const times: number[] = [];
      let ratingBytes = 0;
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const command = commandAt(workshop, i);
        const start = performance.now();
        await send('workshop/dispatch', { workshopId: workshop.id, command, mutation: { clientId: 'bench', n: i + 1 } });
        if (i >= WARMUP) times.push(performance.now() - start);
        if (command.type === 'rating/set' && ratingBytes === 0) {
          const seq = i + 1;
          await waitFor(() => heard.some((text) => text.includes(`"seq":${seq},`)));
          const text = heard.find((message) => message.includes(`"seq":${seq},`)) ?? '';
          ratingBytes = Buffer.byteLength(text, 'utf8');
        }
      }
      return [
        { name: 'core.roundtrip_p95_ms', value: round(percentile(times, 95)), unit: 'ms', goal: 8 },
        { name: 'wire.rating_change_bytes', value: ratingBytes, unit: 'bytes', goal: 1024 },
      ];
    } finally {
      page.socket.close();
      watcher.socket.close();
      await server.close();
      await dispose();
    }
  },
};
