// The local-network room's rules (main/room/room.ts), with a fake network:
// the listener and the machine's addresses are the test's, the host is the
// real one on a store in memory. The facilitator opens the room on an address
// the machine has, may move it to another without anyone having to join
// again, is told when the address goes away (Wi-Fi changed) and what to use
// instead; people join with the code as a person of a team; removing a device
// or closing the room ends its pages at once, with a sentence, and makes the
// code and credentials worthless.
import { describe, expect, it } from 'vitest';
import type { RoomInterface, RoomStatus, SessionState } from '../../../shared/room';
import { ApiRefusal } from '../../../main/api/api-errors';
import type { DevicePage } from '../../../main/room/lobby';
import { Room, type RoomEvent, type RoomListener } from '../../../main/room/room';
import { memoryStore } from '../support/memory-store';
import { blankWorkshop, hostOn } from '../support/temp-data';

const WIFI: RoomInterface = { name: 'wlan0', address: '192.168.1.20', label: 'Wi-Fi (wlan0) — 192.168.1.20' };
const CABLE: RoomInterface = { name: 'eth0', address: '10.0.0.5', label: 'Network (eth0) — 10.0.0.5' };

const ROOM_CLOSED = 'The facilitator closed the room. Ask them for the new code when it opens again.';
const REMOVED = 'The facilitator took this device out of the room. Join again with the room code if that was a mistake.';
const WRONG_CODE = 'That room code is not right. Check the code on the screen and type it again.';

/** The network as the test makes it: which addresses the machine has, and every listener the room started. */
class FakeNetwork {
  interfaces: RoomInterface[] = [WIFI, CABLE];
  readonly listeners: Array<{ address: string; port: number; closed: boolean }> = [];
  /** Ports that are taken: listening there fails as the system says. */
  readonly busy = new Set<number>();
  /** Addresses the system will not let the room listen on. */
  readonly unavailable = new Set<string>();

  readonly listen = async (address: string, port: number): Promise<RoomListener> => {
    if (this.unavailable.has(address)) throw Object.assign(new Error('listen EADDRNOTAVAIL'), { code: 'EADDRNOTAVAIL' });
    if (this.busy.has(port)) throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    const entry = { address, port: port === 0 ? 40_000 + this.listeners.length : port, closed: false };
    this.listeners.push(entry);
    return {
      port: entry.port,
      close: async () => {
        entry.closed = true;
      },
    };
  };

  get open(): Array<{ address: string; port: number }> {
    return this.listeners.filter((l) => !l.closed).map(({ address, port }) => ({ address, port }));
  }
}

/** A page holding a device's credential: it records every session it is told. */
class FakePage implements DevicePage {
  readonly sessions: SessionState[] = [];
  setSession(session: SessionState): void {
    this.sessions.push(session);
  }
}

function setUp() {
  const workshop = blankWorkshop('Broadband sign-up');
  const other = blankWorkshop('Store visit');
  const host = hostOn(memoryStore(workshop, other));
  const network = new FakeNetwork();
  const awake: boolean[] = [];
  const room = new Room({
    host,
    listen: network.listen,
    interfaces: () => network.interfaces,
    preferredPort: 5180,
    keepAwake: (on) => awake.push(on),
    addressCheckMs: 3_600_000,
  });
  const events: RoomStatus[] = [];
  room.subscribe((event: RoomEvent) => events.push(event.status));
  const teamId = workshop.teams[0]?.id ?? '';
  return { host, room, network, awake, events, workshopId: workshop.id, otherId: other.id, teamId };
}

/** Lets the room tell its listeners (it tells once per tick). */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function codeOf(room: Room): string {
  const code = room.status().room?.code;
  if (code === undefined) throw new Error('The room is not open.');
  return code;
}

/** A code that is well-formed but not this room's. */
function wrongCode(room: Room): string {
  return codeOf(room) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
}

/** The refusal a call ends in (an ApiRefusal, or the host's own error with its sentence); fails when it goes through. */
async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<Error> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('It was not refused.');
}

describe('opening the room', () => {
  it('listens on the chosen address at the port people type, with a fresh code and a join address per team', async () => {
    const { room, network, awake, events, workshopId, teamId } = setUp();
    expect(room.isOpen).toBe(false);
    expect(room.status()).toEqual({ interfaces: [WIFI, CABLE], room: null });

    const status = await room.open(workshopId, WIFI.address);
    expect(network.open).toEqual([{ address: WIFI.address, port: 5180 }]);
    const code = codeOf(room);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(status.room).toEqual({
      workshopId,
      address: WIFI.address,
      port: 5180,
      url: 'http://192.168.1.20:5180',
      code,
      joinUrl: `http://192.168.1.20:5180/#/join/${code}`,
      teamJoinUrls: [{ teamId, url: `http://192.168.1.20:5180/#/join/${code}/${teamId}` }],
      devices: [],
    });
    expect(room.workshopId).toBe(workshopId);
    // The machine stays awake while the room is open.
    expect(awake).toEqual([true]);
    await tick();
    expect(events.at(-1)).toEqual(status);
  });

  it('refuses an address this computer does not have, with a sentence, and opens nothing', async () => {
    const { room, network, workshopId } = setUp();
    const refused = await refusal(room.open(workshopId, '192.168.7.7'));
    expect(refused).toBeInstanceOf(ApiRefusal);
    expect(refused).toMatchObject({ code: 'invalid' });
    expect(refused.message).toBe('This computer has no network address 192.168.7.7 now. Choose one from the list.');
    expect(network.listeners).toEqual([]);
    expect(room.isOpen).toBe(false);
  });

  it('refuses a workshop that is not in the library', async () => {
    const { room, network } = setUp();
    const refused = await refusal(room.open('no-such-workshop', WIFI.address));
    expect(refused.message).toBe('That workshop no longer exists — it may have been deleted. Reload the list of workshops.');
    expect(network.listeners).toEqual([]);
  });

  it('takes another free port when the usual one is busy, and says so in words when the system refuses the address', async () => {
    const { room, network, workshopId } = setUp();
    network.busy.add(5180);
    const status = await room.open(workshopId, WIFI.address);
    expect(status.room?.port).toBe(40_000);
    expect(status.room?.url).toBe('http://192.168.1.20:40000');
    await room.close();

    network.unavailable.add(CABLE.address);
    const refused = await refusal(room.open(workshopId, CABLE.address));
    expect(refused.message).toBe('This computer cannot listen on 10.0.0.5 now. Choose another address.');
    expect(room.isOpen).toBe(false);
  });

  it('opened again on the same address is left as it is: same listener, same code', async () => {
    const { room, network, workshopId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    const again = await room.open(workshopId, WIFI.address);
    expect(network.listeners).toHaveLength(1);
    expect(network.open).toHaveLength(1);
    expect(again.room?.code).toBe(code);
  });

  it('refuses to open for a second workshop while open for another', async () => {
    const { room, network, workshopId, otherId } = setUp();
    await room.open(workshopId, WIFI.address);
    const refused = await refusal(room.open(otherId, CABLE.address));
    expect(refused).toMatchObject({ code: 'conflict', message: 'The room is open for another workshop. Close it there first.' });
    expect(network.open).toEqual([{ address: WIFI.address, port: 5180 }]);
    expect(room.workshopId).toBe(workshopId);
  });

  it('moved to another address keeps the code, the lobby and every credential; only the old listener goes', async () => {
    const { room, network, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    const ana = await room.join({ code, teamId, name: 'Ana' }, 'phone-1');
    const page = new FakePage();
    room.attach(ana.device, page);

    const moved = await room.open(workshopId, CABLE.address);
    expect(network.open).toEqual([{ address: CABLE.address, port: 5180 }]);
    expect(network.listeners.find((l) => l.address === WIFI.address)?.closed).toBe(true);
    expect(moved.room?.code).toBe(code);
    expect(moved.room?.url).toBe('http://10.0.0.5:5180');
    expect(moved.room?.devices).toEqual([expect.objectContaining({ id: ana.device.id, name: 'Ana', connected: true })]);
    expect(room.deviceFor(ana.credential)).toBe(ana.device);
    // Nobody was told their seat ended.
    expect(page.sessions).toEqual([]);
  });
});

describe('the chosen address going away', () => {
  it('is reported with another address to use, and cleared when it comes back', async () => {
    const { room, network, events, workshopId } = setUp();
    await room.open(workshopId, WIFI.address);
    room.checkAddress();
    await tick();
    expect(room.status().room?.addressProblem).toBeUndefined();
    const told = events.length;

    // The laptop left the Wi-Fi: only the cable is left.
    network.interfaces = [CABLE];
    room.checkAddress();
    const status = room.status();
    expect(status.room?.addressProblem).toBe('This computer no longer has the address 192.168.1.20, so devices cannot reach the room there.');
    expect(status.room?.suggestedAddress).toBe(CABLE.address);
    await tick();
    expect(events).toHaveLength(told + 1);
    expect(events.at(-1)?.room).toMatchObject({ addressProblem: expect.any(String), suggestedAddress: CABLE.address });

    // Checked again with nothing new: the facilitator is not told twice.
    room.checkAddress();
    await tick();
    expect(events).toHaveLength(told + 1);

    // No address at all: still a problem, and nothing to suggest.
    network.interfaces = [];
    room.checkAddress();
    expect(room.status().room?.addressProblem).toEqual(expect.any(String));
    expect(room.status().room?.suggestedAddress).toBeUndefined();

    network.interfaces = [CABLE, WIFI];
    room.checkAddress();
    expect(room.status().room).not.toHaveProperty('addressProblem');
    expect(room.status().room).not.toHaveProperty('suggestedAddress');
    await tick();
    expect(events.at(-1)?.room).not.toHaveProperty('addressProblem');
  });

  it('is noticed by itself while the room is open, without anyone asking', async () => {
    const workshop = blankWorkshop('Broadband sign-up');
    const network = new FakeNetwork();
    const room = new Room({ host: hostOn(memoryStore(workshop)), listen: network.listen, interfaces: () => network.interfaces, addressCheckMs: 5 });
    await room.open(workshop.id, WIFI.address);
    network.interfaces = [CABLE];
    for (let waited = 0; waited < 2000 && room.status().room?.suggestedAddress === undefined; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(room.status().room?.suggestedAddress).toBe(CABLE.address);
    await room.close();
    room.dispose();
  });
});

describe('joining', () => {
  it('seats a new person by name, adding them to the team, and gives a credential that seats them again', async () => {
    const { host, room, events, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const joined = await room.join({ code: codeOf(room), teamId, name: 'Zoë' }, 'phone-1');
    const zoe = host.currentState(workshopId).participants.find((p) => p.name === 'Zoë');
    expect(zoe?.teamId).toBe(teamId);
    expect(joined.session).toEqual({ kind: 'member', workshopId, teamId, participantId: zoe?.id, deviceId: joined.device.id, name: 'Zoë' });
    expect(room.deviceFor(joined.credential)).toBe(joined.device);
    // Kept as a hash only.
    expect(JSON.stringify(room.status())).not.toContain(joined.credential);
    expect(joined.device.credentialHash).not.toContain(joined.credential);
    await tick();
    expect(events.at(-1)?.room?.devices).toEqual([
      expect.objectContaining({ id: joined.device.id, name: 'Zoë', teamId, participantId: zoe?.id, connected: false }),
    ]);
    // Not the facilitator's undo: joining is not a step anyone takes back.
    expect(host.historyFlags(workshopId, { kind: 'facilitator' })).toEqual({ canUndo: false, canRedo: false });
  });

  it('refuses a wrong code with a sentence', async () => {
    const { room, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    expect(room.preview(code, 'phone-1').teams).toHaveLength(1);
    expect(await refusal(() => room.preview(wrongCode(room), 'phone-1'))).toMatchObject({ code: 'invalid', message: WRONG_CODE });
    expect(await refusal(room.join({ code: wrongCode(room), teamId, name: 'Zoë' }, 'phone-1'))).toMatchObject({ message: WRONG_CODE });
  });

  it('after five wrong codes makes that device wait, even with the right code, while another device joins', async () => {
    let now = Date.UTC(2026, 11, 3, 9);
    const workshop = blankWorkshop('Broadband sign-up');
    const network = new FakeNetwork();
    const room = new Room({ host: hostOn(memoryStore(workshop)), listen: network.listen, interfaces: () => network.interfaces, now: () => new Date(now) });
    await room.open(workshop.id, WIFI.address);
    const code = codeOf(room);
    for (let i = 0; i < 5; i++) {
      expect(await refusal(() => room.preview(wrongCode(room), '192.168.1.66'))).toMatchObject({ message: WRONG_CODE });
      now += 1000;
    }
    expect(await refusal(() => room.preview(code, '192.168.1.66'))).toMatchObject({
      code: 'invalid',
      message: 'Too many wrong codes from this device. Try again in 55 seconds.',
    });
    expect(room.preview(code, '192.168.1.67').teams).toHaveLength(1);
    now += 55_000;
    expect(room.preview(code, '192.168.1.66').teams).toHaveLength(1);
    await room.close();
    room.dispose();
  });

  it('as someone on the list: the preview shows who has joined, and a second device for them is refused', async () => {
    const { host, room, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    await host.dispatch(workshopId, { type: 'participant/add', name: 'Łukasz', teamId }, { seat: { kind: 'facilitator' } });
    const lukasz = host.currentState(workshopId).participants[0]?.id ?? '';
    expect(room.preview(code, 'phone-1').teams[0]?.people).toEqual([{ id: lukasz, name: 'Łukasz', joined: false }]);

    const joined = await room.join({ code, teamId, name: 'ignored when chosen', participantId: lukasz }, 'phone-1');
    expect(joined.session).toMatchObject({ participantId: lukasz, name: 'Łukasz' });
    expect(room.preview(code, 'phone-2').teams[0]?.people).toEqual([{ id: lukasz, name: 'Łukasz', joined: true }]);
    expect(host.currentState(workshopId).participants).toHaveLength(1);

    const twice = 'Łukasz has already joined from another device. If that was you, ask the facilitator to take the old one out of the room.';
    expect(await refusal(room.join({ code, teamId, name: 'x', participantId: lukasz }, 'phone-2'))).toMatchObject({ code: 'conflict', message: twice });
    // By name too, however it is capitalised.
    expect(await refusal(room.join({ code, teamId, name: 'łukasz' }, 'phone-2'))).toMatchObject({ code: 'conflict', message: twice });
    expect(room.status().room?.devices).toHaveLength(1);
  });

  it('refuses a team or a person that is not there, and a name taken in another team', async () => {
    const { host, room, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    await host.dispatch(workshopId, { type: 'team/add', name: 'Red' }, { seat: { kind: 'facilitator' } });
    const red = host.currentState(workshopId).teams[1]?.id ?? '';
    await host.dispatch(workshopId, { type: 'participant/add', name: 'Iga', teamId: red }, { seat: { kind: 'facilitator' } });
    const iga = host.currentState(workshopId).participants[0]?.id ?? '';
    const teamName = host.currentState(workshopId).teams[0]?.name ?? '';

    expect(await refusal(room.join({ code, teamId: 'no-such-team', name: 'Zoë' }, 'phone-1'))).toMatchObject({
      code: 'not-found',
      message: 'That team is no longer in the workshop. Choose another.',
    });
    expect(await refusal(room.join({ code, teamId, name: 'Iga', participantId: iga }, 'phone-1'))).toMatchObject({
      code: 'not-found',
      message: `That person is not on the list of ${teamName}. Choose your name again.`,
    });
    expect(await refusal(room.join({ code, teamId, name: 'IGA' }, 'phone-1'))).toMatchObject({
      code: 'conflict',
      message: 'Someone called “Iga” is already in Red. Add an initial to tell you apart.',
    });
    expect(room.status().room?.devices).toEqual([]);
    expect(host.currentState(workshopId).participants).toHaveLength(1);
  });

  it('is refused while the room is closed', async () => {
    const { room, workshopId } = setUp();
    expect(await refusal(() => room.preview('K7M2QX', 'phone-1'))).toMatchObject({
      code: 'not-found',
      message: 'The room is not open just now. Ask the facilitator to open it.',
    });
    expect(room.deviceFor('x'.repeat(43))).toBeUndefined();
    expect(room.workshopId).toBeNull();
    expect(workshopId).toBeTruthy();
  });

  it('tells the facilitator once for several changes in the same moment', async () => {
    const { room, events, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const { device } = await room.join({ code: codeOf(room), teamId, name: 'Ana' }, 'phone-1');
    await tick();
    const before = events.length;
    // Ana's phone and laptop connect, and the laptop's page goes again, all in one moment.
    room.attach(device, new FakePage());
    const leave = room.attach(device, new FakePage());
    leave();
    await tick();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)?.room?.devices).toEqual([expect.objectContaining({ name: 'Ana', connected: true })]);
  });
});

describe('the lobby', () => {
  it('shows a device connected while a page holds its credential, and when it was last seen', async () => {
    let now = Date.UTC(2026, 11, 3, 9);
    const workshop = blankWorkshop('Broadband sign-up');
    const network = new FakeNetwork();
    const room = new Room({ host: hostOn(memoryStore(workshop)), listen: network.listen, interfaces: () => network.interfaces, now: () => new Date(now) });
    await room.open(workshop.id, WIFI.address);
    const { device } = await room.join({ code: codeOf(room), teamId: workshop.teams[0]?.id ?? '', name: 'Ana' }, 'phone-1');
    const deviceNow = () => room.status().room?.devices[0];
    expect(deviceNow()).toMatchObject({ connected: false, joinedAt: '2026-12-03T09:00:00.000Z', lastSeenAt: '2026-12-03T09:00:00.000Z' });
    now += 60_000;
    const first = room.attach(device, new FakePage());
    now += 60_000;
    const second = room.attach(device, new FakePage());
    expect(deviceNow()).toMatchObject({ connected: true, lastSeenAt: '2026-12-03T09:02:00.000Z' });
    now += 60_000;
    first();
    // The other tab is still open.
    expect(deviceNow()).toMatchObject({ connected: true, lastSeenAt: '2026-12-03T09:03:00.000Z' });
    second();
    second();
    expect(deviceNow()).toMatchObject({ connected: false });
    await room.close();
    room.dispose();
  });

  it('renames and moves a device: its pages are told their new seat at once', async () => {
    const { host, room, workshopId, teamId } = setUp();
    await host.dispatch(workshopId, { type: 'team/add', name: 'Red' }, { seat: { kind: 'facilitator' } });
    const red = host.currentState(workshopId).teams[1]?.id ?? '';
    await room.open(workshopId, WIFI.address);
    const { device } = await room.join({ code: codeOf(room), teamId, name: 'Ana' }, 'phone-1');
    const page = new FakePage();
    room.attach(device, page);

    expect((await room.rename(device.id, 'Ana K.')).room?.devices[0]?.name).toBe('Ana K.');
    expect(page.sessions.at(-1)).toMatchObject({ kind: 'member', name: 'Ana K.', teamId });
    expect((await room.move(device.id, red)).room?.devices[0]?.teamId).toBe(red);
    expect(page.sessions.at(-1)).toMatchObject({ kind: 'member', name: 'Ana K.', teamId: red, deviceId: device.id });
    expect(await refusal(() => room.move(device.id, 'no-such-team'))).toMatchObject({ code: 'not-found', message: 'That team is not in this workshop.' });
    expect(await refusal(() => room.rename('d-gone', 'X'))).toMatchObject({ code: 'not-found', message: 'That device has already left the room.' });
  });

  it('removes a device: its credential stops working at once and its pages are told why', async () => {
    const { room, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    const ana = await room.join({ code, teamId, name: 'Ana' }, 'phone-1');
    const ben = await room.join({ code, teamId, name: 'Ben' }, 'phone-2');
    const anaPages = [new FakePage(), new FakePage()];
    for (const page of anaPages) room.attach(ana.device, page);
    const benPage = new FakePage();
    room.attach(ben.device, benPage);

    const status = room.remove(ana.device.id);
    expect(status.room?.devices.map((d) => d.name)).toEqual(['Ben']);
    for (const page of anaPages) expect(page.sessions).toEqual([{ kind: 'guest', ended: REMOVED }]);
    expect(room.deviceFor(ana.credential)).toBeUndefined();
    expect(room.deviceFor(ben.credential)).toBe(ben.device);
    expect(benPage.sessions).toEqual([]);
    expect(await refusal(() => room.remove(ana.device.id))).toMatchObject({ code: 'not-found' });
    // The same person may join again from a new device.
    expect((await room.join({ code, teamId, name: 'Ana' }, 'phone-3')).session.participantId).toBe(ana.session.participantId);
  });
});

describe('closing the room', () => {
  it('while a join is still under way seats nobody: the credential it hands out is void, now and after reopening', async () => {
    const { room, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    // A new person joins; adding them to the workshop takes a moment (the disk), and the room closes meanwhile.
    const joining = room.join({ code: codeOf(room), teamId, name: 'Bartek' }, 'phone-1');
    await room.close();
    const outcome = await joining.then(
      (joined) => joined.credential,
      () => null,
    );
    await room.open(workshopId, WIFI.address);
    expect(room.status().room?.devices).toEqual([]);
    if (outcome !== null) expect(room.deviceFor(outcome)).toBeUndefined();
  });

  it('ends every device’s pages with a sentence, stops listening, and voids the code and every credential', async () => {
    const { room, network, awake, events, workshopId, teamId } = setUp();
    await room.open(workshopId, WIFI.address);
    const code = codeOf(room);
    const ana = await room.join({ code, teamId, name: 'Ana' }, 'phone-1');
    const ben = await room.join({ code, teamId, name: 'Ben' }, 'phone-2');
    const pages = [new FakePage(), new FakePage(), new FakePage()];
    room.attach(ana.device, pages[0] ?? new FakePage());
    room.attach(ana.device, pages[1] ?? new FakePage());
    room.attach(ben.device, pages[2] ?? new FakePage());

    const closed = await room.close();
    expect(closed).toEqual({ interfaces: [WIFI, CABLE], room: null });
    for (const page of pages) expect(page.sessions).toEqual([{ kind: 'guest', ended: ROOM_CLOSED }]);
    expect(network.open).toEqual([]);
    expect(awake).toEqual([true, false]);
    expect(room.deviceFor(ana.credential)).toBeUndefined();
    await tick();
    expect(events.at(-1)).toEqual(closed);
    // Closing twice is harmless.
    expect(await room.close()).toEqual(closed);
    expect(awake).toEqual([true, false]);

    // Opened again: a new code; the old code and credentials are worth nothing.
    await room.open(workshopId, WIFI.address);
    const fresh = codeOf(room);
    expect(fresh).not.toBe(code);
    expect(room.deviceFor(ana.credential)).toBeUndefined();
    expect(room.deviceFor(ben.credential)).toBeUndefined();
    expect(room.status().room?.devices).toEqual([]);
    expect(await refusal(() => room.preview(code, 'phone-9'))).toMatchObject({ message: WRONG_CODE });
  });
});
