/**
 * A browser's WebSocket to the host that served the page. When it drops
 * (laptop sleeps, Wi-Fi hiccups) it reconnects by itself with growing
 * pauses and a little jitter, so a room full of laptops does not knock all
 * at once.
 *
 * Every connect offers the subprotocols it is given at that moment: the
 * room's protocol, with the seat's credential beside it when the page has
 * one. The host seats the socket by them as it opens, so a page that comes
 * back after a drop is the same member again without asking.
 */
import { ROOM_PROTOCOL } from '../../shared/room';
import type { Transport, TransportState } from './transport';

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

/** ws://host/ws for a page on http, wss:// on https. */
export function socketUrlFor(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws`;
}

export class WsTransport implements Transport {
  readonly platform = 'browser' as const;
  private current: TransportState = 'connecting';
  private socket: WebSocket | null = null;
  private failedAttempts = 0;
  private stopped = false;
  private readonly messageListeners: ((text: string) => void)[] = [];
  private readonly stateListeners: ((state: TransportState) => void)[] = [];

  constructor(
    private readonly url: string,
    /** Read afresh at every (re)connect: a credential cleared meanwhile is not offered again. */
    private readonly protocols: () => readonly string[] = () => [ROOM_PROTOCOL],
  ) {
    this.connect();
  }

  get state(): TransportState {
    return this.current;
  }

  send(text: string): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(text);
    return true;
  }

  onMessage(listener: (text: string) => void): void {
    this.messageListeners.push(listener);
  }

  onState(listener: (state: TransportState) => void): void {
    this.stateListeners.push(listener);
  }

  /** Stops for good (the host refused this page): no more reconnecting. */
  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }

  private setState(state: TransportState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.stateListeners) listener(state);
  }

  private connect(): void {
    const socket = new WebSocket(this.url, [...this.protocols()]);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.failedAttempts = 0;
      this.setState('open');
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data === 'string') for (const listener of this.messageListeners) listener(event.data);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.setState('reconnecting');
      const pause = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failedAttempts);
      this.failedAttempts += 1;
      setTimeout(() => this.connect(), pause * (0.75 + Math.random() * 0.5));
    });
  }
}
