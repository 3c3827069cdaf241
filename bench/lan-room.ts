/**
 * The local-network room under a full room's load, on loopback with the
 * large fixture. The server runs in a process of its own (bench/lan-server.ts).
 *
 * lan.clients_connected — devices that joined with the room code, opened the
 *   workshop and are held, as the server's lobby counts them (goal ≥ 200).
 * lan.vote_burst_p99_ms — 200 people each cast a 5-dot ballot within 2 s;
 *   from each ballot's acknowledgement until every one of the 200 devices has
 *   that update (goal ≤ 100).
 * lan.votes_lost — ballots not in the workshop afterwards (goal 0).
 * lan.facilitator_roundtrip_under_burst_p95_ms — the facilitator's commands
 *   during the burst, request to reply (goal ≤ 50).
 * lan.server_rss_mb — the server process's resident memory after the burst
 *   (goal ≤ 400).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Workshop } from '../shared/model';
import type { RoomStatus } from '../shared/room';
import type { Benchmark } from './benchmark';
import { percentile, round } from './stats';
import { connectPage, type BenchPage } from './ws-page';

const DEVICES = 200;
const BURST_MS = 2000;
const FACILITATOR_EVERY_MS = 40;
const JOIN_AT_ONCE = 10;

interface Served {
  readonly url: string;
  readonly roomUrl: string;
  readonly code: string;
  readonly workshopId: string;
}

interface Device {
  readonly page: BenchPage;
  readonly participantId: string;
  /** When this device heard each seq (its own replies included). */
  readonly heardAt: Map<number, number>;
}

function startServerProcess(): Promise<{ child: ChildProcess; served: Served }> {
  // Node itself with tsx's loader, so the pid measured is the server's own process.
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'lan-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('The room server did not start within 60 s.')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      resolve({ child, served: JSON.parse(line) as Served });
    });
    child.on('exit', (code) => reject(new Error(`The room server exited (${String(code)}) before it served.`)));
  });
}

function rssMb(pid: number): number {
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim());
  return kb / 1024;
}

async function joinDevice(served: Served, workshop: Workshop, i: number): Promise<Device> {
  const page = await connectPage(served.roomUrl);
  const team = workshop.teams[i % workshop.teams.length];
  if (!team) throw new Error('The large fixture has no teams.');
  const joined = (await page.send('room/join', { code: served.code, teamId: team.id, name: `Guest ${i + 1}` })) as {
    session: { participantId: string };
  };
  const heardAt = new Map<number, number>();
  page.onUpdate((seq) => heardAt.set(seq, performance.now()));
  await page.send('workshop/open', { workshopId: served.workshopId });
  return { page, participantId: joined.session.participantId, heardAt };
}

/** Three fixes of other teams, 2 + 2 + 1 dots. */
function ballotFor(workshop: Workshop, device: Device, i: number): Record<string, number> {
  const fixes = workshop.fixes;
  const pick = (k: number) => fixes[(i * 7 + k * 13) % fixes.length]?.id ?? '';
  return { [pick(0)]: 2, [pick(1)]: 2, [pick(2)]: 1 };
}

export const lanRoomBenchmark: Benchmark = {
  name: 'local-network room',
  async run() {
    const { child, served } = await startServerProcess();
    const pages: BenchPage[] = [];
    try {
      const facilitator = await connectPage(served.url);
      pages.push(facilitator);
      const opened = (await facilitator.send('workshop/open', { workshopId: served.workshopId })) as { snapshot: { state: Workshop } };
      const workshop = opened.snapshot.state;

      const devices: Device[] = [];
      for (let i = 0; i < DEVICES; i += JOIN_AT_ONCE) {
        const batch = await Promise.all(Array.from({ length: Math.min(JOIN_AT_ONCE, DEVICES - i) }, (_, k) => joinDevice(served, workshop, i + k)));
        devices.push(...batch);
        pages.push(...batch.map((d) => d.page));
      }
      // Held: a second later, the server's lobby still has them all connected.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const lobby = (await facilitator.send('room/status', {})) as RoomStatus;
      const connected = lobby.room?.devices.filter((d) => d.connected).length ?? 0;

      // The burst: one ballot every BURST_MS / DEVICES ms; the facilitator keeps working meanwhile.
      const acked = new Map<number, number>();
      let refused = 0;
      const facilitatorTimes: number[] = [];
      let bursting = true;
      const facilitatorWork = (async () => {
        const card = workshop.touchpoints[0];
        const pillar = workshop.framework.pillars[0];
        if (!card || !pillar) throw new Error('The large fixture is missing parts.');
        for (let n = 1; bursting; n++) {
          const start = performance.now();
          await facilitator.send('workshop/dispatch', {
            workshopId: served.workshopId,
            command: { type: 'rating/set', teamId: card.teamId, touchpointId: card.id, pillarId: pillar.id, score: (n % 5) + 1 },
            mutation: { clientId: 'bench-facilitator', n },
          });
          facilitatorTimes.push(performance.now() - start);
          await new Promise((resolve) => setTimeout(resolve, FACILITATOR_EVERY_MS));
        }
      })();
      const start = performance.now();
      await Promise.all(
        devices.map(async (device, i) => {
          const due = start + (i * BURST_MS) / DEVICES;
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
          try {
            const update = (await device.page.send('workshop/dispatch', {
              workshopId: served.workshopId,
              command: { type: 'ballot/cast', participantId: device.participantId, dots: ballotFor(workshop, device, i) },
              mutation: { clientId: `bench-device-${i}`, n: 1 },
            })) as { seq: number };
            acked.set(update.seq, performance.now());
          } catch {
            refused += 1;
          }
        }),
      );
      bursting = false;
      await facilitatorWork;

      // Every device must have every ballot's update; wait for the last stragglers (bounded).
      const seqs = [...acked.keys()];
      const until = performance.now() + 30_000;
      while (devices.some((d) => seqs.some((seq) => !d.heardAt.has(seq))) && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const spreads = seqs.map((seq) => {
        const ack = acked.get(seq) ?? 0;
        const last = Math.max(...devices.map((d) => d.heardAt.get(seq) ?? Number.POSITIVE_INFINITY));
        return last - ack;
      });

      const after = (await facilitator.send('workshop/open', { workshopId: served.workshopId })) as { snapshot: { state: Workshop } };
      const dotsOf = new Map<string, number>();
      for (const vote of after.snapshot.state.votes) dotsOf.set(vote.participantId, (dotsOf.get(vote.participantId) ?? 0) + vote.dots);
      const lost = devices.filter((d) => dotsOf.get(d.participantId) !== 5).length;
      const rss = rssMb(child.pid ?? 0);

      if (refused > 0) console.error(`${refused} ballots were refused during the burst.`);
      console.error(`burst: ${seqs.length} ballots acknowledged in ${round(performance.now() - start)} ms; spread min ${round(Math.min(...spreads))} max ${round(Math.max(...spreads))}`);
      return [
        { name: 'lan.clients_connected', value: connected, unit: 'devices' },
        { name: 'lan.vote_burst_p99_ms', value: round(percentile(spreads, 99)), unit: 'ms', goal: 100 },
        { name: 'lan.votes_lost', value: lost, unit: 'ballots', goal: 0 },
        { name: 'lan.facilitator_roundtrip_under_burst_p95_ms', value: round(percentile(facilitatorTimes, 95)), unit: 'ms', goal: 50 },
        { name: 'lan.server_rss_mb', value: round(rss), unit: 'MB', goal: 400 },
      ];
    } finally {
      for (const page of pages) page.socket.terminate();
      child.kill('SIGTERM');
    }
  },
};
