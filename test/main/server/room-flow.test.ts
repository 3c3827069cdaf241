// Fairness and limits on the real server (loopback), so one device cannot
// spoil the room for everyone else: a device firing 300 moves as fast as it
// can does not hold up the facilitator, and what it sends beyond a pace no
// person reaches is refused at once with a sentence instead of piling up; a
// device that stops reading is cut off once too much waits for it, and when
// it comes back with its credential and `since` it gets everything it missed,
// once; and a listener takes at most so many connections, refusing the next
// with 503. Counts are bounded; the one time bound (a facilitator's round
// trip under a second) is ten times what the room needs, since the point is
// fairness, not speed — speed is the benchmarks'.
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { viewForTeam } from '../../../shared/selectors/team-view';
import { PROTOCOL_VERSION, type WorkshopSummary } from '../../../shared/wire';
import { MAX_CONNECTIONS } from '../../../main/server/listener';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer, ServerOptions } from '../../../main/server/start-server';
import { createLargeWorkshop } from '../../fixtures/large-workshop';
import { Page } from '../support/page';
import { joinDevice, openRoom } from '../support/room-devices';
import { openStore, tickingClock } from '../support/temp-data';
import { startTestServer } from '../support/test-server';
import { TestClient, upgradeStatus, type Reply } from '../support/ws-client';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };
const TOO_FAST =
  'This page is sending changes faster than Journey Room takes them from one device. The last one was not applied; wait a moment and try again.';

/** A server of this test's own on a fresh data folder, with these workshops saved in it; all closed when the test ends. */
async function serverWith(
  workshops: readonly Workshop[] = [],
  options: Pick<ServerOptions, 'maxConnections'> = {},
): Promise<{ server: RunningServer; host: WorkshopHost; track: <T extends TestClient>(c: T) => T }> {
  const root = mkdtempSync(join(tmpdir(), 'jr-room-flow-test-'));
  const store = openStore(join(root, 'data'));
  for (const workshop of workshops) await store.create(workshop);
  const host = new WorkshopHost({ store, log: () => undefined, now: tickingClock() });
  const server = await startTestServer({ host, pdf, staticDir: join(root, 'web'), ...options });
  const clients: TestClient[] = [];
  onTestFinished(async () => {
    // Cut, not closed politely: a page that stopped reading would never answer the goodbye.
    for (const client of clients) client.socket.terminate();
    await server.close();
    await host.close();
    rmSync(root, { recursive: true, force: true });
  });
  const track = <T extends TestClient>(client: T): T => {
    clients.push(client);
    return client;
  };
  return { server, host, track };
}

describe('a device sending as fast as it can', () => {
  it('does not hold up the facilitator, and what it sends past the pace is refused at once with a sentence', async () => {
    const { server, host, track } = await serverWith();
    const facilitatorClient = track(await TestClient.connect(server.url));
    const created = await facilitatorClient.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
    const workshopId = (created.result as WorkshopSummary).id;
    const facilitator = await Page.on(facilitatorClient, workshopId);
    const step = (command: ClientCommand) => facilitator.must(command);
    const blue = facilitator.state.teams[0]?.id ?? '';
    const w = facilitator.state;
    const cellIn = (i: number) => ({ stageId: w.stages[i]?.id ?? '', channelId: w.channels[0]?.id ?? '' });
    /** Move i goes to the second cell when i is even, back to the first when odd. */
    const targetOf = (i: number) => cellIn((i + 1) % 2);
    const card = (await step({ type: 'touchpoint/add', teamId: blue, ...cellIn(0), title: 'Checkout page' })).patch.put?.touchpoints?.[0]?.id ?? '';
    const stage = w.stages[2]?.id ?? '';

    const zoe = await joinDevice(server, workshopId, blue, 'Zoë');
    track(zoe.client);
    const device = await Page.on(zoe.client, workshopId, { credential: zoe.credential });
    const seqBefore = host.openWorkshop(workshopId).seq;

    // Every reply of the burst, in the order they arrive.
    const BURST = 300;
    const replies: Reply[] = [];
    let allAnswered: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (allAnswered = resolve));
    const firstId = 100_000;
    zoe.client.onMessage((m) => {
      if (!('id' in m) || m.id === null || m.id < firstId) return;
      replies.push(m);
      if (replies.length === BURST) allAnswered();
    });
    // 300 moves of the card between two cells, sent without waiting for any answer.
    for (let i = 0; i < BURST; i++) {
      const command: ClientCommand = { type: 'touchpoint/move', touchpointId: card, ...targetOf(i), index: 0 };
      zoe.client.socket.send(JSON.stringify({ v: PROTOCOL_VERSION, id: firstId + i, method: 'workshop/dispatch', params: { workshopId, command, mutation: device.nextMutation() } }));
    }
    // Meanwhile the facilitator keeps working: each change's round trip is timed.
    const roundTrips: number[] = [];
    let done = false;
    void answered.then(() => (done = true));
    for (let n = 0; !done && n < 500; n++) {
      const start = performance.now();
      await step({ type: 'stage/rename', stageId: stage, name: `Compare ${String(n)}` });
      roundTrips.push(performance.now() - start);
    }
    await answered;

    // Timed while the burst was being worked through, and never held up behind it.
    expect(roundTrips.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...roundTrips)).toBeLessThan(1000);

    const accepted = replies.filter((r) => r.ok);
    const refused = replies.filter((r) => !r.ok);
    expect(accepted.length + refused.length).toBe(BURST);
    // The pace lets a burst through, not all 300: the excess is refused, with the sentence, and not run.
    expect(refused.length).toBeGreaterThanOrEqual(50);
    expect(accepted.length).toBeGreaterThanOrEqual(150);
    for (const reply of refused) expect(reply.error).toEqual({ code: 'too-fast', message: TOO_FAST });
    // Refused at once, on arrival: not after waiting in a line behind the accepted ones.
    expect(replies.findLastIndex((r) => !r.ok)).toBeLessThan(replies.findLastIndex((r) => r.ok));
    // Every accepted move was applied once, in the order sent; the refused ones not at all.
    expect(host.openWorkshop(workshopId).seq).toBe(seqBefore + accepted.length + roundTrips.length);
    const lastMove = Math.max(...accepted.map((r) => (r.id ?? 0) - firstId));
    expect(host.currentState(workshopId).touchpoints.find((t) => t.id === card)?.stageId).toBe(targetOf(lastMove).stageId);
    // The facilitator's page heard every move and holds the saved workshop.
    await facilitator.waitForSeq(host.openWorkshop(workshopId).seq);
    expect(facilitator.state).toEqual(host.currentState(workshopId));
    expect(facilitator.problems).toEqual([]);
    // After a pause, the device is taken at its word again.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await device.dispatch({ type: 'touchpoint/update', touchpointId: card, title: 'Checkout' })).toMatchObject({ ok: true });
  });
});

describe('a device that stops reading', () => {
  it('is cut off once too much waits for it, and coming back with `since` catches up with nothing twice and nothing lost', async () => {
    const large = createLargeWorkshop(1);
    const { server, host, track } = await serverWith([large]);
    const workshopId = large.id;
    const teamId = large.teams[0]?.id ?? '';
    const facilitator = await Page.connect(server.url, workshopId);
    track(facilitator.client);
    const room = await openRoom(server, workshopId);
    const joined = await joinDevice(server, workshopId, teamId, 'Slow Reader');
    track(joined.client);
    const slow = await Page.on(joined.client, workshopId, { credential: joined.credential });
    const openedAt = slow.seq;
    const deviceId = joined.session.deviceId;
    const connected = () => server.room.status().room?.devices.find((d) => d.id === deviceId)?.connected;
    expect(connected()).toBe(true);

    // The phone's browser stops reading (a frozen tab): nothing it is sent is taken off the socket.
    slow.client.socket.pause();
    // The facilitator shows and hides the ratings again and again: each time every other team's
    // ratings go to the device (hundreds of kilobytes), or are taken back.
    let toggles = 0;
    /** At least what went out to the device: every other team's ratings when shown, their identities when hidden. */
    let bytesForDevice = 0;
    const others = large.ratings.filter((r) => r.teamId !== teamId);
    const shownBytes = JSON.stringify(others).length;
    const hiddenBytes = JSON.stringify(others.map((r) => ({ teamId: r.teamId, touchpointId: r.touchpointId, pillarId: r.pillarId }))).length;
    expect(shownBytes).toBeGreaterThan(100_000);
    while (connected() === true && toggles < 300) {
      toggles += 1;
      const shown = toggles % 2 === 1;
      await facilitator.must({ type: 'rating/reveal', revealed: shown });
      bytesForDevice += shown ? shownBytes : hiddenBytes;
    }
    // Cut off, and long before everything sent to it piled up (the buffered-bytes cap is 8 MB).
    expect(connected()).toBe(false);
    expect(toggles).toBeLessThan(300);
    expect(bytesForDevice).toBeGreaterThan(8 * 1024 * 1024);

    // More happens while it is away.
    await facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    await facilitator.must({ type: 'rating/reveal', revealed: false });
    const last = host.openWorkshop(workshopId).seq;

    // The tab wakes up: it reads what did reach it, then finds the connection gone.
    slow.client.socket.resume();
    if (slow.client.socket.readyState !== slow.client.socket.CLOSED) await once(slow.client.socket, 'close');
    expect(slow.problems).toEqual([]);
    const heldBefore = slow.seq;
    expect(heldBefore).toBeLessThan(last);

    // It comes back with its credential and what it has, as the renderer does.
    const back = await Page.resume(room.url, slow);
    track(back.page.client);
    expect(back.page.client.session).toMatchObject({ kind: 'member', deviceId, teamId });
    expect(back.result.kind).toBe('updates');
    const missed = back.result.kind === 'updates' ? back.result.updates.map((u) => u.seq) : [];
    expect(missed).toEqual(Array.from({ length: last - heldBefore }, (_, i) => heldBefore + 1 + i));
    // Every update once, across both connections, with no gap.
    const seen = [...slow.applied, ...back.page.applied].map((u) => u.seq);
    expect(seen).toEqual(Array.from({ length: last - openedAt }, (_, i) => openedAt + 1 + i));
    expect(back.page.problems).toEqual([]);
    expect(back.page.state).toEqual(viewForTeam(host.currentState(workshopId), teamId));
    expect(connected()).toBe(true);
  });
});

describe('the connection cap', () => {
  it(`refuses connection ${String(MAX_CONNECTIONS + 1)} on the room’s address with 503, and lets one in again when a place frees`, async () => {
    const { server, track } = await serverWith();
    const facilitator = track(await TestClient.connect(server.url));
    const created = await facilitator.request('library/create', { title: 'Town hall', template: 'blank' });
    const room = await openRoom(server, (created.result as WorkshopSummary).id);
    const guests: TestClient[] = [];
    for (let batch = 0; batch < MAX_CONNECTIONS; batch += 50) {
      const count = Math.min(50, MAX_CONNECTIONS - batch);
      guests.push(...(await Promise.all(Array.from({ length: count }, () => TestClient.connect(room.url).then(track)))));
    }
    expect(guests).toHaveLength(MAX_CONNECTIONS);
    const origin = room.url;
    expect(await upgradeStatus(room.url, { origin })).toBe(503);
    // The facilitator's own address has its own cap: the facilitator is not locked out by a full room.
    expect(await facilitator.request('room/status', {})).toMatchObject({ ok: true });
    expect(await upgradeStatus(server.url, { origin: server.baseUrl.replace(/\/$/, '') })).toBe(101);
    // Those already in still work.
    expect(await guests[0]?.request('room/preview', { code: room.code })).toMatchObject({ ok: true });

    await guests[0]?.close();
    // The server notices the close a moment later.
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 101; tries++) {
      status = await upgradeStatus(room.url, { origin });
      if (status !== 101) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(101);
  });

  it('is the number the server is started with, and holds when many arrive at once', async () => {
    const { server, track } = await serverWith([], { maxConnections: 3 });
    // Twelve pages at the same moment: three get in, the rest are turned away.
    const attempts = await Promise.allSettled(Array.from({ length: 12 }, () => TestClient.connect(server.baseUrl).then(track)));
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(3);
    expect(attempts.filter((a) => a.status === 'rejected')).toHaveLength(9);
    const origin = server.baseUrl.replace(/\/$/, '');
    expect(await upgradeStatus(server.baseUrl, { origin })).toBe(503);
  });
});
