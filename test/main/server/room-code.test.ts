// The room code on the real server (loopback): people type it to join, so a
// wrong one is refused with a sentence that says what to do, and whoever
// guesses is slowed down — after five wrong codes from one address, that
// address is told to wait, whatever connection it tries from. Closing the room
// ends every device's seat with a sentence, stops listening, and makes the
// old code and every credential worthless; opening it again gives a new code.
// Each test has a server of its own: the wait after wrong codes is per
// address, and every page here comes from 127.0.0.1.
import { connect as tcpConnect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { JOIN_FIRST } from '../../../shared/roles';
import type { SessionState } from '../../../shared/room';
import type { WorkshopSummary } from '../../../shared/wire';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { guestIn, isSessionState, joinDevice, lobbyWhere, openRoom, refusalOf } from '../support/room-devices';
import { openStore, tickingClock } from '../support/temp-data';
import { startTestServer, TEST_ROOM_ADDRESS } from '../support/test-server';
import { TestClient } from '../support/ws-client';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };
const WRONG_CODE = 'That room code is not right. Check the code on the screen and type it again.';
const ROOM_CLOSED = 'The facilitator closed the room. Ask them for the new code when it opens again.';
const UNKNOWN_CREDENTIAL = 'This device is no longer in the room (the room was closed, or the device taken out). Join again with the room code.';

/** A server of this test's own, with a workshop (teams Blue and Red) and the facilitator's page; all closed when the test ends. */
async function setUp(): Promise<{ server: RunningServer; facilitator: TestClient; workshopId: string; blue: string; red: string; track: (c: TestClient) => TestClient }> {
  const root = mkdtempSync(join(tmpdir(), 'jr-room-code-test-'));
  const host = new WorkshopHost({ store: openStore(join(root, 'data')), log: () => undefined, now: tickingClock() });
  const server = await startTestServer({ host, pdf, staticDir: join(root, 'web') });
  const clients: TestClient[] = [];
  const track = (client: TestClient) => {
    clients.push(client);
    return client;
  };
  onTestFinished(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
    await host.close();
    rmSync(root, { recursive: true, force: true });
  });
  const facilitator = track(await TestClient.connect(server.url));
  const created = await facilitator.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
  const workshopId = (created.result as WorkshopSummary).id;
  const blue = host.currentState(workshopId).teams[0]?.id ?? '';
  await host.dispatch(workshopId, { type: 'team/add', name: 'Red' }, { seat: { kind: 'facilitator' } });
  const red = host.currentState(workshopId).teams[1]?.id ?? '';
  return { server, facilitator, workshopId, blue, red, track };
}

/** A well-formed code that is not the room's. */
function wrongCode(code: string, n = 0): string {
  const candidates = ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD', 'EEEEEE', 'FFFFFF', 'GGGGGG', 'HHHHHH'].filter((c) => c !== code);
  return candidates[n % candidates.length] ?? 'AAAAAA';
}

describe('the room code', () => {
  it('is taken as people type it, and a wrong one is refused with a sentence and joins nobody', async () => {
    const { server, workshopId, blue, track } = await setUp();
    const { code } = await openRoom(server, workshopId);
    const guest = track(await guestIn(server, workshopId));
    expect(refusalOf(await guest.request('room/preview', { code: wrongCode(code) }))).toEqual({ code: 'invalid', message: WRONG_CODE });
    expect(refusalOf(await guest.request('room/join', { code: wrongCode(code, 1), teamId: blue, name: 'Zoë' }))).toEqual({ code: 'invalid', message: WRONG_CODE });
    // Not a code at all: said in words, and not counted as a guess (five counted would make this page wait below).
    for (const notACode of ['K7M', 'K7M2Q0', 'K7M2QXY']) {
      expect(refusalOf(await guest.request('room/preview', { code: notACode })), notACode).toEqual({
        code: 'bad-request',
        message: 'That request was not understood: Code: A room code is six letters and digits, like K7M2QX.',
      });
    }
    expect(guest.session).toEqual({ kind: 'guest' });
    expect(server.room.status().room?.devices).toEqual([]);

    // In lower case with a dash in the middle, as people type it off the screen.
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`;
    expect(await guest.request('room/preview', { code: typed })).toMatchObject({ ok: true, result: { workshopTitle: 'Broadband sign-up' } });
    const joined = await guest.request('room/join', { code: typed, teamId: blue, name: 'Zoë' });
    expect(joined).toMatchObject({ ok: true, result: { session: { kind: 'member', name: 'Zoë', teamId: blue } } });
    expect(guest.session).toMatchObject({ kind: 'member', name: 'Zoë' });
  });

  it('after five wrong codes from one address, tells further tries from there to wait, even with the right code', async () => {
    const { server, workshopId, blue, track } = await setUp();
    const { code } = await openRoom(server, workshopId);
    const guesser = track(await guestIn(server, workshopId));
    for (let n = 0; n < 5; n++) {
      expect(refusalOf(await guesser.request('room/preview', { code: wrongCode(code, n) })), `try ${String(n + 1)}`).toEqual({ code: 'invalid', message: WRONG_CODE });
    }
    const wait = /^Too many wrong codes from this device\. Try again in ([0-9]+) seconds\.$/;
    const sixth = refusalOf(await guesser.request('room/preview', { code: wrongCode(code, 5) }));
    expect(sixth.code).toBe('invalid');
    expect(sixth.message).toMatch(wait);
    const seconds = Number(wait.exec(sixth.message)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    // The right code is no way round it, and neither is a fresh connection from the same address.
    expect(refusalOf(await guesser.request('room/join', { code, teamId: blue, name: 'Zoë' })).message).toMatch(wait);
    const fresh = track(await guestIn(server, workshopId));
    expect(refusalOf(await fresh.request('room/preview', { code })).message).toMatch(wait);
    expect(server.room.status().room?.devices).toEqual([]);
    expect(guesser.session).toEqual({ kind: 'guest' });
  });
});

describe('closing the room', () => {
  it('ends every device with a sentence, stops listening, voids the old code and credentials; reopened, it has a new code', async () => {
    const { server, facilitator, workshopId, blue, red, track } = await setUp();
    const first = await openRoom(server, workshopId);
    const zoe = await joinDevice(server, workshopId, blue, 'Zoë');
    const lukasz = await joinDevice(server, workshopId, red, 'Lukasz');
    track(zoe.client);
    track(lukasz.client);
    // Lukasz's second page, on the facilitator's address (127.0.0.1), holding his credential.
    const lukaszDesk = track(await TestClient.connect(server.baseUrl, { credential: lukasz.credential }));
    expect(lukaszDesk.session).toMatchObject({ kind: 'member', name: 'Lukasz' });
    const heard = [zoe.client, lukasz.client, lukaszDesk].map((c) => c.received.length);
    const from = facilitator.received.length;

    expect(await facilitator.request('room/close', {})).toMatchObject({ ok: true, result: { room: null } });
    // Every page of every device is told why its seat ended.
    for (const [i, client] of [zoe.client, lukasz.client, lukaszDesk].entries()) {
      const ended = await client.waitFor((m, index): m is typeof m & { data: SessionState } => index >= (heard[i] ?? 0) && isSessionState(m));
      expect(ended.data).toEqual({ kind: 'guest', ended: ROOM_CLOSED });
    }
    // The room's address is no longer listened on: its pages are disconnected, and nothing new gets in.
    await Promise.all([zoe.client, lukasz.client].map((c) => c.socket.readyState === c.socket.CLOSED || new Promise((resolve) => c.socket.once('close', resolve))));
    await expect(tcpRefused(first.port)).resolves.toBe(true);
    // The page on the facilitator's address stays connected, as a guest.
    expect(refusalOf(await lukaszDesk.request('workshop/open', { workshopId }))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    await lobbyWhere(facilitator, from, (s) => s.room === null);

    // Opened again: a new code; the old one is wrong, the old credentials seat nobody.
    const second = await openRoom(server, workshopId);
    expect(second.code).not.toBe(first.code);
    expect(second.devices).toEqual([]);
    const guest = track(await TestClient.connect(second.url));
    expect(refusalOf(await guest.request('room/preview', { code: first.code }))).toEqual({ code: 'invalid', message: WRONG_CODE });
    for (const credential of [zoe.credential, lukasz.credential]) {
      for (const url of [second.url, server.baseUrl]) {
        const back = track(await TestClient.connect(url, { credential }));
        expect(back.session).toEqual({ kind: 'guest', ended: UNKNOWN_CREDENTIAL });
      }
    }
    expect(server.room.status().room?.devices).toEqual([]);
    // Zoë joins again with the new code, as herself.
    const again = await guest.request('room/join', { code: second.code, teamId: blue, name: 'Zoë' });
    expect(again).toMatchObject({ ok: true, result: { session: { kind: 'member', participantId: zoe.session.participantId } } });
  });
});

/** Whether a TCP connection to this port on the room's address is refused (nothing listens there). */
function tcpRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: TEST_ROOM_ADDRESS, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}
