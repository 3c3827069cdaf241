// A browser page opened with "?team=<id>" joins every workshop it opens as
// that team; a page without it opens as the facilitator, as before. A
// facilitator-only request refused by the host comes back as a refusal the
// screens show, not as a failure to save. Driven through the browser's own
// line (WsTransport over a stand-in WebSocket), as createClient builds it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/wire';
import { ClientError } from '../../../renderer/api/client';
import { HostClient } from '../../../renderer/api/host-client';
import { WsTransport } from '../../../renderer/api/ws-transport';
import { teamFromQuery } from '../../../renderer/app/team-query';

interface Sent {
  readonly v: number;
  readonly id: number;
  readonly method: string;
  readonly params: Record<string, unknown>;
}

/** Stands in for the browser's WebSocket: opens at once, records what is sent, answers with `reply`. */
class FakeSocket {
  static readonly OPEN = 1;
  static sockets: FakeSocket[] = [];
  static reply: (request: Sent) => unknown = () => undefined;
  readonly OPEN = 1;
  readyState = 0;
  readonly sent: Sent[] = [];
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
    const request = JSON.parse(text) as Sent;
    this.sent.push(request);
    queueMicrotask(() => this.fire('message', { data: JSON.stringify(FakeSocket.reply(request)) }));
  }

  close(): void {
    this.readyState = 3;
  }

  private fire(name: string, event: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) listener(event);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeSocket.sockets = [];
});

const ONLY_THE_FACILITATOR = 'Only the facilitator can undo changes.';

function refuseEverything(request: Sent) {
  return { v: PROTOCOL_VERSION, id: request.id, ok: false, error: { code: 'forbidden', message: ONLY_THE_FACILITATOR } };
}

function browserClient(team?: string): HostClient {
  vi.stubGlobal('WebSocket', FakeSocket);
  FakeSocket.reply = refuseEverything;
  return new HostClient(new WsTransport('ws://room.local/ws'), team ? { teamId: team } : undefined);
}

describe('joining as a team', () => {
  it('asks to open workshops as the team, and sends everything else unchanged', async () => {
    const client = browserClient('team-blue');
    expect(client.joinedTeamId).toBe('team-blue');
    await client.request('workshop/open', { workshopId: 'w1' }).catch(() => undefined);
    await client.request('workshop/open', { workshopId: 'w1', since: { epoch: 'e1', seq: 3 } }).catch(() => undefined);
    await client.request('workshop/undo', { workshopId: 'w1' }).catch(() => undefined);
    await client.request('export/file', { workshopId: 'w1', kind: 'actions-csv' }).catch(() => undefined);
    expect(FakeSocket.sockets).toHaveLength(1);
    expect(FakeSocket.sockets[0]?.url).toBe('ws://room.local/ws');
    const sent = FakeSocket.sockets[0]?.sent ?? [];
    expect(sent.map((m) => [m.v, m.method, m.params])).toEqual([
      [PROTOCOL_VERSION, 'workshop/open', { workshopId: 'w1', as: { teamId: 'team-blue' } }],
      // Coming back after a drop, the page still asks as its team.
      [PROTOCOL_VERSION, 'workshop/open', { workshopId: 'w1', since: { epoch: 'e1', seq: 3 }, as: { teamId: 'team-blue' } }],
      [PROTOCOL_VERSION, 'workshop/undo', { workshopId: 'w1' }],
      [PROTOCOL_VERSION, 'export/file', { workshopId: 'w1', kind: 'actions-csv' }],
    ]);
  });

  it('opens as the facilitator without a team', async () => {
    const client = browserClient();
    expect(client.joinedTeamId).toBeNull();
    expect(client.platform).toBe('browser');
    await client.request('workshop/open', { workshopId: 'w1' }).catch(() => undefined);
    expect(FakeSocket.sockets[0]?.sent[0]?.params).toEqual({ workshopId: 'w1' });
  });

  it('turns "only the facilitator" into a refusal with the host’s sentence', async () => {
    const client = browserClient('team-blue');
    const error: unknown = await client.request('workshop/undo', { workshopId: 'w1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'forbidden', message: ONLY_THE_FACILITATOR, isRefusal: true });
    // One refused request is not a refused page.
    expect(client.connection).toBe('open');
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
