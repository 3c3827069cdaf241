// The page's one client (renderer/api/host-client.ts) over a transport: replies and events are
// checked against the wire contract before anyone sees them, refusals keep the host's code and
// sentence, a command survives a dropped line (and goes after the page has caught up), and a host
// of another version refuses the page for good.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toPatch } from '../../../shared/changes/patch';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';
import {
  mutationSchema,
  PROTOCOL_VERSION,
  type LibraryListing,
  type Method,
  type WireErrorCode,
  type WorkshopUpdate,
} from '../../../shared/wire';
import type { JourneyRoomBridge } from '../../../renderer/api/bridge';
import { ClientError, type ConnectionState } from '../../../renderer/api/client';
import { HostClient } from '../../../renderer/api/host-client';
import { IpcTransport } from '../../../renderer/api/ipc-transport';
import type { Transport, TransportState } from '../../../renderer/api/transport';

interface SentRequest {
  readonly v: number;
  readonly id: number;
  readonly method: Method;
  readonly params: Record<string, unknown>;
}

/** A line to the host the test controls: records what the client sends, delivers what the "host" says. */
class FakeTransport implements Transport {
  readonly platform = 'browser' as const;
  /** Every text the client handed over, in order. */
  readonly texts: string[] = [];
  private current: TransportState;
  private readonly messageListeners: ((text: string) => void)[] = [];
  private readonly stateListeners: ((state: TransportState) => void)[] = [];

  constructor(state: TransportState = 'open') {
    this.current = state;
  }

  get state(): TransportState {
    return this.current;
  }

  send(text: string): boolean {
    if (this.current !== 'open') return false;
    this.texts.push(text);
    return true;
  }

  onMessage(listener: (text: string) => void): void {
    this.messageListeners.push(listener);
  }

  onState(listener: (state: TransportState) => void): void {
    this.stateListeners.push(listener);
  }

  /** The line goes down or comes back. */
  setState(state: TransportState): void {
    this.current = state;
    for (const listener of this.stateListeners) listener(state);
  }

  /** The host says something (any JSON value, sent as text). */
  deliver(message: unknown): void {
    const text = JSON.stringify(message);
    for (const listener of this.messageListeners) listener(text);
  }

  get sent(): SentRequest[] {
    return this.texts.map((text) => JSON.parse(text) as SentRequest);
  }

  /** The last request of this method the client sent. */
  last(method: Method): SentRequest {
    const found = this.sent.filter((m) => m.method === method).at(-1);
    if (!found) throw new Error(`The client sent no ${method}.`);
    return found;
  }

  reply(request: SentRequest, result: unknown): void {
    this.deliver({ v: PROTOCOL_VERSION, id: request.id, ok: true, result });
  }

  refuse(request: SentRequest, code: string, message: string, v = PROTOCOL_VERSION): void {
    this.deliver({ v, id: request.id, ok: false, error: { code, message } });
  }

  event(event: string, data: unknown): void {
    this.deliver({ v: PROTOCOL_VERSION, event, data });
  }
}

async function failure(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
  throw new Error('Expected the request to fail.');
}

/** Whether a promise has settled yet, without waiting for it. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

const listing: LibraryListing = {
  workshops: [
    {
      id: 'w1',
      title: 'Onboarding journey',
      organisation: 'Northwind',
      phase: 'rate',
      updatedAt: '2026-11-20T09:00:00.000Z',
      teamCount: 2,
      touchpointCount: 14,
      locale: 'en-GB',
    },
  ],
  problems: [],
};

/** A real update: a stage renamed by the real reducer, its patch as the host sends it. */
function renameUpdate(): WorkshopUpdate {
  const workshop = createBlankWorkshop({ id: 'w1', title: 'Room', now: '2026-11-20T09:00:00.000Z', newId: sequentialIds('x') });
  const stage = workshop.stages[0];
  if (!stage) throw new Error('A blank workshop has stages.');
  const result = applyCommand(
    workshop,
    { type: 'stage/rename', stageId: stage.id, name: 'Notice us' },
    { now: () => '2026-11-20T09:05:00.000Z', newId: sequentialIds('n') },
  );
  if (!result.ok) throw new Error(result.error.message);
  return { workshopId: 'w1', epoch: 'e1', seq: 4, patch: toPatch(result.changes), history: { canUndo: true, canRedo: false } };
}

const ratingCommand = {
  type: 'rating/set',
  teamId: 't1',
  touchpointId: 'c1',
  pillarId: 'empathy',
  score: 4,
} as const;

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('HostClient requests', () => {
  it('sends each request with the protocol version and resolves its reply once the result fits the contract', async () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const listed = client.request('library/list', {});
    const request = line.last('library/list');
    expect(request).toMatchObject({ v: PROTOCOL_VERSION, method: 'library/list', params: {} });
    line.reply(request, listing);
    await expect(listed).resolves.toEqual(listing);
  });

  it('matches each reply to its own request, whatever order the host answers in', async () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const listed = client.request('library/list', {});
    const deleted = client.request('library/delete', { workshopId: 'w1' });
    line.reply(line.last('library/delete'), { deleted: true });
    line.reply(line.last('library/list'), listing);
    await expect(deleted).resolves.toEqual({ deleted: true });
    await expect(listed).resolves.toEqual(listing);
  });

  it('turns a result of the wrong shape into a protocol error instead of passing it on', async () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const wrongShapes: [Method, unknown][] = [
      ['library/list', { workshops: 'none' }],
      ['library/list', null],
      // An update without its patch is not an update.
      ['workshop/undo', { workshopId: 'w1', epoch: 'e1', seq: 1, history: { canUndo: false, canRedo: false } }],
    ];
    for (const [method, result] of wrongShapes) {
      const pending = method === 'library/list' ? client.request(method, {}) : client.request('workshop/undo', { workshopId: 'w1' });
      line.reply(line.last(method), result);
      const error = await failure(pending);
      expect(error.code).toBe('protocol');
      expect(error.isRefusal).toBe(false);
      expect(error.message).toBe('The host sent back something this page could not read. Reload the page.');
    }
  });

  it('turns the host’s "no" into a ClientError with its code and sentence; only rule refusals count as refusals', async () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const refusals: WireErrorCode[] = ['invalid', 'not-found', 'conflict', 'over-budget', 'forbidden'];
    const failures: WireErrorCode[] = ['duplicate', 'bad-request', 'unsupported', 'internal'];
    for (const code of [...refusals, ...failures]) {
      const message = `Team 1 still has 2 cards (${code}).`;
      // A request refused with 'unsupported' and a matching version is not a refusal of the page.
      const pending = client.request('library/list', {});
      line.refuse(line.last('library/list'), code, message);
      const error = await failure(pending);
      expect(error).toMatchObject({ code, message, isRefusal: refusals.includes(code) });
    }
    expect(client.connection).toBe('open');
  });

  it('fails a request the host never answers with a sentence, rather than waiting for ever', async () => {
    vi.useFakeTimers();
    const client = new HostClient(new FakeTransport());
    const pending = failure(client.request('library/list', {}));
    await vi.runOnlyPendingTimersAsync();
    const error = await pending;
    expect(error.code).toBe('internal');
    expect(error.message).toBe('The workshop host did not answer in time. Please try again.');
  });
});

describe('HostClient events', () => {
  it('delivers an event that fits its schema, and ignores malformed and unknown ones', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const line = new FakeTransport();
    const client = new HostClient(line);
    const seen = vi.fn();
    client.onEvent('workshop/changes', seen);
    const update = renameUpdate();
    line.event('workshop/changes', update);
    // A stage without its order key is a record the file would refuse: never applied by a screen.
    const stage = update.patch.put?.stages?.[0];
    if (!stage) throw new Error('The rename puts the stage.');
    const withoutOrder: Record<string, unknown> = { ...stage };
    delete withoutOrder.order;
    line.event('workshop/changes', { ...update, seq: 5, patch: { put: { stages: [withoutOrder] } } });
    line.event('workshop/changes', { workshopId: 'w1', seq: 6 });
    line.event('workshop/changed', update);
    line.deliver('not a message');
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith(update);
  });

  it('tells each kind of event only to its own listeners, and stops after unsubscribing', () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const library = vi.fn();
    const changes = vi.fn();
    const stop = client.onEvent('library/changed', library);
    client.onEvent('workshop/changes', changes);
    line.event('library/changed', {});
    stop();
    line.event('library/changed', {});
    expect(library).toHaveBeenCalledTimes(1);
    expect(changes).not.toHaveBeenCalled();
  });
});

describe('HostClient when the line drops', () => {
  it('keeps a command that was sent and sends it again once the line is back; other requests fail with a sentence', async () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const states: ConnectionState[] = [];
    client.onConnection((state) => states.push(state));
    const dispatched = client.request('workshop/dispatch', { workshopId: 'w1', command: ratingCommand, mutation: client.nextMutation() });
    const listed = client.request('library/list', {});
    const firstCopy = line.texts[0];

    line.setState('reconnecting');
    const error = await failure(listed);
    expect(error.code).toBe('disconnected');
    expect(error.message).toBe('The connection to the workshop host dropped. Check whether your last change arrived.');
    expect(client.connection).toBe('reconnecting');
    expect(await isSettled(dispatched)).toBe(false);

    // Asked while the line is down: waits rather than failing.
    const later = client.request('library/list', {});
    expect(line.texts).toHaveLength(2);

    line.setState('open');
    expect(states).toEqual(['reconnecting', 'open']);
    // The very same message goes again: same id, same mutation, so the host applies it once.
    expect(line.texts.slice(2)).toEqual([firstCopy, expect.stringContaining('"library/list"')]);

    const update = renameUpdate();
    line.reply(line.last('workshop/dispatch'), update);
    await expect(dispatched).resolves.toEqual(update);
    line.reply(line.last('library/list'), listing);
    await expect(later).resolves.toEqual(listing);
  });

  it('lets a page catch up first: a workshop/open asked as the line comes back goes before the resent command', () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    client.onConnection((state) => {
      if (state === 'open') void client.request('workshop/open', { workshopId: 'w1', since: { epoch: 'e1', seq: 7 } });
    });
    void client.request('workshop/dispatch', { workshopId: 'w1', command: ratingCommand, mutation: client.nextMutation() });
    line.setState('reconnecting');
    line.setState('open');
    expect(line.sent.map((m) => m.method)).toEqual(['workshop/dispatch', 'workshop/open', 'workshop/dispatch']);
    expect(line.sent[1]?.params).toEqual({ workshopId: 'w1', since: { epoch: 'e1', seq: 7 } });
  });

  it('tells library pages to reload after a reconnect, but not when the line first opens', () => {
    const line = new FakeTransport('connecting');
    const client = new HostClient(line);
    const reload = vi.fn();
    client.onEvent('library/changed', reload);
    expect(client.connection).toBe('connecting');
    line.setState('open');
    expect(reload).not.toHaveBeenCalled();
    line.setState('reconnecting');
    line.setState('open');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('sends what was asked before the line first opened, once it opens', () => {
    const line = new FakeTransport('connecting');
    const client = new HostClient(line);
    void client.request('library/list', {});
    expect(line.texts).toEqual([]);
    line.setState('open');
    expect(line.sent.map((m) => m.method)).toEqual(['library/list']);
  });
});

describe('HostClient mutations', () => {
  it('numbers this page’s commands 1, 2, 3 under one id of its own', () => {
    const client = new HostClient(new FakeTransport());
    const [a, b, c] = [client.nextMutation(), client.nextMutation(), client.nextMutation()];
    expect([a.n, b.n, c.n]).toEqual([1, 2, 3]);
    expect(new Set([a.clientId, b.clientId, c.clientId]).size).toBe(1);
    // The host checks it like any other id.
    expect(mutationSchema.safeParse(a).success).toBe(true);
    // Another page has another id, so the host never mistakes one page's command for another's.
    expect(new HostClient(new FakeTransport()).nextMutation().clientId).not.toBe(a.clientId);
  });
});

describe('HostClient and a host of another version', () => {
  const sentence = 'This page speaks version 2 of the Journey Room protocol, but the app speaks version 3. Reload the page to get the matching version.';

  it('is refused for good: every waiting and later request fails with the host’s sentence', async () => {
    const line = new FakeTransport();
    const refused = vi.fn();
    const client = new HostClient(line, { onRefused: refused });
    const states: ConnectionState[] = [];
    client.onConnection((state) => states.push(state));
    const first = client.request('library/list', {});
    const second = client.request('workshop/open', { workshopId: 'w1' });
    line.refuse(line.last('library/list'), 'unsupported', sentence, PROTOCOL_VERSION + 1);

    for (const pending of [first, second]) {
      expect(await failure(pending)).toMatchObject({ code: 'unsupported', message: sentence, isRefusal: false });
    }
    expect(client.connection).toBe('refused');
    expect(client.refusalMessage).toBe(sentence);
    expect(states).toEqual(['refused']);
    expect(refused).toHaveBeenCalledTimes(1);

    const sentBefore = line.texts.length;
    expect(await failure(client.request('library/list', {}))).toMatchObject({ code: 'unsupported', message: sentence });
    expect(line.texts).toHaveLength(sentBefore);
    // The line coming and going changes nothing: only reloading helps.
    line.setState('reconnecting');
    line.setState('open');
    expect(client.connection).toBe('refused');
  });

  it('is refused when the host turns the whole connection away', async () => {
    const line = new FakeTransport();
    const client = new HostClient(line);
    const pending = client.request('library/list', {});
    line.deliver({ v: PROTOCOL_VERSION, id: null, ok: false, error: { code: 'unsupported', message: sentence } });
    expect(await failure(pending)).toMatchObject({ code: 'unsupported', message: sentence });
    expect(client.connection).toBe('refused');
  });
});

describe('HostClient on the desktop bridge', () => {
  function fakeBridge() {
    const texts: string[] = [];
    const listeners: ((text: string) => void)[] = [];
    const bridge: JourneyRoomBridge = {
      platform: 'linux',
      send: (text) => texts.push(text),
      onMessage: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    };
    return { bridge, texts, say: (text: string) => listeners.forEach((listener) => listener(text)) };
  }

  it('hands the bridge the same JSON text a WebSocket carries, and reads the app’s text the same way', async () => {
    const { bridge, texts, say } = fakeBridge();
    const client = new HostClient(new IpcTransport(bridge));
    expect(client.platform).toBe('desktop');
    expect(client.connection).toBe('open');

    const listed = client.request('library/list', {});
    expect(texts).toHaveLength(1);
    const text = texts[0] ?? '';
    const request = JSON.parse(text) as SentRequest;
    expect(text).toBe(JSON.stringify({ v: PROTOCOL_VERSION, id: request.id, method: 'library/list', params: {} }));
    say(JSON.stringify({ v: PROTOCOL_VERSION, id: request.id, ok: true, result: listing }));
    await expect(listed).resolves.toEqual(listing);

    const seen = vi.fn();
    client.onEvent('workshop/changes', seen);
    const update = renameUpdate();
    say(JSON.stringify({ v: PROTOCOL_VERSION, event: 'workshop/changes', data: update }));
    expect(seen).toHaveBeenCalledWith(update);
  });
});
