// What a misbehaving device sends, on the real server (loopback): a message
// over the size limit closes that device's connection and nobody else's;
// text that is not JSON, binary frames, a malformed or replayed `mutation`, a
// ballot smuggling a "__proto__" key, a card moved to a position that does
// not exist — each is refused with a sentence, the device stays connected
// where it can, and the saved file stays byte for byte as it was.
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import { PROTOCOL_VERSION, type WorkshopSummary } from '../../../shared/wire';
import type { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { MAX_PAYLOAD } from '../../../main/server/listener';
import { Page } from '../support/page';
import { joinDevice, lobbyWhere, refusalOf } from '../support/room-devices';
import { serveForTest, type ServedForTest } from '../support/test-server';
import { TestClient, type Reply } from '../support/ws-client';


let root: string;
let host: WorkshopHost;
let server: RunningServer;
let served: ServedForTest;

beforeAll(async () => {
  served = await serveForTest('jr-room-bad-input-test-');
  ({ root, host, server } = served);
});

afterAll(() => served.close());

/** What is on disk for the workshop: its snapshot and its journal, byte for byte. */
function savedFile(workshopId: string): string {
  const base = join(root, 'data', 'workshops', workshopId);
  return `${readFileSync(`${base}.json`, 'utf8')}\n${readFileSync(`${base}.journal`, 'utf8')}`;
}

interface Room {
  readonly facilitator: Page;
  readonly workshopId: string;
  readonly blue: string;
  readonly red: string;
  /** Blue's two cards in the first cell, "Checkout page" then "Basket". */
  readonly cards: readonly [string, string];
  readonly cell: { readonly stageId: string; readonly channelId: string };
  readonly fixes: readonly [string, string];
  /** Zoë's device (Blue), seated and holding the workshop; Zoë has 2 dots on the first fix, 1 on the second. */
  readonly zoe: Page & { readonly participantId: string; readonly deviceId: string };
  /** Lukasz's device (Red). */
  readonly lukasz: Page & { readonly participantId: string };
}

async function setUp(): Promise<Room> {
  const client = await TestClient.connect(server.url);
  served.keep(client);
  const created = await client.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
  const workshopId = (created.result as WorkshopSummary).id;
  const facilitator = await Page.on(client, workshopId);
  const step = (command: ClientCommand) => facilitator.must(command);
  const blue = facilitator.state.teams[0]?.id ?? '';
  await step({ type: 'team/rename', teamId: blue, name: 'Blue' });
  const red = (await step({ type: 'team/add', name: 'Red' })).patch.put?.teams?.[0]?.id ?? '';
  const w = facilitator.state;
  const cell = { stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '' };
  const card = async (title: string) => (await step({ type: 'touchpoint/add', teamId: blue, ...cell, title })).patch.put?.touchpoints?.[0]?.id ?? '';
  const cards = [await card('Checkout page'), await card('Basket')] as const;
  const fix = async (title: string) =>
    (await step({ type: 'fix/add', teamId: red, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 })).patch.put?.fixes?.[0]?.id ?? '';
  const fixes = [await fix('Live chat'), await fix('Track order')] as const;

  const joinedZoe = await joinDevice(server, workshopId, blue, 'Zoë');
  served.keep(joinedZoe.client);
  const zoePage = await Page.on(joinedZoe.client, workshopId, { credential: joinedZoe.credential });
  const zoe = Object.assign(zoePage, { participantId: joinedZoe.session.participantId, deviceId: joinedZoe.session.deviceId });
  await zoe.must({ type: 'ballot/cast', participantId: zoe.participantId, dots: { [fixes[0]]: 2, [fixes[1]]: 1 } });
  const joinedLukasz = await joinDevice(server, workshopId, red, 'Lukasz');
  served.keep(joinedLukasz.client);
  const lukaszPage = await Page.on(joinedLukasz.client, workshopId, { credential: joinedLukasz.credential });
  const lukasz = Object.assign(lukaszPage, { participantId: joinedLukasz.session.participantId });
  return { facilitator, workshopId, blue, red, cards, cell, fixes, zoe, lukasz };
}

/** Sends text exactly as given (the id inside it picked by the test) and waits for the reply with that id. */
async function sendText(client: TestClient, id: number, text: string): Promise<Reply> {
  client.socket.send(text);
  return client.waitFor((m): m is Reply => 'id' in m && m.id === id);
}

function dotsOf(workshopId: string, participantId: string): Array<[string, number]> {
  return host
    .currentState(workshopId)
    .votes.filter((v) => v.participantId === participantId)
    .map((v): [string, number] => [v.fixId, v.dots])
    .sort();
}

describe('a message over the size limit', () => {
  it('closes that device’s connection only; the others, and the saved file, carry on as before', async () => {
    const room = await setUp();
    const before = savedFile(room.workshopId);
    const from = room.facilitator.client.received.length;
    const huge = JSON.stringify({
      v: PROTOCOL_VERSION,
      id: 1,
      method: 'workshop/dispatch',
      params: { workshopId: room.workshopId, command: { type: 'touchpoint/update', touchpointId: room.cards[0], notes: 'x'.repeat(MAX_PAYLOAD) }, mutation: room.zoe.nextMutation() },
    });
    expect(Buffer.byteLength(huge)).toBeGreaterThan(256 * 1024);
    room.zoe.client.socket.send(huge);
    const [code] = (await once(room.zoe.client.socket, 'close')) as [number];
    // 1009: the message was too big.
    expect(code).toBe(1009);

    expect(savedFile(room.workshopId)).toEqual(before);
    await lobbyWhere(room.facilitator.client, from, (s) => s.room?.devices.find((d) => d.id === room.zoe.deviceId)?.connected === false);
    // Lukasz's device and the facilitator carry on.
    const stage = await room.facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    await room.lukasz.waitForSeq(stage.seq);
    expect(await room.lukasz.dispatch({ type: 'vote/set', participantId: room.lukasz.participantId, fixId: room.fixes[0], dots: 1 })).toMatchObject({ ok: true });
    // A message just under the limit is read (and refused for what it says, not for its size).
    const under = JSON.stringify({ v: PROTOCOL_VERSION, id: 77, method: 'library/list', params: { padding: 'x'.repeat(MAX_PAYLOAD - 200) } });
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(MAX_PAYLOAD);
    expect(refusalOf(await sendText(room.lukasz.client, 77, under)).code).toBe('bad-request');
    expect(room.lukasz.client.socket.readyState).toBe(room.lukasz.client.socket.OPEN);
  });
});

describe('malformed messages from a device', () => {
  it('are refused with a sentence, change nothing, and leave the device connected and seated', async () => {
    const room = await setUp();
    const { zoe } = room;
    const before = savedFile(room.workshopId);
    const seq = host.openWorkshop(room.workshopId).seq;
    expect(refusalOf(await zoe.client.sendRaw('{"v":3,"id":5,"method":"workshop/dispatch","params":{'))).toEqual({
      code: 'bad-request',
      message: 'That message was not understood: it is not JSON.',
    });
    expect(refusalOf(await zoe.client.sendRaw(Buffer.from('{"v":3}'), { binary: true })).message).toBe('That message was not understood: messages must be text.');
    expect(refusalOf(await zoe.client.sendRaw('[1,2,3]')).code).toBe('bad-request');
    expect(refusalOf(await zoe.client.sendRaw('null')).code).toBe('bad-request');
    expect(savedFile(room.workshopId)).toEqual(before);
    expect(host.openWorkshop(room.workshopId).seq).toBe(seq);
    expect(zoe.client.session).toMatchObject({ kind: 'member', name: 'Zoë' });
    expect(await zoe.dispatch({ type: 'touchpoint/update', touchpointId: room.cards[0], title: 'Checkout' })).toMatchObject({ ok: true });
  });

  it('with a forged mutation: a malformed one is refused, and a replayed one is applied never', async () => {
    const room = await setUp();
    const { zoe, facilitator } = room;
    const command: ClientCommand = { type: 'touchpoint/update', touchpointId: room.cards[0], title: 'Forged' };
    const dispatchWith = (mutation: unknown) => zoe.client.request('workshop/dispatch', { workshopId: room.workshopId, command, mutation });
    const before = savedFile(room.workshopId);
    const seq = host.openWorkshop(room.workshopId).seq;
    const forged: Array<[string, unknown]> = [
      ['no number', { clientId: zoe.clientId }],
      ['number 0', { clientId: zoe.clientId, n: 0 }],
      ['a negative number', { clientId: zoe.clientId, n: -1 }],
      ['a fraction', { clientId: zoe.clientId, n: 1.5 }],
      ['a number as text', { clientId: zoe.clientId, n: '7' }],
      ['past the safe integers', { clientId: zoe.clientId, n: Number.MAX_SAFE_INTEGER + 2 }],
      ['no page id', { n: 99 }],
      ['an empty page id', { clientId: '', n: 99 }],
      ['an overlong page id', { clientId: 'x'.repeat(65), n: 99 }],
      ['an extra field', { clientId: zoe.clientId, n: 99, seat: 'facilitator' }],
      ['not an object', 'facilitator:1'],
    ];
    for (const [label, mutation] of forged) {
      const reply = await dispatchWith(mutation);
      expect(refusalOf(reply).code, label).toBe('bad-request');
      expect(refusalOf(reply).message, label).toMatch(/^That request was not understood: /);
    }
    expect(savedFile(room.workshopId)).toEqual(before);
    expect(host.openWorkshop(room.workshopId).seq).toBe(seq);

    // Replayed: a mutation this device already used, now with another command — not applied, said so.
    const used = zoe.nextMutation();
    expect(await zoe.dispatch({ type: 'touchpoint/update', touchpointId: room.cards[1], title: 'Basket (mobile)' }, used)).toMatchObject({ ok: true });
    const afterOwn = savedFile(room.workshopId);
    const duplicate = { code: 'duplicate', message: 'That change had already arrived, so it was applied once.' };
    expect(refusalOf(await dispatchWith(used))).toEqual(duplicate);
    // The facilitator's own last mutation, replayed from the device with the device's command: not applied either.
    const facilitatorsMutation = facilitator.nextMutation();
    await facilitator.dispatch({ type: 'stage/add', name: 'Aftercare' }, facilitatorsMutation);
    const afterFacilitator = savedFile(room.workshopId);
    expect(afterFacilitator).not.toEqual(afterOwn);
    expect(refusalOf(await dispatchWith(facilitatorsMutation))).toEqual(duplicate);
    expect(savedFile(room.workshopId)).toEqual(afterFacilitator);
    expect(host.currentState(room.workshopId).touchpoints.find((t) => t.id === room.cards[0])?.title).toBe('Checkout page');
    // The facilitator's next change goes through as usual.
    expect(await facilitator.dispatch({ type: 'channel/add', name: 'Kiosk' })).toMatchObject({ ok: true });
  });
});

describe('a ballot with a "__proto__" key', () => {
  it('is refused with a sentence, and the voter’s dots stay as they were', async () => {
    const room = await setUp();
    const { zoe } = room;
    const dotsBefore = dotsOf(room.workshopId, zoe.participantId);
    expect(dotsBefore).toHaveLength(2);
    const before = savedFile(room.workshopId);
    // Written out as text: a JavaScript object literal would take "__proto__" as its prototype, not as a key.
    const ballots = ['{"__proto__":3}', `{"__proto__":{"${room.fixes[0]}":1}}`, `{"${room.fixes[0]}":1,"__proto__":2}`];
    let id = 9000;
    for (const dots of ballots) {
      id += 1;
      const mutation = JSON.stringify(zoe.nextMutation());
      const text = `{"v":${String(PROTOCOL_VERSION)},"id":${String(id)},"method":"workshop/dispatch","params":{"workshopId":"${room.workshopId}","command":{"type":"ballot/cast","participantId":"${zoe.participantId}","dots":${dots}},"mutation":${mutation}}}`;
      const refusal = refusalOf(await sendText(zoe.client, id, text));
      expect(refusal.code, dots).toBe('bad-request');
      expect(refusal.message, dots).toBe('That request was not understood: Dots: “__proto__” is not the id of any fix.');
      expect(dotsOf(room.workshopId, zoe.participantId), dots).toEqual(dotsBefore);
      expect(savedFile(room.workshopId), dots).toEqual(before);
    }
    // "constructor" names no fix either: refused by the vote's own rules.
    const constructorBallot = await zoe.dispatch({ type: 'ballot/cast', participantId: zoe.participantId, dots: { constructor: 1 } });
    expect(refusalOf(constructorBallot)).toEqual({ code: 'not-found', message: 'One of the fixes on this ballot no longer exists — it may have been deleted.' });
    expect(dotsOf(room.workshopId, zoe.participantId)).toEqual(dotsBefore);
    expect(savedFile(room.workshopId)).toEqual(before);
  });
});

describe('a card moved past the end of a cell', () => {
  it('is refused with a sentence naming the place, and the board stays as it was', async () => {
    const room = await setUp();
    const { zoe } = room;
    const before = savedFile(room.workshopId);
    // Two of Blue's cards in the cell: positions 1 and 2 exist, 3 does not.
    const reply = await zoe.dispatch({ type: 'touchpoint/move', touchpointId: room.cards[0], ...room.cell, index: 2 });
    expect(refusalOf(reply)).toEqual({ code: 'invalid', message: "There is no position 3 in that cell; it holds 2 of the Blue team's cards." });
    const far = await zoe.dispatch({ type: 'touchpoint/move', touchpointId: room.cards[0], ...room.cell, index: 1_000_000 });
    expect(refusalOf(far).code).toBe('invalid');
    expect(savedFile(room.workshopId)).toEqual(before);
    // The last position is fine.
    expect(await zoe.dispatch({ type: 'touchpoint/move', touchpointId: room.cards[0], ...room.cell, index: 1 })).toMatchObject({ ok: true });
    expect(host.currentState(room.workshopId).touchpoints.filter((t) => t.teamId === room.blue).sort((a, b) => (a.order < b.order ? -1 : 1)).map((t) => t.id)).toEqual([
      room.cards[1],
      room.cards[0],
    ]);
  });
});
