// A browser page in the local-network room, through the browser's own line (WsTransport over a
// stand-in WebSocket) and the one client, as createClient builds them: the page offers the room's
// protocol and, once it has joined, its credential, read afresh at every connect; it learns what it
// is from the host's session/state events; joining keeps the credential, and a seat that ends takes
// it away, its sentence staying until the page joins again. The desktop window is the facilitator's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOM_PROTOCOL, type SessionState } from '../../../shared/room';
import { PROTOCOL_VERSION } from '../../../shared/wire';
import type { JourneyRoomBridge } from '../../../renderer/api/bridge';
import { ClientError } from '../../../renderer/api/client';
import { browserCredentialStore, subprotocolsFor, type KeyValueStorage } from '../../../renderer/api/credential-store';
import { HostClient } from '../../../renderer/api/host-client';
import { IpcTransport } from '../../../renderer/api/ipc-transport';
import { WsTransport } from '../../../renderer/api/ws-transport';

interface Sent {
  readonly v: number;
  readonly id: number;
  readonly method: string;
  readonly params: Record<string, unknown>;
}

/** Stands in for the browser's WebSocket: records the protocols it was offered and what is sent; the test plays the host. */
class FakeSocket {
  static readonly OPEN = 1;
  static sockets: FakeSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  readonly sent: Sent[] = [];
  readonly protocols: readonly string[];
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();

  constructor(
    readonly url: string,
    protocols: string | string[] = [],
  ) {
    this.protocols = typeof protocols === 'string' ? [protocols] : [...protocols];
    FakeSocket.sockets.push(this);
  }

  static get last(): FakeSocket {
    const socket = FakeSocket.sockets.at(-1);
    if (!socket) throw new Error('No socket was opened.');
    return socket;
  }

  addEventListener(name: string, listener: (event: unknown) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  send(text: string): void {
    this.sent.push(JSON.parse(text) as Sent);
  }

  close(): void {
    this.drop();
  }

  /** The host accepts the socket and, as it does, says what the page is. */
  open(session?: SessionState): void {
    this.readyState = 1;
    this.fire('open', {});
    if (session) this.say({ v: PROTOCOL_VERSION, event: 'session/state', data: session });
  }

  drop(): void {
    this.readyState = 3;
    this.fire('close', {});
  }

  say(message: unknown): void {
    this.fire('message', { data: JSON.stringify(message) });
  }

  last(method: string): Sent {
    const found = this.sent.filter((m) => m.method === method).at(-1);
    if (!found) throw new Error(`The page sent no ${method}.`);
    return found;
  }

  reply(request: Sent, result: unknown): void {
    this.say({ v: PROTOCOL_VERSION, id: request.id, ok: true, result });
  }

  refuse(request: Sent, code: string, message: string): void {
    this.say({ v: PROTOCOL_VERSION, id: request.id, ok: false, error: { code, message } });
  }

  private fire(name: string, event: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) listener(event);
  }
}

/** localStorage as far as the store uses it. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const CREDENTIAL = 'Q2hsb2UgRHVyYW5kIG9uIGhlciBvd24gcGhvbmUhISE';
const HOST = '192.168.1.20:5180';
const BLUE: SessionState = { kind: 'member', workshopId: 'w1', teamId: 't-blue', participantId: 'p-ana', deviceId: 'd-1', name: 'Ana' };
const REMOVED = 'The facilitator took this device out of the room. Join again with the room code if that was a mistake.';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeSocket.sockets = [];
});

/** A browser page as createClient builds it, on a storage the test can look into. */
function browserPage(storage = new MemoryStorage()) {
  vi.stubGlobal('WebSocket', FakeSocket);
  const credentials = browserCredentialStore(storage, HOST);
  const transport = new WsTransport(`ws://${HOST}/ws`, () => subprotocolsFor(credentials.read()));
  const client = new HostClient(transport, { credentials, onRefused: () => transport.stop() });
  return { client, credentials, storage };
}

describe('the page’s credential store', () => {
  it('keeps the credential under a key that names the room’s host and port', () => {
    const storage = new MemoryStorage();
    const here = browserCredentialStore(storage, HOST);
    const elsewhere = browserCredentialStore(storage, '192.168.1.20:5181');
    expect(here.read()).toBeNull();
    here.write(CREDENTIAL);
    expect(here.read()).toBe(CREDENTIAL);
    expect([...storage.items.keys()]).toEqual([`journey-room.seat.${HOST}`]);
    expect(elsewhere.read()).toBeNull();
    here.clear();
    expect(here.read()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('ignores and forgets what is stored when it is not a credential, so the socket is never offered a bad protocol', () => {
    const storage = new MemoryStorage();
    storage.setItem(`journey-room.seat.${HOST}`, 'not a credential, with spaces');
    expect(browserCredentialStore(storage, HOST).read()).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('keeps the credential in memory when storage refuses (a private window, storage turned off)', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const storage of [refusing, null]) {
      const store = browserCredentialStore(storage, HOST);
      store.write(CREDENTIAL);
      expect(store.read()).toBe(CREDENTIAL);
      store.clear();
      expect(store.read()).toBeNull();
    }
  });

  it('offers the room’s protocol, with the credential beside it once there is one', () => {
    expect(subprotocolsFor(null)).toEqual([ROOM_PROTOCOL]);
    expect(subprotocolsFor(CREDENTIAL)).toEqual([ROOM_PROTOCOL, `seat.${CREDENTIAL}`]);
  });
});

describe('a browser page’s session', () => {
  it('has none until the host says, then is what the host says, and tells its listeners once per change', () => {
    const { client } = browserPage();
    const heard: SessionState[] = [];
    client.onSession((session) => heard.push(session));
    expect(client.session).toBeNull();
    FakeSocket.last.open({ kind: 'guest' });
    expect(client.session).toEqual({ kind: 'guest' });
    // The same word again (a reconnect as the same guest) changes nothing.
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: { kind: 'guest' } });
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: { ...BLUE } });
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: { ...BLUE, name: 'Ana Lima' } });
    expect(heard).toEqual([{ kind: 'guest' }, BLUE, { ...BLUE, name: 'Ana Lima' }]);
    expect(client.session).toEqual({ ...BLUE, name: 'Ana Lima' });
  });

  it('ignores a session event that does not fit the contract', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { client } = browserPage();
    FakeSocket.last.open({ kind: 'facilitator' });
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: { kind: 'member', teamId: 't-blue' } });
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: { kind: 'owner' } });
    expect(client.session).toEqual({ kind: 'facilitator' });
  });

  it('offers only the room’s protocol before it has joined, and sends workshop/open as it is asked (no team in it)', async () => {
    const { client } = browserPage();
    expect(FakeSocket.last.url).toBe(`ws://${HOST}/ws`);
    expect(FakeSocket.last.protocols).toEqual([ROOM_PROTOCOL]);
    FakeSocket.last.open({ kind: 'facilitator' });
    const opening = client.request('workshop/open', { workshopId: 'w1' }).catch(() => undefined);
    expect(FakeSocket.last.last('workshop/open').params).toEqual({ workshopId: 'w1' });
    FakeSocket.last.refuse(FakeSocket.last.last('workshop/open'), 'not-found', 'That workshop is not here.');
    await opening;
  });
});

describe('joining the room', () => {
  it('keeps the credential the host gives, and offers it at the next connect: a reload lands on the same seat', async () => {
    const { client, storage } = browserPage();
    FakeSocket.last.open({ kind: 'guest' });
    const joining = client.joinRoom({ code: 'K7M2QX', teamId: 't-blue', name: 'Ana' });
    const request = FakeSocket.last.last('room/join');
    expect(request.params).toEqual({ code: 'K7M2QX', teamId: 't-blue', name: 'Ana' });
    // The host seats the socket and says so before it answers.
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: BLUE });
    FakeSocket.last.reply(request, { credential: CREDENTIAL, session: BLUE });
    await expect(joining).resolves.toEqual(BLUE);
    expect(client.session).toEqual(BLUE);
    expect(storage.items.get(`journey-room.seat.${HOST}`)).toBe(CREDENTIAL);

    // The same browser, reloaded: a new page on the same storage offers the seat's credential.
    FakeSocket.sockets = [];
    browserPage(storage);
    expect(FakeSocket.last.protocols).toEqual([ROOM_PROTOCOL, `seat.${CREDENTIAL}`]);
  });

  it('rejects with the host’s own sentence and keeps nothing when the host refuses', async () => {
    const { client, storage } = browserPage();
    FakeSocket.last.open({ kind: 'guest' });
    const sentences = [
      ['invalid', 'That room code is not right. Check the code on the screen and type it again.'],
      ['invalid', 'Too many wrong codes from this device. Try again in 42 seconds.'],
      ['conflict', 'Ana has already joined from another device. If that was you, ask the facilitator to take the old one out of the room.'],
    ] as const;
    for (const [code, message] of sentences) {
      const joining = client.joinRoom({ code: 'K7M2QX', teamId: 't-blue', name: 'Ana' });
      FakeSocket.last.refuse(FakeSocket.last.last('room/join'), code, message);
      const error: unknown = await joining.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientError);
      expect(error).toMatchObject({ code, message });
    }
    expect(storage.items.size).toBe(0);
    expect(client.session).toEqual({ kind: 'guest' });
  });

  it('comes back after a drop with its credential, and catches up with workshop/open since before anything else', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    storage.setItem(`journey-room.seat.${HOST}`, CREDENTIAL);
    const { client } = browserPage(storage);
    const first = FakeSocket.last;
    expect(first.protocols).toEqual([ROOM_PROTOCOL, `seat.${CREDENTIAL}`]);
    first.open(BLUE);
    client.onConnection((state) => {
      if (state === 'open') void client.request('workshop/open', { workshopId: 'w1', since: { epoch: 'e1', seq: 9 } }).catch(() => undefined);
    });
    void client
      .request('workshop/dispatch', {
        workshopId: 'w1',
        command: { type: 'rating/set', teamId: 't-blue', touchpointId: 'c1', pillarId: 'empathy', score: 4 },
        mutation: client.nextMutation(),
      })
      .catch(() => undefined);

    first.drop();
    expect(client.connection).toBe('reconnecting');
    vi.runOnlyPendingTimers();
    const second = FakeSocket.last;
    expect(second).not.toBe(first);
    expect(second.protocols).toEqual([ROOM_PROTOCOL, `seat.${CREDENTIAL}`]);
    second.open(BLUE);
    // No request to be seated again: the host seated the socket as it opened.
    expect(second.sent.map((m) => m.method)).toEqual(['workshop/open', 'workshop/dispatch']);
    expect(second.sent[0]?.params).toEqual({ workshopId: 'w1', since: { epoch: 'e1', seq: 9 } });
    expect(client.session).toEqual(BLUE);
  });
});

describe('a seat that ends', () => {
  it('forgets the credential, so the next connect is a guest, and keeps the host’s sentence until the page joins again', async () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    storage.setItem(`journey-room.seat.${HOST}`, CREDENTIAL);
    const { client } = browserPage(storage);
    FakeSocket.last.open(BLUE);
    FakeSocket.last.say({ v: PROTOCOL_VERSION, event: 'session/state', data: { kind: 'guest', ended: REMOVED } });
    expect(client.session).toEqual({ kind: 'guest', ended: REMOVED });
    expect(storage.items.size).toBe(0);

    FakeSocket.last.drop();
    vi.runOnlyPendingTimers();
    expect(FakeSocket.last.protocols).toEqual([ROOM_PROTOCOL]);
    // Without a credential the host only says "guest": the page still says why its seat ended.
    FakeSocket.last.open({ kind: 'guest' });
    expect(client.session).toEqual({ kind: 'guest', ended: REMOVED });

    const joining = client.joinRoom({ code: 'K7M2QX', teamId: 't-blue', name: 'Ana' });
    const again = { ...BLUE, deviceId: 'd-2' };
    FakeSocket.last.reply(FakeSocket.last.last('room/join'), { credential: CREDENTIAL.replace('Q', 'R'), session: again });
    await joining;
    expect(client.session).toEqual(again);
  });

  it('also ends for a credential the host no longer knows (the room was closed while the laptop slept)', () => {
    const storage = new MemoryStorage();
    storage.setItem(`journey-room.seat.${HOST}`, CREDENTIAL);
    const { client } = browserPage(storage);
    const closed = 'The facilitator closed the room. Ask them for the new code when it opens again.';
    FakeSocket.last.open({ kind: 'guest', ended: closed });
    expect(client.session).toEqual({ kind: 'guest', ended: closed });
    expect(storage.items.size).toBe(0);
  });
});

describe('the desktop window', () => {
  it('is the facilitator from the start, with no credential to keep', () => {
    const bridge: JourneyRoomBridge = { platform: 'linux', send: () => undefined, onMessage: () => () => undefined };
    const client = new HostClient(new IpcTransport(bridge), { session: { kind: 'facilitator' } });
    expect(client.platform).toBe('desktop');
    expect(client.session).toEqual({ kind: 'facilitator' });
  });
});
