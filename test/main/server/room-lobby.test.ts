// The lobby as the facilitator sees it, on the real server (loopback): a
// person who joins shows up at once with their team and as connected; a
// device that drops shows as not connected, and as connected again when it
// comes back with its credential. The facilitator renames a device or moves
// it to another team, and the device's pages are told at once — after a move
// they open the other team's view. One person joins from one device at a
// time: a second device for them is refused with a sentence that says what
// to do. People already on a team's list choose their name from the preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { RoomPreview, SessionState } from '../../../shared/room';
import { viewForTeam } from '../../../shared/selectors/team-view';
import type { WorkshopSummary } from '../../../shared/wire';
import type { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { Page } from '../support/page';
import { guestIn, isSessionState, joinDevice, lobbyWhere, openRoom, refusalOf } from '../support/room-devices';
import { serveForTest, type ServedForTest } from '../support/test-server';
import { TestClient } from '../support/ws-client';


let host: WorkshopHost;
let server: RunningServer;
let served: ServedForTest;

beforeAll(async () => {
  served = await serveForTest('jr-room-lobby-test-');
  ({ host, server } = served);
});

afterAll(() => served.close());

function kept<T extends TestClient>(client: T): T {
  return served.keep(client);
}

interface Workshop {
  readonly facilitator: Page;
  readonly workshopId: string;
  readonly blue: string;
  readonly red: string;
  readonly card: string;
  readonly pillar: string;
  /** Blue's fix "Shorter form". */
  readonly fix: string;
}

/** Teams Blue and Red, Blue's card rated by both (silently), Blue's fix; the facilitator's page holds it. */
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
  const card =
    (await step({ type: 'touchpoint/add', teamId: blue, stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Checkout page' }))
      .patch.put?.touchpoints?.[0]?.id ?? '';
  const pillar = w.framework.pillars[0]?.id ?? '';
  await step({ type: 'rating/set', teamId: blue, touchpointId: card, pillarId: pillar, score: 2 });
  await step({ type: 'rating/set', teamId: red, touchpointId: card, pillarId: pillar, score: 5 });
  const fix = (await step({ type: 'fix/add', teamId: blue, title: 'Shorter form', touchpointIds: [card], pillarIds: [], impact: 3, effort: 3 })).patch.put?.fixes?.[0]?.id ?? '';
  return { facilitator, workshopId, blue, red, card, pillar, fix };
}

/** The last session this page was told, from message `from` on; waits for one. */
async function sessionAfter(client: TestClient, from: number): Promise<SessionState> {
  const event = await client.waitFor((m, index): m is typeof m & { data: SessionState } => index >= from && isSessionState(m));
  return event.data;
}

describe('the lobby', () => {
  it('shows a person the moment they join, connected; not connected when their device drops; connected again when it comes back', async () => {
    const w = await setUp();
    const lobby = w.facilitator.client;
    await openRoom(server, w.workshopId);
    const from = lobby.received.length;
    const zoe = await joinDevice(server, w.workshopId, w.blue, 'Zoë');
    const participantId = zoe.session.participantId;
    expect(host.currentState(w.workshopId).participants).toEqual([expect.objectContaining({ id: participantId, name: 'Zoë', teamId: w.blue })]);

    const joined = await lobbyWhere(lobby, from, (s) => s.room?.devices.some((d) => d.id === zoe.session.deviceId && d.connected) ?? false);
    expect(joined.room?.devices).toEqual([
      { id: zoe.session.deviceId, name: 'Zoë', teamId: w.blue, participantId, connected: true, joinedAt: expect.any(String), lastSeenAt: expect.any(String) },
    ]);

    const beforeDrop = lobby.received.length;
    zoe.client.socket.terminate();
    const dropped = await lobbyWhere(lobby, beforeDrop, (s) => s.room?.devices[0]?.connected === false);
    expect(dropped.room?.devices).toEqual([expect.objectContaining({ id: zoe.session.deviceId, name: 'Zoë', connected: false })]);
    expect(server.room.status().room?.devices[0]?.connected).toBe(false);

    const beforeBack = lobby.received.length;
    const back = kept(await TestClient.connect((await openRoom(server, w.workshopId)).url, { credential: zoe.credential }));
    expect(back.session).toEqual(zoe.session);
    await lobbyWhere(lobby, beforeBack, (s) => s.room?.devices[0]?.connected === true);
    // Nobody but the facilitator hears the lobby.
    expect(back.events.filter((e) => e.event === 'room/changed')).toEqual([]);
  });

  it('renames a device: its page is told its new name at once', async () => {
    const w = await setUp();
    const ana = await joinDevice(server, w.workshopId, w.blue, 'Ana');
    kept(ana.client);
    const heard = ana.client.received.length;
    const from = w.facilitator.client.received.length;
    const reply = await w.facilitator.client.request('room/device-rename', { deviceId: ana.session.deviceId, name: 'Ana K.' });
    expect(reply).toMatchObject({ ok: true, result: { room: { devices: [expect.objectContaining({ name: 'Ana K.' })] } } });
    expect(await sessionAfter(ana.client, heard)).toEqual({ ...ana.session, name: 'Ana K.' });
    await lobbyWhere(w.facilitator.client, from, (s) => s.room?.devices[0]?.name === 'Ana K.');
    expect(refusalOf(await w.facilitator.client.request('room/device-rename', { deviceId: 'd-gone', name: 'X' }))).toEqual({
      code: 'not-found',
      message: 'That device has already left the room.',
    });
  });

  it('moves a device to another team: its page is told, and its next open gives that team’s view and rights', async () => {
    const w = await setUp();
    const zoe = await joinDevice(server, w.workshopId, w.blue, 'Zoë');
    kept(zoe.client);
    const asBlue = await Page.on(zoe.client, w.workshopId, { credential: zoe.credential });
    expect(asBlue.state).toEqual(viewForTeam(host.currentState(w.workshopId), w.blue));
    expect(asBlue.state.ratings.map((r) => r.score)).toEqual([2]);
    const heard = zoe.client.received.length;

    const moved = await w.facilitator.client.request('room/device-move', { deviceId: zoe.session.deviceId, teamId: w.red });
    expect(moved).toMatchObject({ ok: true, result: { room: { devices: [expect.objectContaining({ teamId: w.red })] } } });
    expect(await sessionAfter(zoe.client, heard)).toEqual({ ...zoe.session, teamId: w.red });

    // The page opens the workshop again, as the renderer does on a new session: Red's view.
    const asRed = await Page.on(zoe.client, w.workshopId, { credential: zoe.credential });
    expect(asRed.state).toEqual(viewForTeam(host.currentState(w.workshopId), w.red));
    expect(asRed.state.ratings.map((r) => [r.teamId, r.score])).toEqual([[w.red, 5]]);
    // And Red's rights: its rating is Red's to change now, Blue's is not.
    expect(await asRed.dispatch({ type: 'rating/set', teamId: w.red, touchpointId: w.card, pillarId: w.pillar, score: 4 })).toMatchObject({ ok: true });
    expect(refusalOf(await asRed.dispatch({ type: 'rating/set', teamId: w.blue, touchpointId: w.card, pillarId: w.pillar, score: 1 }))).toEqual({
      code: 'forbidden',
      message: 'Your team can only change its own ratings.',
    });
    // A device coming back with the credential is seated with Red too.
    const again = kept(await TestClient.connect(server.baseUrl, { credential: zoe.credential }));
    expect(again.session).toMatchObject({ kind: 'member', teamId: w.red, participantId: zoe.session.participantId });
    expect(refusalOf(await w.facilitator.client.request('room/device-move', { deviceId: zoe.session.deviceId, teamId: 'no-such-team' }))).toEqual({
      code: 'not-found',
      message: 'That team is not in this workshop.',
    });
  });

  it('moves a device while it is away: coming back with `since`, it holds its new team’s view', async () => {
    const w = await setUp();
    const zoe = await joinDevice(server, w.workshopId, w.blue, 'Zoë');
    kept(zoe.client);
    const asBlue = await Page.on(zoe.client, w.workshopId, { credential: zoe.credential });
    await zoe.client.close();
    // While Zoë's phone is off the network, the facilitator moves it to Red and changes a stage.
    await w.facilitator.client.request('room/device-move', { deviceId: zoe.session.deviceId, teamId: w.red });
    await w.facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    // The phone comes back with what it holds, as the renderer does after a drop.
    const back = await Page.resume((await openRoom(server, w.workshopId)).url, asBlue);
    kept(back.page.client);
    expect(back.page.client.session).toMatchObject({ kind: 'member', teamId: w.red });
    expect(back.page.problems).toEqual([]);
    // Whatever the host sends (the missed updates or the whole workshop), the page must end up with Red's view.
    expect(back.page.state).toEqual(viewForTeam(host.currentState(w.workshopId), w.red));
  });

  it('moves a person with their device: after the move they still cast their own dots', async () => {
    const w = await setUp();
    const zoe = await joinDevice(server, w.workshopId, w.blue, 'Zoë');
    kept(zoe.client);
    await w.facilitator.client.request('room/device-move', { deviceId: zoe.session.deviceId, teamId: w.red });
    const page = await Page.on(zoe.client, w.workshopId, { credential: zoe.credential });
    // Zoë sits with Red now; her dots are still hers to place, on Blue's fix as on any other.
    const vote = await page.dispatch({ type: 'vote/set', participantId: zoe.session.participantId, fixId: w.fix, dots: 1 });
    expect(vote.error).toBeUndefined();
    expect(host.currentState(w.workshopId).votes).toEqual([{ participantId: zoe.session.participantId, fixId: w.fix, dots: 1, round: 0 }]);
  });
});

describe('joining', () => {
  it('as someone on the team’s list: the preview offers their name, and choosing it seats the device as them', async () => {
    const w = await setUp();
    const iga = (await w.facilitator.must({ type: 'participant/add', name: 'Iga', teamId: w.red })).patch.put?.participants?.[0]?.id ?? '';
    const guest = kept(await guestIn(server, w.workshopId));
    await w.facilitator.must({ type: 'phase/set', phase: 'map' });
    const { code } = await openRoom(server, w.workshopId);
    const preview = (await guest.request('room/preview', { code })).result as RoomPreview;
    expect(preview).toEqual({
      workshopTitle: 'Broadband sign-up',
      // Where the room is, so the join screen fetches the board while the person types.
      phase: 'map',
      teams: [
        { id: w.blue, name: 'Blue', color: expect.any(String), people: [] },
        { id: w.red, name: 'Red', color: expect.any(String), people: [{ id: iga, name: 'Iga', joined: false }] },
      ],
    });
    const seq = host.openWorkshop(w.workshopId).seq;
    // The name typed is not what counts when a person is chosen from the list.
    const joined = await guest.request('room/join', { code, teamId: w.red, name: 'Iga', participantId: iga });
    expect(joined).toMatchObject({ ok: true, result: { session: { kind: 'member', teamId: w.red, participantId: iga, name: 'Iga' } } });
    expect(guest.session).toMatchObject({ kind: 'member', participantId: iga });
    // Nobody new on the list.
    expect(host.openWorkshop(w.workshopId).seq).toBe(seq);
    expect(host.currentState(w.workshopId).participants).toHaveLength(1);
    const other = kept(await guestIn(server, w.workshopId));
    const after = (await other.request('room/preview', { code })).result as RoomPreview;
    expect(after.teams[1]?.people).toEqual([{ id: iga, name: 'Iga', joined: true }]);
  });

  it('twice at the same moment as the same new person seats one device, whatever the timing', async () => {
    const w = await setUp();
    const { code } = await openRoom(server, w.workshopId);
    const seated = (name: string) => ({
      people: host.currentState(w.workshopId).participants.filter((p) => p.name === name).length,
      devices: server.room.status().room?.devices.filter((d) => d.name === name).length,
    });
    // Bartek taps Join twice on his phone before the first answer comes back.
    const phone = kept(await guestIn(server, w.workshopId));
    const taps = await Promise.all([0, 1].map(() => phone.request('room/join', { code, teamId: w.blue, name: 'Bartek' })));
    expect(seated('Bartek')).toEqual({ people: 1, devices: 1 });
    expect(taps.filter((r) => r.ok)).toHaveLength(1);
    // Celina joins on two phones at once.
    const phones = [kept(await guestIn(server, w.workshopId)), kept(await guestIn(server, w.workshopId))];
    const replies = await Promise.all(phones.map((p) => p.request('room/join', { code, teamId: w.blue, name: 'Celina' })));
    expect(seated('Celina')).toEqual({ people: 1, devices: 1 });
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
  });

  it('twice as the same person, from a second device, is refused with a sentence saying what to do', async () => {
    const w = await setUp();
    const zoe = await joinDevice(server, w.workshopId, w.blue, 'Zoë');
    kept(zoe.client);
    const { code } = await openRoom(server, w.workshopId);
    const twice = 'Zoë has already joined from another device. If that was you, ask the facilitator to take the old one out of the room.';
    const secondPhone = kept(await guestIn(server, w.workshopId));
    const participants = host.currentState(w.workshopId).participants;
    expect(refusalOf(await secondPhone.request('room/join', { code, teamId: w.blue, name: 'Zoë' }))).toEqual({ code: 'conflict', message: twice });
    expect(refusalOf(await secondPhone.request('room/join', { code, teamId: w.blue, name: 'ZOË' }))).toEqual({ code: 'conflict', message: twice });
    expect(refusalOf(await secondPhone.request('room/join', { code, teamId: w.blue, name: 'x', participantId: zoe.session.participantId }))).toEqual({
      code: 'conflict',
      message: twice,
    });
    // Her name taken in another team is told apart too.
    expect(refusalOf(await secondPhone.request('room/join', { code, teamId: w.red, name: 'Zoë' }))).toEqual({
      code: 'conflict',
      message: 'Someone called “Zoë” is already in Blue. Add an initial to tell you apart.',
    });
    expect(secondPhone.session).toEqual({ kind: 'guest' });
    expect(host.currentState(w.workshopId).participants).toEqual(participants);
    expect(server.room.status().room?.devices).toHaveLength(1);

    // Once the facilitator takes the old device out, she joins from the new one.
    await w.facilitator.client.request('room/device-remove', { deviceId: zoe.session.deviceId });
    const joined = await secondPhone.request('room/join', { code, teamId: w.blue, name: 'Zoë' });
    expect(joined).toMatchObject({ ok: true, result: { session: { participantId: zoe.session.participantId } } });
  });
});
