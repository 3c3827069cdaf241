/**
 * One connection from a page to the host, whatever carries it: a browser's
 * WebSocket or the desktop window's bridge. Every message is parsed and
 * checked before anything happens; a malformed one gets a clear error reply
 * and changes nothing, and the connection stays open. The connection
 * remembers which workshops its page opened, so it only hears about those,
 * and its session (shared/room.ts): a device seated in the room hears only
 * the room's workshop, cut to its team's view. Its requests are paced
 * (main/api/request-pacer.ts), so one busy page cannot hold up the others.
 */
import { randomUUID } from 'node:crypto';
import { describeFirstIssue } from '../../shared/reducers/issues';
import type { SessionState } from '../../shared/room';
import { clientMessageSchema, PROTOCOL_VERSION, type ServerMessage, type WireError } from '../../shared/wire';
import { memberSession, type Device } from '../room/lobby';
import type { Room } from '../room/room';
import type { ApiClient } from './api-client';
import type { RequestHandler } from './handle-request';
import { jsonOnce } from './json-once';
import { flushed, scheduleFlush, type Outbox } from './outbox';
import { RequestPacer } from './request-pacer';

export interface ConnectionOptions {
  /** Hands one complete message (JSON text) to the page. */
  readonly send: (text: string) => void;
  readonly handleRequest: RequestHandler;
  /** Who this page is when it connects: the facilitator (desktop window, facilitator key) or a guest. */
  readonly session: SessionState;
  /** Whether this page may join the room as a device (browsers may; the desktop window is the facilitator's). */
  readonly mayJoin: boolean;
  /** The remote address, for pages on the network. */
  readonly peer?: string | undefined;
  /** Paces this page's requests (tests set a clock); the defaults suit a room. */
  readonly pacer?: RequestPacer;
}

export class Connection implements ApiClient {
  readonly id = randomUUID();
  readonly peer: string | undefined;
  private waiting: string[] = [];
  private readonly outbox: Outbox = { flush: () => this.flushOutbox() };
  private readonly watched = new Set<string>();
  private current: SessionState;
  private leaveRoom: (() => void) | null = null;
  private readonly pacer: RequestPacer;
  readonly join?: (device: Device, room: Room) => void;

  constructor(private readonly options: ConnectionOptions) {
    this.current = options.session;
    this.peer = options.peer;
    this.pacer = options.pacer ?? new RequestPacer();
    if (options.mayJoin) {
      this.join = (device, room) => {
        this.leaveRoom?.();
        this.leaveRoom = room.attach(device, this);
        this.setSession(memberSession(device));
      };
    }
  }

  get session(): SessionState {
    return this.current;
  }

  /**
   * The room changed this page's seat (renamed, moved, removed, room closed),
   * or it joined: it hears only its room's workshop, or nothing as a guest.
   */
  setSession(session: SessionState): void {
    this.current = session;
    this.watched.clear();
    if (session.kind === 'member') this.watched.add(session.workshopId);
    if (session.kind === 'guest') {
      this.leaveRoom?.();
      this.leaveRoom = null;
    }
    this.sendNow(`{"v":${PROTOCOL_VERSION},"event":"session/state","data":${JSON.stringify(session)}}`);
  }

  /** The page went away: its device shows as not connected. */
  dispose(): void {
    this.leaveRoom?.();
    this.leaveRoom = null;
  }

  watch(workshopId: string): void {
    if (this.current.kind === 'member' && workshopId !== this.current.workshopId) return;
    this.watched.add(workshopId);
  }

  isWatching(workshopId: string): boolean {
    return this.watched.has(workshopId);
  }

  /**
   * An update for this page, as text that is already a complete server
   * message (serialised once for every page of a view): it waits in this
   * connection's outbox for its turn (main/api/outbox.ts), or goes ahead of
   * the next reply.
   */
  sendText(text: string): void {
    this.waiting.push(text);
    scheduleFlush(this.outbox);
  }

  /** What waits in the outbox, sent now, in order. */
  private flushOutbox(): void {
    if (this.waiting.length === 0) return;
    const texts = this.waiting;
    this.waiting = [];
    flushed(this.outbox);
    for (const text of texts) this.options.send(text);
  }

  /** Replies, refusals and the session go at once, after the updates that came before them. */
  private sendNow(text: string): void {
    this.flushOutbox();
    this.options.send(text);
  }

  /** Takes one message from the page. */
  receive(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.refuse(null, { code: 'bad-request', message: 'That message was not understood: it is not JSON.' });
      return;
    }
    const parsed = clientMessageSchema.safeParse(json);
    if (!parsed.success) {
      this.refuse(idOf(json), {
        code: 'bad-request',
        message: `That message was not understood: ${describeFirstIssue(parsed.error)}`,
      });
      return;
    }
    const { v, id, method, params } = parsed.data;
    if (v !== PROTOCOL_VERSION) {
      this.refuse(id, {
        code: 'unsupported',
        message: `This page speaks version ${v} of the Journey Room protocol, but the app speaks version ${PROTOCOL_VERSION}. Reload the page to get the matching version.`,
      });
      return;
    }
    const answer = () =>
      this.options.handleRequest(method, params, this).then((response) => {
        if (response.ok) this.sendNow(`{"v":${v},"id":${id},"ok":true,"result":${jsonOnce(response.result)}}`);
        else this.send({ v, id, ok: false, error: response.error });
      });
    // The facilitator runs the room and is not paced; every other page is.
    if (this.current.kind === 'facilitator') {
      void answer();
      return;
    }
    const refusal = this.pacer.admit(answer);
    if (refusal !== null) this.refuse(id, { code: 'too-fast', message: refusal });
  }

  /** Refuses something that is not a request at all: binary data, say. */
  refuseMessage(message: string): void {
    this.refuse(null, { code: 'bad-request', message });
  }

  private send(message: ServerMessage): void {
    this.sendNow(JSON.stringify(message));
  }

  private refuse(id: number | null, error: WireError): void {
    this.send({ v: PROTOCOL_VERSION, id, ok: false, error });
  }
}

/** The request id, when a malformed message still carries a usable one, so the reply can be matched. */
function idOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !('id' in json)) return null;
  const id = json.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}
