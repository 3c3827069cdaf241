/**
 * The round trip with the room connected: the facilitator's connection plus
 * one team page per team of the large fixture (8), every one watching, ratings
 * silent and the vote secret, so every broadcast is cut into eight team views.
 *
 * core.roundtrip_with_teams_p95_ms: a facilitator's command until its reply
 * has arrived (goal ≤ 16 ms, as without teams).
 * core.team_roundtrip_p95_ms: the same for a command from a team's page,
 * whose reply is that team's view (goal ≤ 16 ms).
 * Between commands the room catches up (every other page has its update),
 * as it does between two people's clicks; that time is not counted.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { ClientCommand } from '../shared/commands';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import { PROTOCOL_VERSION } from '../shared/wire';
import type { Benchmark } from './benchmark';
import { commandAt, openLargeHost } from './large-store';
import { percentile, round } from './stats';

const WARMUP = 20;
const SAMPLES = 200;

type Send = (method: string, params: unknown) => Promise<void>;

interface Page {
  readonly socket: WebSocket;
  readonly send: Send;
  /** Resolves once this page has received `count` workshop broadcasts in all. */
  heard(count: number): Promise<void>;
}

async function connect(url: string): Promise<Page> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}ws`, { origin: url.replace(/\/$/, '') });
  await once(socket, 'open');
  let broadcasts = 0;
  let wake: (() => void) | null = null;
  socket.on('message', (data: WebSocket.RawData) => {
    if (!String(data.slice(0, 40)).includes('"event"')) return;
    broadcasts += 1;
    wake?.();
  });
  const heard = async (count: number): Promise<void> => {
    while (broadcasts < count) await new Promise<void>((resolve) => (wake = resolve));
  };
  let nextId = 1;
  const send: Send = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const onMessage = (data: WebSocket.RawData): void => {
        const message = JSON.parse(String(data)) as { id?: number; ok?: boolean };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.ok) resolve();
        else reject(new Error(`The server refused ${method}: ${String(data).slice(0, 300)}`));
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ v: PROTOCOL_VERSION, id, method, params }));
    });
  return { socket, send, heard };
}

async function p95(times: number, command: (i: number) => Promise<void>, settle: (i: number) => Promise<void>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + times; i++) {
    const start = performance.now();
    await command(i);
    if (i >= WARMUP) samples.push(performance.now() - start);
    await settle(i);
  }
  return round(percentile(samples, 95));
}

export const coreTeamRoundtripBenchmark: Benchmark = {
  name: 'core roundtrip with team pages',
  async run() {
    const { host, workshop, dispose } = openLargeHost();
    const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0 });
    const facilitator = await connect(server.url);
    const teams = await Promise.all(workshop.teams.map(() => connect(server.url)));
    const team = workshop.teams[0];
    const teamPage = teams[0];
    const ownCards = workshop.touchpoints.filter((t) => t.teamId === team?.id);
    try {
      if (!team || !teamPage || ownCards.length === 0) throw new Error('The large fixture has no team with cards.');
      await facilitator.send('workshop/open', { workshopId: workshop.id });
      await Promise.all(
        teams.map((page, i) => page.send('workshop/open', { workshopId: workshop.id, as: { teamId: workshop.teams[i]?.id } })),
      );
      const caughtUp = (pages: readonly Page[], base: number) => (i: number) =>
        Promise.all(pages.map((page) => page.heard(base + i + 1))).then(() => undefined);
      const withTeams = await p95(
        SAMPLES,
        (i) =>
          facilitator.send('workshop/dispatch', {
            workshopId: workshop.id,
            command: commandAt(workshop, i),
            mutation: { clientId: 'bench-facilitator', n: i + 1 },
          }),
        caughtUp(teams, 0),
      );
      const pillars = workshop.framework.pillars;
      const teamCommand = (i: number): ClientCommand => {
        const card = ownCards[i % ownCards.length];
        const pillar = pillars[i % pillars.length];
        if (!card || !pillar) throw new Error('The large fixture is missing parts.');
        return i % 2 === 0
          ? { type: 'touchpoint/update', touchpointId: card.id, title: `Team card ${i}` }
          : { type: 'rating/set', teamId: team.id, touchpointId: card.id, pillarId: pillar.id, score: (i % 5) + 1 };
      };
      // The sending page hears its change in the reply; the other seven hear it as an update.
      const fromTeam = await p95(
        SAMPLES,
        (i) =>
          teamPage.send('workshop/dispatch', {
            workshopId: workshop.id,
            command: teamCommand(i),
            mutation: { clientId: 'bench-team', n: i + 1 },
          }),
        caughtUp(teams.slice(1), WARMUP + SAMPLES),
      );
      return [
        { name: 'core.roundtrip_with_teams_p95_ms', value: withTeams, unit: 'ms', goal: 16 },
        { name: 'core.team_roundtrip_p95_ms', value: fromTeam, unit: 'ms', goal: 16 },
      ];
    } finally {
      facilitator.socket.close();
      for (const page of teams) page.socket.close();
      await server.close();
      await dispose();
    }
  },
};
