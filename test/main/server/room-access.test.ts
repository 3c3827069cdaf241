// Who a page is, on the real server (loopback; the room's listener on a
// loopback address standing in for the room's network): a seat comes only
// from a credential the room gave, and only for the person it was given to.
// A device of Blue cannot rate, place or take Red's cards, or cast Red's
// people's dots; a device the facilitator took out of the room is a guest at
// once; a made-up credential or none at all gets nothing but the join screen.
// The facilitator is the page that came through the facilitator key on the
// facilitator's own address (127.0.0.1) — the key counts for nothing on the
// room's address, and a wrong key is refused. Every refusal leaves the saved
// file byte for byte as it was.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import { JOIN_FIRST } from '../../../shared/roles';
import type { SessionState } from '../../../shared/room';
import { viewForTeam } from '../../../shared/selectors/team-view';
import type { Method, Params, WorkshopSummary } from '../../../shared/wire';
import type { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { Page } from '../support/page';
import { guestIn, isSessionState, joinDevice, lobbyWhere, openRoom, refusalOf } from '../support/room-devices';
import { serveForTest, type ServedForTest } from '../support/test-server';
import { TestClient, type Reply } from '../support/ws-client';

const REMOVED = 'The facilitator took this device out of the room. Join again with the room code if that was a mistake.';
const UNKNOWN_CREDENTIAL = 'This device is no longer in the room (the room was closed, or the device taken out). Join again with the room code.';
const WRONG_KEY = 'That facilitator key is not right. Use the address Journey Room printed when it started.';

let root: string;
let host: WorkshopHost;
let server: RunningServer;
let served: ServedForTest;

beforeAll(async () => {
  served = await serveForTest('jr-room-access-test-');
  ({ root, host, server } = served);
});

afterAll(() => served.close());

function kept<T extends TestClient>(client: T): T {
  return served.keep(client);
}

/** What is on disk for the workshop: its snapshot and its journal, byte for byte. */
function savedFile(workshopId: string): string {
  const base = join(root, 'data', 'workshops', workshopId);
  return `${readFileSync(`${base}.json`, 'utf8')}\n${readFileSync(`${base}.journal`, 'utf8')}`;
}

/** A raw GET to one of the server's ports, as a browser would send it. */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

interface Workshop {
  readonly facilitator: Page;
  readonly workshopId: string;
  readonly blue: string;
  readonly red: string;
  /** Blue's card "Checkout page" and Red's card "Call centre", in the same cell. */
  readonly blueCard: string;
  readonly redCard: string;
  readonly cell: { readonly stageId: string; readonly channelId: string };
  readonly pillar: string;
  /** "Shorter form" is Blue's fix, "Live chat" Red's. */
  readonly blueFix: string;
  readonly redFix: string;
  readonly people: { readonly zoe: string; readonly ana: string; readonly lukasz: string; readonly iga: string };
}

/** Blue (Zoë, Ana) and Red (Lukasz, Iga), a card and a fix each, Red's rating of its card; set up by the facilitator. */
async function setUp(): Promise<Workshop> {
  const client = kept(await TestClient.connect(server.url));
  const created = await client.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
  const workshopId = (created.result as WorkshopSummary).id;
  const facilitator = await Page.on(client, workshopId);
  const step = (command: ClientCommand) => facilitator.must(command);
  const blue = facilitator.state.teams[0]?.id ?? '';
  await step({ type: 'team/rename', teamId: blue, name: 'Blue' });
  const red = (await step({ type: 'team/add', name: 'Red' })).patch.put?.teams?.[0]?.id ?? '';
  const w = facilitator.state;
  const cell = { stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '' };
  const blueCard = (await step({ type: 'touchpoint/add', teamId: blue, ...cell, title: 'Checkout page' })).patch.put?.touchpoints?.[0]?.id ?? '';
  const redCard = (await step({ type: 'touchpoint/add', teamId: red, ...cell, title: 'Call centre' })).patch.put?.touchpoints?.[0]?.id ?? '';
  const pillar = w.framework.pillars[0]?.id ?? '';
  await step({ type: 'rating/set', teamId: red, touchpointId: redCard, pillarId: pillar, score: 4 });
  const fix = async (teamId: string, title: string) =>
    (await step({ type: 'fix/add', teamId, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 })).patch.put?.fixes?.[0]?.id ?? '';
  const blueFix = await fix(blue, 'Shorter form');
  const redFix = await fix(red, 'Live chat');
  const person = async (teamId: string, name: string) => (await step({ type: 'participant/add', name, teamId })).patch.put?.participants?.[0]?.id ?? '';
  const people = { zoe: await person(blue, 'Zoë'), ana: await person(blue, 'Ana'), lukasz: await person(red, 'Lukasz'), iga: await person(red, 'Iga') };
  await step({ type: 'vote/set', participantId: people.lukasz, fixId: blueFix, dots: 2 });
  return { facilitator, workshopId, blue, red, blueCard, redCard, cell, pillar, blueFix, redFix, people };
}

/** A device's page: joins as the person and opens the workshop on the room's address. */
async function deviceFor(w: Workshop, teamId: string, name: string): Promise<Page & { readonly credential: string; readonly deviceId: string }> {
  const joined = await joinDevice(server, w.workshopId, teamId, name);
  kept(joined.client);
  const page = await Page.on(joined.client, w.workshopId, { credential: joined.credential });
  return Object.assign(page, { credential: joined.credential, deviceId: joined.session.deviceId });
}

/** A round trip: every event sent to this page before has arrived. */
async function settled(client: TestClient): Promise<void> {
  await client.request('library/list', {});
}

describe('a device of one team', () => {
  it('cannot rate, place, change, move, copy, remove or take over another team’s cards, nor cast its people’s dots', async () => {
    const w = await setUp();
    const zoe = await deviceFor(w, w.blue, 'Zoë');
    const lukasz = await deviceFor(w, w.red, 'Lukasz');
    const before = savedFile(w.workshopId);
    const seq = host.openWorkshop(w.workshopId).seq;
    const redsCard = (verb: string) => `This card belongs to the Red team; only that team or the facilitator can ${verb} it.`;
    const zoesDots = "This device is Zoë's, so it can only place Zoë's dots.";

    const cases: Array<[string, ClientCommand, string]> = [
      ["rate Red's card as Red", { type: 'rating/set', teamId: w.red, touchpointId: w.redCard, pillarId: w.pillar, score: 1 }, 'Your team can only change its own ratings.'],
      ["clear Red's rating", { type: 'rating/clear', teamId: w.red, touchpointId: w.redCard, pillarId: w.pillar }, 'Your team can only change its own ratings.'],
      ['place a card as Red', { type: 'touchpoint/add', teamId: w.red, ...w.cell, title: 'Fake card' }, 'Your team can only add cards of its own; this one would belong to the Red team.'],
      ["rename Red's card", { type: 'touchpoint/update', touchpointId: w.redCard, title: 'Call centre (closed)' }, redsCard('change')],
      ["take Red's card over", { type: 'touchpoint/update', touchpointId: w.redCard, teamId: w.blue }, redsCard('change')],
      ['hand its own card to Red', { type: 'touchpoint/update', touchpointId: w.blueCard, teamId: w.red }, 'Only the facilitator can hand a card to the Red team.'],
      ["move Red's card", { type: 'touchpoint/move', touchpointId: w.redCard, ...w.cell, index: 0 }, redsCard('move')],
      ["copy Red's card", { type: 'touchpoint/duplicate', touchpointId: w.redCard }, redsCard('copy')],
      ["remove Red's card (and Red's ratings of it)", { type: 'touchpoint/remove', touchpointId: w.redCard }, redsCard('remove')],
      ["change Red's fix", { type: 'fix/update', fixId: w.redFix, title: 'Chat bot' }, 'Your team can only change its own fixes.'],
      ["place Lukasz's dots", { type: 'vote/set', participantId: w.people.lukasz, fixId: w.redFix, dots: 1 }, zoesDots],
      ["take Lukasz's dots away", { type: 'vote/set', participantId: w.people.lukasz, fixId: w.blueFix, dots: 0 }, zoesDots],
      ["cast Iga's ballot", { type: 'ballot/cast', participantId: w.people.iga, dots: { [w.blueFix]: 3 } }, zoesDots],
      ["empty Lukasz's ballot", { type: 'ballot/cast', participantId: w.people.lukasz, dots: {} }, zoesDots],
    ];
    for (const [label, command, message] of cases) {
      expect(refusalOf(await zoe.dispatch(command)), label).toEqual({ code: 'forbidden', message });
      expect(savedFile(w.workshopId), label).toEqual(before);
    }
    expect(host.openWorkshop(w.workshopId).seq).toBe(seq);
    await settled(lukasz.client);
    expect(lukasz.changeEvents).toEqual([]);
    expect(host.currentState(w.workshopId).touchpoints.find((t) => t.id === w.redCard)).toMatchObject({ teamId: w.red, title: 'Call centre' });

    // The same commands for its own team and person go through: the refusals were about whose they are.
    await zoe.must({ type: 'rating/set', teamId: w.blue, touchpointId: w.redCard, pillarId: w.pillar, score: 2 });
    await zoe.must({ type: 'touchpoint/update', touchpointId: w.blueCard, title: 'Checkout (mobile)' });
    await zoe.must({ type: 'vote/set', participantId: w.people.zoe, fixId: w.redFix, dots: 1 });
    await zoe.must({ type: 'touchpoint/remove', touchpointId: w.blueCard });
    // And Red, whose card it is, may still remove it.
    await lukasz.must({ type: 'touchpoint/remove', touchpointId: w.redCard });
    const now = host.currentState(w.workshopId);
    expect(now.touchpoints).toEqual([]);
    await zoe.waitForSeq(host.openWorkshop(w.workshopId).seq);
    expect(zoe.state).toEqual(viewForTeam(now, w.blue));
    expect(zoe.problems).toEqual([]);
  });
});

describe('a device the facilitator takes out of the room', () => {
  it('is told at once with a sentence, becomes a guest, hears nothing more, and its credential seats nobody again', async () => {
    const w = await setUp();
    const ana = await deviceFor(w, w.blue, 'Ana');
    const from = w.facilitator.client.received.length;
    const anaHeard = ana.client.received.length;
    const removed = await w.facilitator.client.request('room/device-remove', { deviceId: ana.deviceId });
    expect(removed).toMatchObject({ ok: true });
    expect((removed.result as { room: { devices: Array<{ id: string }> } }).room.devices.map((d) => d.id)).not.toContain(ana.deviceId);

    // The live page is told why, and is a guest from then on.
    const told = await ana.client.waitFor((m, index): m is typeof m & { data: SessionState } => index >= anaHeard && isSessionState(m));
    expect(told.data).toEqual({ kind: 'guest', ended: REMOVED });
    expect(ana.client.session).toEqual({ kind: 'guest', ended: REMOVED });
    const before = savedFile(w.workshopId);
    expect(refusalOf(await ana.dispatch({ type: 'vote/set', participantId: w.people.ana, fixId: w.redFix, dots: 1 }))).toEqual({
      code: 'forbidden',
      message: JOIN_FIRST,
    });
    expect(refusalOf(await ana.client.request('workshop/open', { workshopId: w.workshopId }))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    expect(savedFile(w.workshopId)).toEqual(before);
    // Cut off from the workshop: the facilitator's next change does not reach it.
    const heard = ana.changeEvents.length;
    await w.facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    await ana.client.request('room/preview', { code: (await openRoom(server, w.workshopId)).code });
    expect(ana.changeEvents).toHaveLength(heard);
    // The facilitator's lobby no longer lists it.
    await lobbyWhere(w.facilitator.client, from, (s) => s.room !== null && !s.room.devices.some((d) => d.id === ana.deviceId));

    // Coming back with the old credential, on the room's address or the facilitator's: a guest, told why.
    for (const url of [(await openRoom(server, w.workshopId)).url, server.baseUrl]) {
      const again = kept(await TestClient.connect(url, { credential: ana.credential }));
      expect(again.session).toEqual({ kind: 'guest', ended: UNKNOWN_CREDENTIAL });
      expect(refusalOf(await again.request('workshop/open', { workshopId: w.workshopId }))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    }
    // Ana may join again from scratch, as herself: she was taken out, not banned.
    const back = await joinDevice(server, w.workshopId, w.blue, 'Ana');
    kept(back.client);
    expect(back.session.participantId).toBe(w.people.ana);
    expect(back.credential).not.toBe(ana.credential);
  });
});

describe('a page without a seat', () => {
  it('with a made-up credential is a guest, on the room’s address and on the facilitator’s', async () => {
    const w = await setUp();
    await deviceFor(w, w.blue, 'Zoë');
    const forged = randomBytes(32).toString('base64url');
    expect(forged).toHaveLength(43);
    for (const url of [(await openRoom(server, w.workshopId)).url, server.baseUrl]) {
      const page = kept(await TestClient.connect(url, { credential: forged }));
      expect(page.session).toEqual({ kind: 'guest', ended: UNKNOWN_CREDENTIAL });
      expect(refusalOf(await page.request('workshop/open', { workshopId: w.workshopId }))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
      expect(refusalOf(await page.request('library/list', {}))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    }
  });

  it('may only look at the join screen and join: every other request is refused with “Join the room first…”', async () => {
    const w = await setUp();
    const zoe = await deviceFor(w, w.blue, 'Zoë');
    const guest = kept(await guestIn(server, w.workshopId));
    expect(guest.session).toEqual({ kind: 'guest' });
    const before = savedFile(w.workshopId);
    const workshopId = w.workshopId;
    const ref = { workshopId };
    // Every request of the wire, with parameters that pass its schema: a new one must be added here.
    const requests: { readonly [M in Method]: Params<M> } = {
      'library/list': {},
      'library/create': { title: 'Mine', template: 'blank' },
      'library/open-sample': { startOver: false },
      'library/duplicate': ref,
      'library/rename': { workshopId, title: 'Mine now' },
      'library/delete': ref,
      'library/dismiss-problem': { problemId: 'p1' },
      'library/recover': ref,
      'library/import': { fileName: 'renewal.json', text: '{}', ifExists: 'ask' },
      'history/list': ref,
      'history/restore': { workshopId, pointId: 'p1' },
      'clock/now': {},
      'workshop/open': ref,
      'workshop/dispatch': { workshopId, command: { type: 'touchpoint/remove', touchpointId: w.blueCard }, mutation: { clientId: 'guest-page', n: 1 } },
      'workshop/undo': ref,
      'workshop/redo': ref,
      'export/pdf': { workshopId, paper: 'a4' },
      'export/save-pdf': { workshopId, paper: 'a4' },
      'export/file': { workshopId, kind: 'ratings-csv' },
      'export/save-file': { workshopId, kind: 'actions-csv' },
      'room/status': {},
      'room/open': { workshopId, address: '127.0.0.1' },
      'room/close': {},
      'room/device-rename': { deviceId: zoe.deviceId, name: 'Not Zoë' },
      'room/device-move': { deviceId: zoe.deviceId, teamId: w.red },
      'room/device-remove': { deviceId: zoe.deviceId },
      'room/preview': { code: 'AAAAAA' },
      'room/join': { code: 'AAAAAA', teamId: w.blue, name: 'Bartek' },
    };
    const lobby = server.room.status();
    let refused = 0;
    for (const [method, params] of Object.entries(requests)) {
      if (method === 'room/preview' || method === 'room/join') continue;
      const reply: Reply = await guest.request(method, params);
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'forbidden', message: JOIN_FIRST } });
      refused += 1;
    }
    expect(refused).toBe(Object.keys(requests).length - 2);
    expect(savedFile(w.workshopId)).toEqual(before);
    expect(server.room.status()).toEqual(lobby);
    expect(zoe.client.session).toMatchObject({ kind: 'member', name: 'Zoë', teamId: w.blue });
    // It hears nothing of the workshop, the library or the lobby meanwhile.
    await w.facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    await w.facilitator.client.request('library/create', { title: 'Another', template: 'blank' });
    const { code } = await openRoom(server, w.workshopId);
    expect(await guest.request('room/preview', { code })).toMatchObject({ ok: true, result: { workshopTitle: 'Broadband sign-up' } });
    expect(guest.events.map((e) => e.event)).toEqual(['session/state']);
  });
});

describe('the facilitator key', () => {
  it('makes a page the facilitator only on the facilitator’s own address, through a cookie for that port', async () => {
    const page = await get(server.port, `/?key=${server.facilitatorKey}`, { host: `127.0.0.1:${server.port}` });
    expect(page.status).toBe(303);
    expect(page.headers['location']).toBe('/');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toBe(`jr_facilitator_${server.port}=${server.facilitatorKey}; HttpOnly; SameSite=Strict; Path=/`);
    const facilitator = kept(await TestClient.connect(server.url));
    expect(facilitator.session).toEqual({ kind: 'facilitator' });
    expect(await facilitator.request('room/status', {})).toMatchObject({ ok: true });
    // The facilitator runs the room; it does not sit in it as somebody.
    const w = await setUp();
    const { code } = await openRoom(server, w.workshopId);
    expect(refusalOf(await facilitator.request('room/join', { code, teamId: w.blue, name: 'Zoë' }))).toEqual({
      code: 'forbidden',
      message: "This page is the facilitator's; join the room from another device or browser.",
    });
    expect(facilitator.session).toEqual({ kind: 'facilitator' });
    expect(server.room.status().room?.devices).toEqual([]);
  });

  it('counts for nothing on the room’s address: no cookie is given, and a page bringing one is a guest', async () => {
    const w = await setUp();
    const room = await openRoom(server, w.workshopId);
    const page = await get(room.port, `/?key=${server.facilitatorKey}`, { host: `127.0.0.1:${room.port}` });
    expect(page.status).toBe(403);
    expect(page.body).toBe(WRONG_KEY);
    expect(page.headers['set-cookie']).toBeUndefined();
    // The key's cookie, named for the room's port or the facilitator's, as a browser on the same host might send it.
    for (const port of [room.port, server.port]) {
      const headers = { cookie: `jr_facilitator_${port}=${server.facilitatorKey}` };
      const sneaky = await connectWithHeaders(room.url, headers);
      expect(sneaky.session, String(port)).toEqual({ kind: 'guest' });
      expect(refusalOf(await sneaky.request('room/status', {}))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
      expect(refusalOf(await sneaky.request('workshop/open', { workshopId: w.workshopId }))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    }
  });

  it('when wrong, is refused with 403 and a sentence; a wrong cookie makes a guest', async () => {
    const wrong = randomBytes(32).toString('base64url');
    const page = await get(server.port, `/?key=${wrong}`, { host: `127.0.0.1:${server.port}` });
    expect(page.status).toBe(403);
    expect(page.body).toBe(WRONG_KEY);
    expect(page.headers['set-cookie']).toBeUndefined();
    for (const key of [wrong, server.facilitatorKey.slice(0, -1), `${server.facilitatorKey}x`, '']) {
      const page2 = await connectWithHeaders(server.baseUrl, { cookie: `jr_facilitator_${server.port}=${key}` });
      expect(page2.session, key).toEqual({ kind: 'guest' });
      expect(refusalOf(await page2.request('library/list', {}))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    }
  });

  it('absent: a page on the facilitator’s address without the cookie is a guest', async () => {
    const page = kept(await TestClient.connect(server.baseUrl));
    expect(page.session).toEqual({ kind: 'guest' });
    expect(refusalOf(await page.request('library/list', {}))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
    expect(refusalOf(await page.request('room/status', {}))).toEqual({ code: 'forbidden', message: JOIN_FIRST });
  });
});

/** A page with extra request headers (a cookie), served by the address it connects to. */
async function connectWithHeaders(url: string, headers: Record<string, string>): Promise<TestClient> {
  return kept(await TestClient.connect(url, { headers }));
}
