/**
 * A page as the benchmarks drive one, over a real WebSocket: the
 * facilitator's (the `?key=` address gives it the facilitator's cookie) or a
 * device of the room (its credential as the subprotocol). It sends requests
 * and counts the workshop updates it hears.
 */
import { once } from 'node:events';
import WebSocket from 'ws';
import type { RunningServer } from '../main/server/start-server';
import { CREDENTIAL_PROTOCOL_PREFIX, ROOM_PROTOCOL } from '../shared/room';
import { PROTOCOL_VERSION } from '../shared/wire';

export interface BenchPage {
  readonly socket: WebSocket;
  /** Sends a request; resolves with its result, rejects with the host's refusal. */
  send(method: string, params: unknown): Promise<unknown>;
  /** How many `workshop/changes` events this page has heard. */
  readonly updates: number;
  /** Resolves once this page has heard `count` workshop updates in all. */
  heard(count: number): Promise<void>;
  /** Calls back with the seq of each workshop update as it arrives. */
  onUpdate(listener: (seq: number) => void): void;
}

/** Connects to `url` (the facilitator's address, or any address of the server with a credential). */
export async function connectPage(url: string, credential?: string): Promise<BenchPage> {
  const parsed = new URL(url);
  const key = parsed.searchParams.get('key');
  const headers: Record<string, string> = {};
  if (key !== null && credential === undefined) headers['cookie'] = `jr_facilitator_${parsed.port}=${key}`;
  const protocols = [ROOM_PROTOCOL, ...(credential === undefined ? [] : [`${CREDENTIAL_PROTOCOL_PREFIX}${credential}`])];
  const socket = new WebSocket(`ws://${parsed.host}/ws`, protocols, { origin: `http://${parsed.host}`, headers });
  let updates = 0;
  let wake: (() => void) | null = null;
  const updateListeners: ((seq: number) => void)[] = [];
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void; method: string }>();
  socket.on('message', (data: WebSocket.RawData) => {
    const text = String(data);
    const message = JSON.parse(text) as { id?: number; ok?: boolean; result?: unknown; event?: string; data?: { seq?: number }; error?: { message?: string } };
    if (message.event === 'workshop/changes') {
      updates += 1;
      for (const listener of updateListeners) listener(message.data?.seq ?? -1);
      wake?.();
      return;
    }
    if (message.id === undefined || message.event !== undefined) return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) {
      const seq = (message.result as { seq?: unknown } | undefined)?.seq;
      if (typeof seq === 'number') for (const listener of updateListeners) listener(seq);
      waiting.resolve(message.result);
    } else waiting.reject(new Error(`The server refused ${waiting.method}: ${message.error?.message ?? text.slice(0, 300)}`));
  });
  await once(socket, 'open');
  let nextId = 1;
  return {
    socket,
    send: (method, params) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, method });
        socket.send(JSON.stringify({ v: PROTOCOL_VERSION, id, method, params }));
      }),
    get updates() {
      return updates;
    },
    heard: async (count) => {
      while (updates < count) await new Promise<void>((resolve) => (wake = resolve));
    },
    onUpdate: (listener) => updateListeners.push(listener),
  };
}

/** Where the benchmarks' room listens: a second loopback address on Linux stands in for the LAN. */
export const BENCH_ROOM_ADDRESS = process.platform === 'linux' ? '127.0.0.2' : '127.0.0.1';

/** Opens the room for the workshop when it is not open, and gives its address and code. */
export async function openRoom(server: RunningServer, workshopId: string): Promise<{ url: string; code: string }> {
  if (!server.room.isOpen) await server.room.open(workshopId, BENCH_ROOM_ADDRESS);
  const room = server.room.status().room;
  if (!room) throw new Error('The room did not open.');
  return { url: `${room.url}/`, code: room.code };
}

/** A device joining the room as a new person of the team, as a phone would: the page it joined on stays seated. */
export async function joinAsDevice(server: RunningServer, workshopId: string, teamId: string, name: string): Promise<BenchPage> {
  const { url, code } = await openRoom(server, workshopId);
  const page = await connectPage(url);
  await page.send('room/join', { code, teamId, name });
  return page;
}
