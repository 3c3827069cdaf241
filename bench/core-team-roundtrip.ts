/**
 * The round trip with the room connected: the facilitator's connection plus
 * one device per team of the large fixture (8), joined through the room, every one watching, ratings
 * silent and the vote secret, so every broadcast is cut into eight team views.
 *
 * core.roundtrip_with_teams_p95_ms: a facilitator's command until its reply
 * has arrived (goal ≤ 16 ms, as without teams).
 * core.team_roundtrip_p95_ms: the same for a command from a team's page,
 * whose reply is that team's view (goal ≤ 16 ms).
 * Between commands the room catches up (every other page has its update),
 * as it does between two people's clicks; that time is not counted.
 */
import { performance } from 'node:perf_hooks';
import type { ClientCommand } from '../shared/commands';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import type { Benchmark } from './benchmark';
import { commandAt, openLargeHost } from './large-store';
import { percentile, round } from './stats';
import { BENCH_ROOM_ADDRESS, connectPage, joinAsDevice, type BenchPage } from './ws-page';

const WARMUP = 20;
const SAMPLES = 200;

/**
 * Commands start at least this far apart: a person's device is paced by the
 * room (main/api/request-pacer.ts) at 40 a second, far above what hands do;
 * the pause is not counted.
 */
const BETWEEN_MS = 30;

async function p95(times: number, command: (i: number) => Promise<unknown>, settle: (i: number) => Promise<void>): Promise<number> {
  const samples: number[] = [];
  let last = 0;
  for (let i = 0; i < WARMUP + times; i++) {
    const wait = last + BETWEEN_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const start = performance.now();
    last = start;
    await command(i);
    if (i >= WARMUP) samples.push(performance.now() - start);
    await settle(i);
  }
  return round(percentile(samples, 95));
}

export const coreTeamRoundtripBenchmark: Benchmark = {
  name: 'core roundtrip with team pages',
  async run() {
    const { host, workshop, dispose } = await openLargeHost();
    const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0, roomAddresses: [BENCH_ROOM_ADDRESS], roomPort: 0 });
    const facilitator = await connectPage(server.url);
    // One device per team, each joined through the room as a person of that team.
    const teams: BenchPage[] = [];
    for (const [i, t] of workshop.teams.entries()) teams.push(await joinAsDevice(server, workshop.id, t.id, `Bench device ${i + 1}`));
    const team = workshop.teams[0];
    const teamPage = teams[0];
    const ownCards = workshop.touchpoints.filter((t) => t.teamId === team?.id);
    try {
      if (!team || !teamPage || ownCards.length === 0) throw new Error('The large fixture has no team with cards.');
      await facilitator.send('workshop/open', { workshopId: workshop.id });
      await Promise.all(teams.map((page) => page.send('workshop/open', { workshopId: workshop.id })));
      // Counted from here: what each page heard while the devices joined is not part of the run.
      const caughtUp = (pages: readonly BenchPage[], base: number) => {
        const start = pages.map((page) => page.updates);
        return (i: number) => Promise.all(pages.map((page, p) => page.heard((start[p] ?? 0) + base + i + 1))).then(() => undefined);
      };
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
        caughtUp(teams.slice(1), 0),
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
