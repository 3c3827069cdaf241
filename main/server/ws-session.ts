/**
 * One browser's WebSocket connection: every message is parsed and checked
 * before anything happens, a malformed one gets a clear error reply and
 * changes nothing, and the connection stays open. The session remembers
 * which workshops this browser opened, so it only hears about those, and
 * whether it joined one of them as a team, so it only hears that team's view.
 */
import type { RawData, WebSocket } from 'ws';
import { describeFirstIssue } from '../../shared/reducers/issues';
import { clientMessageSchema, PROTOCOL_VERSION, type ServerMessage, type WireError } from '../../shared/wire';
import type { ApiClient, TeamSeat } from '../api/api-client';
import type { RequestHandler } from '../api/handle-request';
import { jsonOnce } from './json-once';

/** The session is the handlers' view of who asked (ApiClient). */
export class WsSession implements ApiClient {
  private readonly watched = new Set<string>();
  private teamSeat: TeamSeat | null = null;

  constructor(
    private readonly socket: WebSocket,
    private readonly handleRequest: RequestHandler,
  ) {
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
  }

  /** The team this browser joined as, or null for the facilitator. */
  get seat(): TeamSeat | null {
    return this.teamSeat;
  }

  watch(workshopId: string): void {
    this.watched.add(workshopId);
  }

  joinAsTeam(seat: TeamSeat): void {
    // Whatever this page watched as the facilitator, it now hears only its team's workshop.
    this.teamSeat = seat;
    this.watched.clear();
    this.watched.add(seat.workshopId);
  }

  isWatching(workshopId: string): boolean {
    return this.watched.has(workshopId);
  }

  /** Sends text that is already a complete server message (events are serialised once for everyone). */
  sendText(text: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(text);
  }

  /** Says goodbye properly; a browser that does not answer within a second is cut off. */
  close(): void {
    this.socket.close(1001, 'Journey Room is closing.');
    setTimeout(() => this.socket.terminate(), 1000).unref();
  }

  private send(message: ServerMessage): void {
    this.sendText(JSON.stringify(message));
  }

  private refuse(id: number | null, error: WireError): void {
    this.send({ v: PROTOCOL_VERSION, id, ok: false, error });
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.refuse(null, { code: 'bad-request', message: 'That message was not understood: messages must be text.' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(rawText(data));
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
    void this.handleRequest(method, params, this).then((response) => {
      if (response.ok) this.sendText(`{"v":${v},"id":${id},"ok":true,"result":${jsonOnce(response.result)}}`);
      else this.send({ v, id, ok: false, error: response.error });
    });
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/** The request id, when a malformed message still carries a usable one, so the reply can be matched. */
function idOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !('id' in json)) return null;
  const id = json.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}
