/**
 * lan.join_ms — a person joining the room from a browser: from opening the
 * team's join address (its QR code) until their team's board is painted,
 * name typed and join pressed included (goal ≤ 1500 ms). Large fixture,
 * map phase, the room on a loopback address standing in for the LAN; each
 * join in a fresh browser context, as a new device. The median of the runs.
 */
import { performance } from 'node:perf_hooks';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import { launchBrowser } from '../test/e2e/support/browser';
import type { Benchmark } from './benchmark';
import { openLargeHost } from './large-store';
import { round } from './stats';
import { BENCH_ROOM_ADDRESS, openRoom } from './ws-page';

const WARMUP = 1;
const JOINS = 5;

export const lanJoinBenchmark: Benchmark = {
  name: 'joining the room',
  async run() {
    const { host, workshop, dispose } = await openLargeHost((w) => ({ ...w, phase: 'map' }));
    const server = await startServer({
      host,
      pdf: actionPlanPdf,
      staticDir: 'out/web',
      port: 0,
      roomAddresses: [BENCH_ROOM_ADDRESS],
      roomPort: 0,
    });
    const browser = await launchBrowser();
    try {
      await openRoom(server, workshop.id);
      const room = server.room.status().room;
      const team = room?.teamJoinUrls[0];
      if (!room || !team) throw new Error('The room has no team join address.');
      const times: number[] = [];
      for (let i = 0; i < WARMUP + JOINS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(team.url);
        await page.getByRole('textbox', { name: /type your name/i }).fill(`Joiner ${i + 1}`);
        await page.getByTestId('join-submit').click();
        await page.locator('.board-drag-area').first().waitFor();
        // Painted: the frame after the board is in the page has been drawn.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        if (i >= WARMUP) times.push(performance.now() - start);
        await context.close();
      }
      times.sort((a, b) => a - b);
      return [{ name: 'lan.join_ms', value: round(times[Math.floor(times.length / 2)] ?? Number.NaN), unit: 'ms', goal: 1500 }];
    } finally {
      await browser.close();
      await server.close();
      await dispose();
    }
  },
};
