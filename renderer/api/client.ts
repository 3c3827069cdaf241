/**
 * The one typed API every screen uses to talk to the host, whatever carries
 * it: Electron IPC through the preload bridge in the desktop window, or a
 * WebSocket in a browser (one client, host-client.ts, over either
 * transport). Request and result types come from shared/wire.ts, so a
 * screen cannot send a request the host does not know.
 */
import type { SessionState } from '../../shared/room';
import { WIRE_ERROR_CODES, type EventName, type Events, type ExportKind, type ExportOptions, type FileExportOptions, type Method, type Mutation, type PaperSize, type Params, type Results, type WireErrorCode } from '../../shared/wire';

/** How an export ended, in terms the Export screen can show. */
export type ExportOutcome =
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'downloaded'; readonly fileName: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Whether the host can be reached. The desktop bridge is always open; a
 * browser's socket may drop and come back.
 */
export type ConnectionState =
  | 'connecting'
  | 'open'
  | 'reconnecting'
  /** The host will not talk to this page (another version of the app); no retry helps. */
  | 'refused';

export type ClientErrorCode =
  | WireErrorCode
  /** The connection dropped before the host answered. */
  | 'disconnected'
  /** The host sent something that does not fit the contract. */
  | 'protocol';


/** A request the host refused or could not answer, with a sentence for a person. */
export class ClientError extends Error {
  readonly code: ClientErrorCode;
  constructor(code: ClientErrorCode, message: string) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
  }

  /** True when the host understood the request and said no (a rule of the workshop). */
  get isRefusal(): boolean {
    return (
      this.code === 'invalid' ||
      this.code === 'not-found' ||
      this.code === 'conflict' ||
      this.code === 'over-budget' ||
      this.code === 'forbidden'
    );
  }
}

/** A ClientError from the host's error object; unknown codes count as internal. */
export function clientErrorFromWire(error: { code: string; message: string }): ClientError {
  const code = (WIRE_ERROR_CODES as readonly string[]).includes(error.code)
    ? (error.code as WireErrorCode)
    : 'internal';
  return new ClientError(code, error.message);
}

/** The human sentence for any failure, for toasts and the live region. */
export function describeError(error: unknown): string {
  if (error instanceof ClientError) return error.message;
  return 'Something went wrong on our side. Please try again.';
}

export interface JourneyClient {
  /** Where this page runs; decides how exports reach the person. */
  readonly platform: 'desktop' | 'browser';
  /** Sends one request. Rejects with a ClientError carrying a code and a human message. */
  request<M extends Method>(method: M, params: Params<M>): Promise<Results[M]>;
  /** Listens for one kind of host event; returns a function that stops listening. */
  onEvent<E extends EventName>(name: E, listener: (data: Events[E]) => void): () => void;
  /** Desktop: asks where to save, then writes the PDF. Browser: downloads it. Never rejects. */
  exportPdf(workshopId: string, paper: PaperSize, options?: ExportOptions): Promise<ExportOutcome>;
  /**
   * The same for the actions CSV, the ratings CSV, the whole workshop as
   * JSON, a team pack — `exportFile(id, 'team-pack', { pack: { teamId,
   * otherTeams, voting } })`, the facilitator's only — or the team file of a
   * team's copy (`exportFile(copyId, 'team-file')`). Never rejects.
   */
  exportFile(workshopId: string, kind: ExportKind, options?: FileExportOptions): Promise<ExportOutcome>;
  /** The connection as it is now. */
  readonly connection: ConnectionState;
  /** Why the host refused this page, when the connection is 'refused'. */
  readonly refusalMessage: string | null;
  /**
   * What this page is (shared/room.ts): the facilitator, a member of the
   * room seated as one person of one team, or a guest that may only join.
   * Null until the host has said, which it does first thing on every
   * connection; the host's word replaces it whenever the seat changes.
   */
  readonly session: SessionState | null;
  /** Listens for changes of the session; returns a function that stops listening. */
  onSession(listener: (session: SessionState) => void): () => void;
  /**
   * Joins the room as a person of a team, and keeps the seat's credential so
   * that a reload or a dropped line lands on the same seat. Rejects with the
   * host's sentence (wrong code, too many tries, name taken).
   */
  joinRoom(params: Params<'room/join'>): Promise<SessionState>;
  /** Listens for connection changes; returns a function that stops listening. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
  /**
   * Names the next command this page sends: the page's id and its running
   * number, so the host applies a command re-sent after a drop only once.
   */
  nextMutation(): Mutation;
}
