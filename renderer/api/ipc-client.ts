/**
 * The client inside the desktop window: requests travel through the preload
 * bridge to the main process. The bridge is always there, so the connection
 * is always open.
 */
import type { EventName, Events, ExportKind, Method, PaperSize, Params, Results, SaveOutcome } from '../../shared/wire';
import type { JourneyRoomBridge } from './bridge';
import {
  ClientError,
  clientErrorFromWire,
  describeError,
  type ConnectionState,
  type ExportOutcome,
  type JourneyClient,
} from './client';
import { looksLikeSnapshot, responseEnvelopeSchema, SNAPSHOT_METHODS } from './envelope';
import { EventHub } from './listeners';

export class IpcClient implements JourneyClient {
  readonly platform = 'desktop' as const;
  readonly connection: ConnectionState = 'open';
  readonly refusalMessage = null;
  private readonly hub = new EventHub();

  constructor(private readonly bridge: JourneyRoomBridge) {
    bridge.onEvent((name, data) => this.hub.deliverUnchecked(name, data));
  }

  async request<M extends Method>(method: M, params: Params<M>): Promise<Results[M]> {
    let raw: unknown;
    try {
      raw = await this.bridge.invoke(method, params);
    } catch {
      throw new ClientError('internal', 'The app could not reach its own background process. Please restart it.');
    }
    const envelope = responseEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      throw new ClientError('protocol', 'The app sent back something it should not have. Please restart it.');
    }
    if (!envelope.data.ok) throw clientErrorFromWire(envelope.data.error);
    if (SNAPSHOT_METHODS.has(method) && !looksLikeSnapshot(envelope.data.result)) {
      throw new ClientError('protocol', 'The app sent back a workshop it could not read. Please restart it.');
    }
    // The envelope was checked; the result's type is the wire contract's promise for this method.
    return envelope.data.result as Results[M];
  }

  onEvent<E extends EventName>(name: E, listener: (data: Events[E]) => void): () => void {
    return this.hub.on(name, listener);
  }

  exportPdf(workshopId: string, paper: PaperSize): Promise<ExportOutcome> {
    return saved(this.request('export/save-pdf', { workshopId, paper }));
  }

  exportFile(workshopId: string, kind: ExportKind): Promise<ExportOutcome> {
    return saved(this.request('export/save-file', { workshopId, kind }));
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    return this.hub.onConnection(listener);
  }

  leaveWorkshop(): void {
    // Nothing to do: the main process keeps the window's subscriptions itself.
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
