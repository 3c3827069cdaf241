/**
 * One connection from a page to the host, whatever carries it: a browser's
 * WebSocket or the desktop window's bridge. Every message is parsed and
 * checked before anything happens; a malformed one gets a clear error reply
 * and changes nothing, and the connection stays open. The connection
 * remembers which workshops its page opened, so it only hears about those,
 * and whether it joined one of them as a team, so it only hears that team's
 * view.
 */
import { randomUUID } from 'node:crypto';
import { describeFirstIssue } from '../../shared/reducers/issues';
import { clientMessageSchema, PROTOCOL_VERSION, type ServerMessage, type WireError } from '../../shared/wire';
import type { ApiClient, TeamSeat } from './api-client';
import type { RequestHandler } from './handle-request';
import { jsonOnce } from './json-once';

export interface ConnectionOptions {
  /** Hands one complete message (JSON text) to the page. */
  readonly send: (text: string) => void;
  readonly handleRequest: RequestHandler;
  /** Whether this page may join a workshop as a team (browsers may; the desktop window is the facilitator's). */
  readonly mayJoinAsTeam: boolean;
}

export class Connection implements ApiClient {
  readonly id = randomUUID();
  private readonly watched = new Set<string>();
  private teamSeat: TeamSeat | null = null;
  readonly joinAsTeam?: (seat: TeamSeat) => void;

  constructor(private readonly options: ConnectionOptions) {
    if (options.mayJoinAsTeam) {
      this.joinAsTeam = (seat) => {
        // Whatever this page watched as the facilitator, it now hears only its team's workshop.
        this.teamSeat = seat;
        this.watched.clear();
        this.watched.add(seat.workshopId);
      };
    }
  }

  /** The team this page joined as, or null for the facilitator. */
  get seat(): TeamSeat | null {
    return this.teamSeat;
  }

  watch(workshopId: string): void {
    this.watched.add(workshopId);
  }

  isWatching(workshopId: string): boolean {
    return this.watched.has(workshopId);
  }

  /** Sends text that is already a complete server message (events are serialised once for every page of a seat). */
  sendText(text: string): void {
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
    void this.options.handleRequest(method, params, this).then((response) => {
      if (response.ok) this.sendText(`{"v":${v},"id":${id},"ok":true,"result":${jsonOnce(response.result)}}`);
      else this.send({ v, id, ok: false, error: response.error });
    });
  }

  /** Refuses something that is not a request at all: binary data, say. */
  refuseMessage(message: string): void {
    this.refuse(null, { code: 'bad-request', message });
  }

  private send(message: ServerMessage): void {
    this.sendText(JSON.stringify(message));
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
