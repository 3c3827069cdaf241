// A browser page opened with "?team=<id>" joins every workshop it opens as
// that team; a page without it opens as the facilitator, as before. A
// facilitator-only request refused by the host comes back as a refusal the
// screens show, not as a failure to save.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientError } from '../../../renderer/api/client';
import { WsClient } from '../../../renderer/api/ws-client';
import { teamFromQuery } from '../../../renderer/app/team-query';

/** Stands in for the browser's WebSocket: opens at once, records what is sent, answers with `reply`. */
class FakeSocket {
  static readonly OPEN = 1;
  static sockets: FakeSocket[] = [];
  static reply: (request: { id: number; method: string }) => unknown = () => undefined;
  readonly OPEN = 1;
  readyState = 0;
  readonly sent: Array<{ id: number; method: string; params: Record<string, unknown> }> = [];
  private readonly listeners = new Map<string, Array<(event: unknown) => void>>();

  constructor(readonly url: string) {
    FakeSocket.sockets.push(this);
    queueMicrotask(() => {
      this.readyState = 1;
      this.fire('open', {});
    });
  }

  addEventListener(name: string, listener: (event: unknown) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  send(text: string): void {
    const request = JSON.parse(text) as FakeSocket['sent'][number];
    this.sent.push(request);
    queueMicrotask(() => this.fire('message', { data: JSON.stringify(FakeSocket.reply(request)) }));
  }

  private fire(name: string, event: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) listener(event);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeSocket.sockets = [];
});

function refuseEverything(request: { id: number }) {
  return { v: 1, id: request.id, ok: false, error: { code: 'forbidden', message: 'Only the facilitator can undo changes.' } };
}

describe('joining as a team', () => {
  it('asks to open workshops as the team, and sends everything else unchanged', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    FakeSocket.reply = refuseEverything;
    const client = new WsClient('ws://room.local/ws', { teamId: 'team-blue' });
    await client.request('workshop/open', { workshopId: 'w1' }).catch(() => undefined);
    await client.request('workshop/undo', { workshopId: 'w1' }).catch(() => undefined);
    const sent = FakeSocket.sockets[0]?.sent ?? [];
    expect(sent.map((m) => [m.method, m.params])).toEqual([
      ['workshop/open', { workshopId: 'w1', as: { teamId: 'team-blue' } }],
      ['workshop/undo', { workshopId: 'w1' }],
    ]);
  });

  it('opens as the facilitator without a team', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    FakeSocket.reply = refuseEverything;
    const client = new WsClient('ws://room.local/ws');
    await client.request('workshop/open', { workshopId: 'w1' }).catch(() => undefined);
    expect(FakeSocket.sockets[0]?.sent[0]?.params).toEqual({ workshopId: 'w1' });
  });

  it('turns "only the facilitator" into a refusal with the host’s sentence', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    FakeSocket.reply = refuseEverything;
    const client = new WsClient('ws://room.local/ws', { teamId: 'team-blue' });
    const error: unknown = await client.request('workshop/undo', { workshopId: 'w1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'forbidden', message: 'Only the facilitator can undo changes.', isRefusal: true });
  });
});

describe('teamFromQuery', () => {
  it('reads the team from the address once, or none', () => {
    expect(teamFromQuery('?team=team-blue')).toBe('team-blue');
    expect(teamFromQuery('?x=1&team=%20t%C3%A9am%20')).toBe('téam');
    expect(teamFromQuery('?team=')).toBeNull();
    expect(teamFromQuery('')).toBeNull();
  });
});
