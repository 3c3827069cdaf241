// A room of forty voting at once, on the real server (loopback): forty people
// in five teams join on their own devices (forty connections) and each casts
// a five-dot ballot. Ten of the phones lose their connection just as they
// send — the ballot sent, the socket gone — and come back with their
// credential to send the same ballot again under the same mutation, as the
// renderer does. Every ballot must be counted exactly once: in the host, in
// the saved file, on the facilitator's screen, and in the changes the host
// made (one per person, however many times it was sent).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import { seatKey } from '../../../shared/seat';
import { PROTOCOL_VERSION, type Mutation, type WorkshopSummary } from '../../../shared/wire';
import type { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { Page } from '../support/page';
import { joinDevice, openRoom, type Device } from '../support/room-devices';
import { serveForTest, type ServedForTest } from '../support/test-server';
import { TestClient, type Reply } from '../support/ws-client';

const FIRST_NAMES = ['Zoë', 'Łukasz', 'Παναγιώτα', 'Дмитрий', 'Aoife', 'Sébastien', 'Priya', 'Kwame'];
const TEAMS = ['Blue', 'Red', 'Green', 'Amber', 'Violet'];
const PEOPLE = 40;
const FLAKY = 10;

let root: string;
let host: WorkshopHost;
let server: RunningServer;
let served: ServedForTest;
/** How many changes the host made from each seat, as its own events tell. */
const changesBySeat = new Map<string, number>();

beforeAll(async () => {
  served = await serveForTest('jr-room-vote-test-', (watched) =>
    watched.subscribe((event) => {
      if (event.name !== 'workshop/changes') return;
      const key = seatKey(event.data.origin.seat);
      changesBySeat.set(key, (changesBySeat.get(key) ?? 0) + 1);
    }),
  );
  ({ root, host, server } = served);
});

afterAll(() => served.close());

function dispatchText(id: number, workshopId: string, command: ClientCommand, mutation: Mutation): string {
  return JSON.stringify({ v: PROTOCOL_VERSION, id, method: 'workshop/dispatch', params: { workshopId, command, mutation } });
}

describe('forty people voting at once', () => {
  it('counts every ballot exactly once, though ten phones drop as they send and send again', async () => {
    const facilitatorClient = await TestClient.connect(server.url);
    served.keep(facilitatorClient);
    const created = await facilitatorClient.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
    const workshopId = (created.result as WorkshopSummary).id;
    const facilitator = await Page.on(facilitatorClient, workshopId);
    const teams = [facilitator.state.teams[0]?.id ?? ''];
    await facilitator.must({ type: 'team/rename', teamId: teams[0] ?? '', name: TEAMS[0] ?? '' });
    for (const name of TEAMS.slice(1)) teams.push((await facilitator.must({ type: 'team/add', name })).patch.put?.teams?.[0]?.id ?? '');
    // Two fixes per team: ten to vote on.
    const fixes: string[] = [];
    for (const [t, teamId] of teams.entries()) {
      for (const title of ['Shorter form', 'Call back']) {
        const added = await facilitator.must({ type: 'fix/add', teamId, title: `${title} (${TEAMS[t] ?? ''})`, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 });
        fixes.push(added.patch.put?.fixes?.[0]?.id ?? '');
      }
    }
    const { url } = await openRoom(server, workshopId);

    // Forty people join, eight to a team, each on a device of their own.
    const devices: Device[] = [];
    for (let batch = 0; batch < PEOPLE; batch += 10) {
      const joined = await Promise.all(
        Array.from({ length: 10 }, (_, k) => {
          const i = batch + k;
          const name = `${FIRST_NAMES[i % FIRST_NAMES.length] ?? ''} ${TEAMS[i % TEAMS.length]?.charAt(0) ?? ''}${String(Math.floor(i / TEAMS.length))}`;
          return joinDevice(server, workshopId, teams[i % TEAMS.length] ?? '', name);
        }),
      );
      devices.push(...joined);
    }
    for (const d of devices) served.keep(d.client);
    expect(new Set(devices.map((d) => d.session.participantId)).size).toBe(PEOPLE);
    expect(server.room.status().room?.devices.filter((d) => d.connected)).toHaveLength(PEOPLE);
    expect(host.currentState(workshopId).participants).toHaveLength(PEOPLE);

    // Each ballot: three dots on one fix and two on another (five, the budget).
    const ballotOf = (i: number): Record<string, number> => ({ [fixes[i % 10] ?? '']: 3, [fixes[(i + 3) % 10] ?? '']: 2 });
    const commandOf = (i: number): ClientCommand => ({ type: 'ballot/cast', participantId: devices[i]?.session.participantId ?? '', dots: ballotOf(i) });
    // Every fourth phone (ten of them) loses its connection around the moment it votes: some before the
    // ballot left, some just after it was sent (closed as a tab closes, or cut as a network drops).
    const flaky = (i: number) => i % 4 === 1;
    const dropOf = (i: number): 'before-sending' | 'closed-after-sending' | 'cut-after-sending' =>
      (['before-sending', 'closed-after-sending', 'cut-after-sending'] as const)[Math.floor(i / 4) % 3] ?? 'before-sending';
    expect(Array.from({ length: PEOPLE }, (_, i) => i).filter(flaky)).toHaveLength(FLAKY);

    const resent: Array<{ i: number; drop: ReturnType<typeof dropOf>; reply: Reply }> = [];
    const replies = await Promise.all(
      devices.map(async (device, i): Promise<Reply> => {
        const mutation: Mutation = { clientId: `phone-${String(i)}`, n: 1 };
        if (!flaky(i)) return device.client.request('workshop/dispatch', { workshopId, command: commandOf(i), mutation });
        const drop = dropOf(i);
        if (drop !== 'before-sending') device.client.socket.send(dispatchText(1, workshopId, commandOf(i), mutation));
        if (drop === 'cut-after-sending') device.client.socket.terminate();
        else device.client.socket.close();
        // Back on a new connection with the credential: open the workshop again, then send what was not answered.
        const again = await TestClient.connect(url, { credential: device.credential });
        served.keep(again);
        expect(again.session).toEqual(device.session);
        expect(await again.request('workshop/open', { workshopId })).toMatchObject({ ok: true });
        const reply = await again.request('workshop/dispatch', { workshopId, command: commandOf(i), mutation });
        resent.push({ i, drop, reply });
        return reply;
      }),
    );
    const duplicate = { code: 'duplicate', message: 'That change had already arrived, so it was applied once.' };
    for (const [i, reply] of replies.entries()) {
      if (!flaky(i)) expect(reply.ok, `ballot ${String(i)}: ${reply.error?.message ?? ''}`).toBe(true);
    }
    expect(resent).toHaveLength(FLAKY);
    for (const { i, drop, reply } of resent) {
      // Never sent before: this copy is the one applied. Sent and then closed: the first copy was, and this one is told so.
      if (drop === 'before-sending') expect(reply, `ballot ${String(i)}`).toMatchObject({ ok: true });
      if (drop === 'closed-after-sending') expect(reply, `ballot ${String(i)}`).toMatchObject({ ok: false, error: duplicate });
      // Cut as it was sent: either, as long as it counts once (below).
      if (drop === 'cut-after-sending' && !reply.ok) expect(reply.error, `ballot ${String(i)}`).toEqual(duplicate);
    }
    expect(new Set(resent.map((r) => r.drop))).toEqual(new Set(['before-sending', 'closed-after-sending', 'cut-after-sending']));

    // Counted once each: forty ballots of five dots, eighty votes.
    const now = host.currentState(workshopId);
    expect(now.votes).toHaveLength(2 * PEOPLE);
    for (const [i, device] of devices.entries()) {
      const mine = now.votes.filter((v) => v.participantId === device.session.participantId);
      expect(Object.fromEntries(mine.map((v) => [v.fixId, v.dots])), `ballot ${String(i)}`).toEqual(ballotOf(i));
      // One change from this person's seat, however many times the ballot was sent.
      expect(changesBySeat.get(seatKey({ kind: 'team', teamId: device.session.teamId, participantId: device.session.participantId })), `ballot ${String(i)}`).toBe(1);
    }
    const totals = new Map<string, number>();
    for (const vote of now.votes) totals.set(vote.fixId, (totals.get(vote.fixId) ?? 0) + vote.dots);
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(5 * PEOPLE);
    // Each fix: three dots from the four whose first choice it is, two from the four whose second.
    for (const fixId of fixes) expect(totals.get(fixId)).toBe(4 * 3 + 4 * 2);

    // The saved file says the same, and so does the facilitator's screen.
    const saved = readSavedWorkshop(join(root, 'data', 'workshops', `${workshopId}.json`));
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.workshop.votes).toEqual(now.votes);
    expect(saved.workshop).toEqual(now);
    await facilitator.waitForSeq(host.openWorkshop(workshopId).seq);
    expect(facilitator.state.votes).toEqual(now.votes);
    expect(facilitator.problems).toEqual([]);
    // Everyone is back in the lobby.
    for (let tries = 0; tries < 50 && server.room.status().room?.devices.some((d) => !d.connected); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.room.status().room?.devices.filter((d) => d.connected)).toHaveLength(PEOPLE);
  });
});
