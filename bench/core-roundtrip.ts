/**
 * core.roundtrip_p95_ms: a command sent over the WebSocket transport to the
 * real server on loopback, until the new workshop state has arrived and been
 * parsed by the client (goal ≤ 16 ms).
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import { PROTOCOL_VERSION } from '../shared/wire';
import type { Benchmark } from './benchmark';
import { commandAt, openLargeHost } from './large-store';
import { percentile, round } from './stats';

const WARMUP = 20;
const SAMPLES = 200;

export const coreRoundtripBenchmark: Benchmark = {
  name: 'core roundtrip',
  async run() {
    const { host, workshop, dispose } = openLargeHost();
    const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0 });
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}ws`, { origin: server.url.replace(/\/$/, '') });
    await once(socket, 'open');
    let nextId = 1;
    const send = (method: string, params: unknown): Promise<void> =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const onMessage = (data: WebSocket.RawData): void => {
          const message = JSON.parse(String(data)) as { id?: number; ok?: boolean; event?: string };
          if (message.id !== id) return;
          socket.off('message', onMessage);
          if (message.ok) resolve();
          else reject(new Error(`The server refused ${method}: ${String(data).slice(0, 300)}`));
        };
        socket.on('message', onMessage);
        socket.send(JSON.stringify({ v: PROTOCOL_VERSION, id, method, params }));
      });
    try {
      await send('workshop/open', { workshopId: workshop.id });
      const times: number[] = [];
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        const start = performance.now();
        await send('workshop/dispatch', { workshopId: workshop.id, command: commandAt(workshop, i) });
        if (i >= WARMUP) times.push(performance.now() - start);
      }
      return [{ name: 'core.roundtrip_p95_ms', value: round(percentile(times, 95)), unit: 'ms', goal: 16 }];
    } finally {
      socket.close();
      await server.close();
      dispose();
    }
  },
};
