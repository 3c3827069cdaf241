/**
 * A small WebSocket client for the server tests, speaking the wire envelope
 * the way the renderer does: requests with ids, replies matched by id,
 * events collected as they arrive.
 */
import { once } from 'node:events';
import WebSocket from 'ws';
import { CREDENTIAL_PROTOCOL_PREFIX, ROOM_PROTOCOL, type SessionState } from '../../../shared/room';
import { PROTOCOL_VERSION } from '../../../shared/wire';

export interface Reply {
  readonly v: number;
  readonly id: number | null;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface EventMessage {
  readonly v: number;
  readonly event: string;
  readonly data: unknown;
}

export type Incoming = Reply | EventMessage;

export interface ConnectOptions {
  /** The room credential this page holds. */
  readonly credential?: string;
  /** Comes in without the facilitator's cookie even on the facilitator's address. */
  readonly guest?: boolean;
  readonly origin?: string;
  /** More request headers for the upgrade (a cookie a browser might send). */
  readonly headers?: Readonly<Record<string, string>>;
}

export class TestClient {
  private nextId = 1;
  readonly received: Incoming[] = [];
  /** Every message exactly as it arrived, for checks on what reached the page at all. */
  readonly texts: string[] = [];
  private readonly listeners = new Set<(message: Incoming) => void>();
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = String(data);
      const message = JSON.parse(text) as Incoming;
      this.texts.push(text);
      this.received.push(message);
      for (const listener of this.listeners) listener(message);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Calls `listener` with every message from now on, as it arrives (before any reply is handed out). */
  onMessage(listener: (message: Incoming) => void): void {
    this.listeners.add(listener);
  }

  /**
   * Connects as a page served by the server itself (its own Origin). Given the
   * facilitator's address (`?key=`), it comes in as the facilitator, as a
   * browser with the key's cookie would; given a credential, as that device
   * of the room; otherwise (or with `guest`) as a guest. Resolves once the
   * server has told the page its session.
   */
  static async connect(url: string, options: ConnectOptions = {}): Promise<TestClient> {
    const parsed = new URL(url);
    const base = `${parsed.protocol}//${parsed.host}`;
    const key = parsed.searchParams.get('key');
    const headers: Record<string, string> = { ...options.headers };
    if (key !== null && options.credential === undefined && options.guest !== true) headers['cookie'] = `jr_facilitator_${parsed.port}=${key}`;
    const protocols = [ROOM_PROTOCOL, ...(options.credential === undefined ? [] : [`${CREDENTIAL_PROTOCOL_PREFIX}${options.credential}`])];
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/ws`, protocols, { origin: options.origin ?? base, headers });
    const client = new TestClient(socket);
    await once(socket, 'open');
    await client.waitFor((m): m is EventMessage => 'event' in m && m.event === 'session/state');
    return client;
  }

  /** The session the server last told this page. */
  get session(): SessionState | undefined {
    const last = this.events.filter((e) => e.event === 'session/state').at(-1);
    return last?.data as SessionState | undefined;
  }

  get events(): EventMessage[] {
    return this.received.filter((m): m is EventMessage => 'event' in m);
  }

  async request(method: string, params: unknown, v = PROTOCOL_VERSION): Promise<Reply> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ v, id, method, params }));
    return this.waitFor((m): m is Reply => 'id' in m && m.id === id);
  }

  /** Sends anything, as a misbehaving page might, and waits for the next reply. */
  async sendRaw(data: string | Buffer, options: { binary?: boolean } = {}): Promise<Reply> {
    const seen = this.received.length;
    this.socket.send(data, { binary: options.binary ?? false });
    return this.waitFor((m, index): m is Reply => index >= seen && 'ok' in m);
  }

  waitFor<T extends Incoming>(match: (m: Incoming, index: number) => m is T, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No matching message arrived in time.')), timeoutMs);
      const check = () => {
        const found = this.received.find((m, index) => match(m, index));
        if (found) {
          clearTimeout(timer);
          resolve(found as T);
        } else {
          this.waiters.push(check);
        }
      };
      check();
    });
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.socket.close();
    await once(this.socket, 'close');
  }
}

/** Tries to connect and reports the HTTP status the server refused with, if it did. */
export function upgradeStatus(url: string, headers: { origin?: string; host?: string }): Promise<number> {
  const parsed = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${parsed.host}/ws`, {
      ...(headers.origin !== undefined ? { origin: headers.origin } : {}),
      ...(headers.host !== undefined ? { headers: { host: headers.host } } : {}),
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => reject(error));
  });
}
