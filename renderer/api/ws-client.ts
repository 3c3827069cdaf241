/**
 * The client in a browser: requests and events travel over one WebSocket to
 * the host's server. When the socket drops (laptop sleeps, Wi-Fi hiccups) it
 * reconnects with growing pauses and re-opens the workshop on screen, so the
 * page catches up on whatever changed meanwhile.
 *
 * Given a team, the page joins every workshop it opens as that team: the
 * host then sends it only what that team may see, and refuses what only the
 * facilitator may do.
 */
import {
  PROTOCOL_VERSION,
  type EventName,
  type Events,
  type ExportKind,
  type ExportedFile,
  type Method,
  type PaperSize,
  type Params,
  type Results,
} from '../../shared/wire';
import {
  ClientError,
  clientErrorFromWire,
  describeError,
  type ConnectionState,
  type ExportOutcome,
  type JourneyClient,
} from './client';
import { downloadBase64 } from './download';
import { exportedFileSchema, looksLikeSnapshot, serverMessageSchema, SNAPSHOT_METHODS } from './envelope';
import { EventHub } from './listeners';

interface Pending {
  readonly method: Method;
  readonly params: unknown;
  readonly text: string;
  sent: boolean;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: ClientError) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** Exports build a whole file (a PDF takes a while); everything else should answer quickly. */
function timeoutFor(method: Method): number {
  return method === 'export/pdf' || method === 'export/file' ? 120_000 : 30_000;
}

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

/** ws://host/ws for a page on http, wss:// on https. */
export function socketUrlFor(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws`;
}

export class WsClient implements JourneyClient {
  readonly platform = 'browser' as const;
  private state: ConnectionState = 'connecting';
  private socket: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly hub = new EventHub();
  private failedAttempts = 0;
  private hasConnectedBefore = false;
  private openWorkshopId: string | null = null;
  private refusal: string | null = null;

  constructor(
    private readonly url: string,
    /** The team this page joins as; absent for the facilitator. */
    private readonly joinAs?: { readonly teamId: string },
  ) {
    this.connect();
  }

  get connection(): ConnectionState {
    return this.state;
  }

  get joinedTeamId(): string | null {
    return this.joinAs?.teamId ?? null;
  }

  /** Why the host refused this page (another version of the app), when it did. */
  get refusalMessage(): string | null {
    return this.refusal;
  }

  request<M extends Method>(method: M, params: Params<M>): Promise<Results[M]> {
    if (this.refusal !== null) return Promise.reject(new ClientError('unsupported', this.refusal));
    const id = this.nextId++;
    const sent = this.joinAs && method === 'workshop/open' ? { ...params, as: { teamId: this.joinAs.teamId } } : params;
    const text = JSON.stringify({ v: PROTOCOL_VERSION, id, method, params: sent });
    return new Promise<Results[M]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ClientError('internal', 'The workshop host did not answer in time. Please try again.'));
      }, timeoutFor(method));
      this.pending.set(id, {
        method,
        params,
        text,
        sent: false,
        // The host's answer was checked against the contract in handleMessage.
        resolve: (result) => resolve(result as Results[M]),
        reject,
        timer,
      });
      this.flush();
    });
  }

  onEvent<E extends EventName>(name: E, listener: (data: Events[E]) => void): () => void {
    return this.hub.on(name, listener);
  }

  exportPdf(workshopId: string, paper: PaperSize): Promise<ExportOutcome> {
    return downloaded(this.request('export/pdf', { workshopId, paper }).then((pdf) => ({ ...pdf, mimeType: 'application/pdf' })));
  }

  exportFile(workshopId: string, kind: ExportKind): Promise<ExportOutcome> {
    return downloaded(this.request('export/file', { workshopId, kind }));
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    return this.hub.onConnection(listener);
  }

  leaveWorkshop(): void {
    this.openWorkshopId = null;
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.hub.emitConnection(state);
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.failedAttempts = 0;
      this.setState('open');
      this.flush();
      if (this.hasConnectedBefore) this.catchUp();
      this.hasConnectedBefore = true;
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data === 'string') this.handleMessage(event.data);
    });
    socket.addEventListener('close', () => this.handleClose(socket));
  }

  /** Sends every request that waited for the socket to open. */
  private flush(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    for (const entry of this.pending.values()) {
      if (entry.sent) continue;
      socket.send(entry.text);
      entry.sent = true;
    }
  }

  /** After a reconnect: re-open the workshop on screen and reload the library. */
  private catchUp(): void {
    const workshopId = this.openWorkshopId;
    this.hub.emit('library/changed', {});
    if (workshopId === null) return;
    this.request('workshop/open', { workshopId }).then(
      (snapshot) => this.hub.emit('workshop/changed', snapshot),
      (error: unknown) => console.error('Could not re-open the workshop after reconnecting:', error),
    );
  }

  private handleClose(socket: WebSocket): void {
    if (this.socket !== socket) return;
    this.socket = null;
    // Requests already on the wire may or may not have arrived: say so rather than guess.
    for (const [id, entry] of this.pending) {
      if (!entry.sent) continue;
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.reject(
        new ClientError(
          'disconnected',
          'The connection to the workshop host dropped. Check whether your last change arrived.',
        ),
      );
    }
    if (this.refusal !== null) return;
    this.setState('reconnecting');
    const pause = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failedAttempts);
    this.failedAttempts += 1;
    // A little jitter, so a room full of laptops does not knock all at once.
    setTimeout(() => this.connect(), pause * (0.75 + Math.random() * 0.5));
  }

  /** Stops for good: every waiting request fails with the host's reason. */
  private refuse(reason: string): void {
    this.refusal = reason;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.reject(new ClientError('unsupported', reason));
    }
    this.setState('refused');
  }

  private handleMessage(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      console.error('Ignored a message from the host that is not JSON.');
      return;
    }
    const parsed = serverMessageSchema.safeParse(json);
    if (!parsed.success) {
      console.error('Ignored a message from the host with an unexpected shape.');
      return;
    }
    const message = parsed.data;
    if ('event' in message) {
      this.hub.deliverUnchecked(message.event, message.data);
      return;
    }
    if (message.v !== PROTOCOL_VERSION && !message.ok) {
      // The host speaks another version of the protocol: retrying will not help, reloading will.
      this.refuse(message.error.message);
      return;
    }
    if (message.id === null) {
      // Not an answer to any request: the host refuses this connection as a whole.
      if (!message.ok && message.error.code === 'unsupported') {
        this.refuse(message.error.message);
      } else if (!message.ok) {
        console.error(`The host reported: ${message.error.message}`);
      }
      return;
    }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    this.pending.delete(message.id);
    clearTimeout(entry.timer);
    if (!message.ok) {
      entry.reject(clientErrorFromWire(message.error));
      return;
    }
    if (SNAPSHOT_METHODS.has(entry.method) && !looksLikeSnapshot(message.result)) {
      entry.reject(new ClientError('protocol', 'The host sent back a workshop this page could not read.'));
      return;
    }
    if (entry.method === 'workshop/open') {
      this.openWorkshopId = (entry.params as Params<'workshop/open'>).workshopId;
    }
    entry.resolve(message.result);
  }
}

/** Hands the host's file to the browser's download; a failure becomes its sentence. */
async function downloaded(fetching: Promise<ExportedFile>): Promise<ExportOutcome> {
  try {
    const file = exportedFileSchema.safeParse(await fetching);
    if (!file.success) return { kind: 'failed', message: 'The host sent back a file this page could not read.' };
    downloadBase64(file.data.base64, file.data.fileName, file.data.mimeType);
    return { kind: 'downloaded', fileName: file.data.fileName };
  } catch (error) {
    return { kind: 'failed', message: describeError(error) };
  }
}
