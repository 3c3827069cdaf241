/**
 * The one client: requests, their replies and the host's events, over any
 * transport (the desktop bridge or a browser's WebSocket). Every reply and
 * event is checked against the wire contract's zod schemas on arrival.
 *
 * When the line drops, a command already sent is kept and sent again once
 * the line is back — the host applies it once, whatever happened to the
 * first copy (its mutation number says which it is). Anything else that was
 * on the wire fails with a sentence, since it may or may not have arrived.
 * After a drop, pages that show a workshop hear `onReconnect` first and catch
 * up (shared/wire.ts, `workshop/open` with `since`) before resent commands go.
 *
 * The host says what the page is (its session, shared/room.ts) as each
 * connection opens and whenever the seat changes; the client keeps the
 * latest word and tells the app. Joining the room stores the seat's
 * credential, and a seat that ends takes it away again.
 */
import type { SessionState } from '../../shared/room';
import {
  eventSchemas,
  isEventName,
  PROTOCOL_VERSION,
  resultSchemas,
  serverMessageSchema,
  type EventName,
  type Events,
  type ExportKind,
  type ExportOptions,
  type FileExportOptions,
  type ExportedFile,
  type Method,
  type Mutation,
  type PaperSize,
  type Params,
  type Results,
  type SaveOutcome,
} from '../../shared/wire';
import {
  ClientError,
  clientErrorFromWire,
  describeError,
  type ConnectionState,
  type ExportOutcome,
  type JourneyClient,
} from './client';
import type { CredentialStore } from './credential-store';
import { downloadBase64 } from './download';
import type { Transport } from './transport';

export interface HostClientOptions {
  /** Called once when the host refuses this page for good (the transport stops reconnecting). */
  readonly onRefused?: () => void;
  /** Where the room credential is kept; absent where the page never joins the room (the desktop window). */
  readonly credentials?: CredentialStore;
  /** The session before the host has said, for a line whose host never says (the desktop window: the facilitator). */
  readonly session?: SessionState;
}

interface Pending {
  readonly method: Method;
  readonly text: string;
  sent: boolean;
  /** Sent again after a drop rather than failed: commands carry a mutation number. */
  readonly resend: boolean;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: ClientError) => void;
  /** Runs only while the request is on the wire: waiting for the line is not the host being slow. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

const UNREADABLE = 'The host sent back something this page could not read. Reload the page.';
const TOO_SLOW = 'The workshop host did not answer in time. Please try again.';

/** Exports build a whole file (a PDF takes a while), an import reads one; everything else should answer quickly. */
function timeoutFor(method: Method): number {
  return method === 'export/pdf' || method === 'export/file' || method === 'export/save-pdf' || method === 'export/save-file' || method === 'library/import'
    ? 120_000
    : 30_000;
}

type Listener = (data: never) => void;

/** An id for this page: random, and made without crypto.randomUUID, which a page on a LAN address lacks. */
function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `p-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class HostClient implements JourneyClient {
  private state: ConnectionState;
  private nextId = 1;
  private mutations = 0;
  private readonly clientId = newClientId();
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<EventName, Set<Listener>>();
  private readonly connectionListeners = new Set<(state: ConnectionState) => void>();
  private refusal: string | null = null;
  private hasBeenOpen = false;
  /** Just back after a drop: only catching-up requests go until the pages have asked. */
  private catchingUp = false;
  private currentSession: SessionState | null;
  private readonly sessionListeners = new Set<(session: SessionState) => void>();

  constructor(
    private readonly transport: Transport,
    private readonly options: HostClientOptions = {},
  ) {
    this.currentSession = options.session ?? null;
    this.state = transport.state;
    transport.onMessage((text) => this.handleMessage(text));
    transport.onState((state) => this.handleState(state));
    if (transport.state === 'open') this.hasBeenOpen = true;
  }

  get platform(): 'desktop' | 'browser' {
    return this.transport.platform;
  }

  get connection(): ConnectionState {
    return this.state;
  }

  get session(): SessionState | null {
    return this.currentSession;
  }

  onSession(listener: (session: SessionState) => void): () => void {
    this.sessionListeners.add(listener);
    return () => {
      this.sessionListeners.delete(listener);
    };
  }

  async joinRoom(params: Params<'room/join'>): Promise<SessionState> {
    const joined = await this.request('room/join', params);
    this.options.credentials?.write(joined.credential);
    // The host has usually said so already in a session/state event; this keeps the page right if not.
    this.receiveSession(joined.session);
    return joined.session;
  }

  /** Why the host refused this page (another version of the app), when it did. */
  get refusalMessage(): string | null {
    return this.refusal;
  }

  nextMutation(): Mutation {
    this.mutations += 1;
    return { clientId: this.clientId, n: this.mutations };
  }

  request<M extends Method>(method: M, params: Params<M>): Promise<Results[M]> {
    if (this.refusal !== null) return Promise.reject(new ClientError('unsupported', this.refusal));
    const id = this.nextId++;
    const text = JSON.stringify({ v: PROTOCOL_VERSION, id, method, params });
    return new Promise<Results[M]>((resolve, reject) => {
      this.pending.set(id, {
        method,
        text,
        sent: false,
        resend: method === 'workshop/dispatch',
        // The result was checked against the contract's schema for this method in handleMessage.
        resolve: (result) => resolve(result as Results[M]),
        reject,
        timer: undefined,
      });
      this.flush();
    });
  }

  onEvent<E extends EventName>(name: E, listener: (data: Events[E]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener as Listener);
    return () => {
      set.delete(listener as Listener);
    };
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    return () => {
      this.connectionListeners.delete(listener);
    };
  }

  exportPdf(workshopId: string, paper: PaperSize, options: ExportOptions = {}): Promise<ExportOutcome> {
    if (this.platform === 'desktop') return saved(this.request('export/save-pdf', { workshopId, paper, ...options }));
    return downloaded(this.request('export/pdf', { workshopId, paper, ...options }).then((pdf) => ({ ...pdf, mimeType: 'application/pdf' })));
  }

  exportFile(workshopId: string, kind: ExportKind, options: FileExportOptions = {}): Promise<ExportOutcome> {
    if (this.platform === 'desktop') return saved(this.request('export/save-file', { workshopId, kind, ...options }));
    return downloaded(this.request('export/file', { workshopId, kind, ...options }));
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.connectionListeners) listener(state);
  }

  private handleState(state: 'connecting' | 'open' | 'reconnecting'): void {
    if (this.refusal !== null) return;
    if (state === 'reconnecting') {
      this.dropped();
      this.setState('reconnecting');
      return;
    }
    if (state !== 'open') return;
    const again = this.hasBeenOpen;
    this.hasBeenOpen = true;
    // Pages that show a workshop ask what they missed as they hear 'open', before resent commands go.
    this.catchingUp = again;
    this.setState('open');
    if (again) this.deliver('library/changed', {});
    this.catchingUp = false;
    this.flush();
  }

  /** The line dropped: commands wait to go again; anything else on the wire fails with a sentence. */
  private dropped(): void {
    for (const [id, entry] of this.pending) {
      if (!entry.sent) continue;
      if (entry.resend) {
        entry.sent = false;
        clearTimeout(entry.timer);
        entry.timer = undefined;
        continue;
      }
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.reject(
        new ClientError('disconnected', 'The connection to the workshop host dropped. Check whether your last change arrived.'),
      );
    }
  }

  /** Sends what waits for the line, oldest first (while catching up, only the catching up). */
  private flush(): void {
    for (const [id, entry] of this.pending) {
      if (entry.sent || (this.catchingUp && entry.method !== 'workshop/open')) continue;
      if (!this.transport.send(entry.text)) return;
      entry.sent = true;
      entry.timer = setTimeout(() => this.settle(id, entry, new ClientError('internal', TOO_SLOW)), timeoutFor(entry.method));
    }
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
    this.options.onRefused?.();
  }

  private deliver<E extends EventName>(name: E, data: Events[E]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (data: Events[E]) => void)(data);
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
      // An answer this page cannot read still ends the wait of the request it answers.
      const id = typeof json === 'object' && json !== null && 'id' in json ? json.id : undefined;
      const entry = typeof id === 'number' ? this.pending.get(id) : undefined;
      if (typeof id === 'number' && entry) this.settle(id, entry, new ClientError('protocol', UNREADABLE));
      else console.error('Ignored a message from the host with an unexpected shape.');
      return;
    }
    const message = parsed.data;
    if (message.v !== PROTOCOL_VERSION) {
      // The host speaks another version of the protocol: retrying will not help, reloading will.
      this.refuse(
        'error' in message
          ? message.error.message
          : `The app speaks version ${message.v} of the Journey Room protocol, and this page version ${PROTOCOL_VERSION}. Reload the page to get the matching version.`,
      );
      return;
    }
    if ('event' in message) {
      this.handleEvent(message.event, message.data);
      return;
    }
    if (message.id === null) {
      // Not an answer to any request: the host refuses this connection as a whole.
      if (!message.ok && message.error.code === 'unsupported') this.refuse(message.error.message);
      else if (!message.ok) console.error(`The host reported: ${message.error.message}`);
      return;
    }
    const entry = this.pending.get(message.id);
    if (!entry) return;
    if (!message.ok) {
      this.settle(message.id, entry, clientErrorFromWire(message.error));
      return;
    }
    const result = resultSchemas[entry.method].safeParse(message.result);
    this.settle(message.id, entry, result.success ? { value: result.data } : new ClientError('protocol', UNREADABLE));
  }

  /** Ends a request's wait with its result or its error. */
  private settle(id: number, entry: Pending, outcome: ClientError | { readonly value: unknown }): void {
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (outcome instanceof ClientError) entry.reject(outcome);
    else entry.resolve(outcome.value);
  }

  private handleEvent(name: string, data: unknown): void {
    if (!isEventName(name)) return; // an event this version does not know: ignore it
    const parsed = eventSchemas[name].safeParse(data);
    if (!parsed.success) {
      console.error(`Ignored a malformed '${name}' event from the host.`);
      return;
    }
    if (name === 'session/state') {
      // What this page is comes before anyone hears of it, so listeners read the new session.
      this.receiveSession(parsed.data as Events['session/state']);
    }
    // Checked against the contract's schema for this event just above.
    this.deliver(name, parsed.data as Events[typeof name]);
  }

  /**
   * The host's word on what this page is. A seat that ended takes its
   * credential with it; and the sentence saying why stays until the page
   * joins again, even when a later connection (without a credential now)
   * is told only that it is a guest.
   */
  private receiveSession(next: SessionState): void {
    if (next.kind === 'guest' && next.ended !== undefined) this.options.credentials?.clear();
    const current = this.currentSession;
    if (next.kind === 'guest' && next.ended === undefined && current?.kind === 'guest' && current.ended !== undefined) return;
    if (current !== null && sameSession(current, next)) return;
    this.currentSession = next;
    for (const listener of this.sessionListeners) listener(next);
  }
}

function sameSession(a: SessionState, b: SessionState): boolean {
  if (a.kind === 'member' && b.kind === 'member') {
    return (
      a.workshopId === b.workshopId &&
      a.teamId === b.teamId &&
      a.participantId === b.participantId &&
      a.deviceId === b.deviceId &&
      a.name === b.name
    );
  }
  if (a.kind === 'guest' && b.kind === 'guest') return a.ended === b.ended;
  return a.kind === b.kind;
}

/** Hands the host's file to the browser's download; a failure becomes its sentence. */
async function downloaded(fetching: Promise<ExportedFile>): Promise<ExportOutcome> {
  try {
    const file = await fetching;
    downloadBase64(file.base64, file.fileName, file.mimeType);
    return { kind: 'downloaded', fileName: file.fileName };
  } catch (error) {
    return { kind: 'failed', message: describeError(error) };
  }
}

/** The save dialog's answer as the Export screen's outcome; a failure becomes its sentence. */
async function saved(saving: Promise<SaveOutcome>): Promise<ExportOutcome> {
  try {
    const outcome = await saving;
    return outcome.saved ? { kind: 'saved', path: outcome.path } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'failed', message: describeError(error) };
  }
}
