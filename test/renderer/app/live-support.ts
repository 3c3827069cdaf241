/**
 * Stand-ins for the open workshop's store tests (renderer/store/live-workshop.ts): a host that
 * changes its workshop only with the real reducer and sends the patches of real change records,
 * and a client the test answers request by request while playing the host's events.
 */
import { vi } from 'vitest';
import { toPatch } from '../../../shared/changes/patch';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import type { SessionState } from '../../../shared/room';
import { sequentialIds } from '../../../shared/new-workshop';
import { applyCommand } from '../../../shared/reducer';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import type {
  EventName,
  Events,
  HistoryFlags,
  Method,
  Mutation,
  Params,
  Results,
  WorkshopSnapshot,
  WorkshopUpdate,
} from '../../../shared/wire';
import { ClientError, type ConnectionState, type ExportOutcome, type JourneyClient } from '../../../renderer/api/client';
import { LiveWorkshop, type Notices } from '../../../renderer/store/live-workshop';

/** The workshop as the host keeps it, changed only by the real reducer. */
export class FakeHost {
  state: Workshop;
  epoch = 'epoch-1';
  seq = 7;
  private readonly newId = sequentialIds('h');
  private minute = 0;

  constructor(start?: Workshop) {
    this.state = start ?? createSampleWorkshop({ id: 'w1', now: '2026-11-23T10:00:00.000Z', newId: sequentialIds('s') });
  }

  snapshot(history: HistoryFlags = { canUndo: false, canRedo: false }): WorkshopSnapshot {
    return { workshopId: this.state.id, epoch: this.epoch, seq: this.seq, state: this.state, history };
  }

  /** Applies a command as the host would and gives back the update every page gets. */
  apply(command: ClientCommand, history: HistoryFlags = { canUndo: true, canRedo: false }): WorkshopUpdate {
    this.minute += 1;
    const now = `2026-11-23T11:${String(this.minute).padStart(2, '0')}:00.000Z`;
    const result = applyCommand(this.state, command, { now: () => now, newId: this.newId });
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    this.state = result.state;
    this.seq += 1;
    return { workshopId: this.state.id, epoch: this.epoch, seq: this.seq, patch: toPatch(result.changes), history };
  }

  /** The host opened the workshop afresh (it restarted): a new epoch, counting from 0 again. */
  restart(): void {
    this.epoch = 'epoch-2';
    this.seq = 0;
  }
}

interface Asked {
  readonly method: Method;
  readonly params: unknown;
  answered: boolean;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** The page's client as the store sees it: the test answers each request and plays the host's events. */
export class FakeClient implements JourneyClient {
  readonly platform = 'browser' as const;
  connection: ConnectionState = 'open';
  readonly refusalMessage = null;
  /** The store runs on the facilitator's page; sessions are the app's concern, tested with the client. */
  readonly session: SessionState = { kind: 'facilitator' };
  readonly asked: Asked[] = [];
  private readonly eventListeners = new Map<EventName, Set<(data: never) => void>>();
  private readonly connectionListeners = new Set<(state: ConnectionState) => void>();
  private mutations = 0;

  request<M extends Method>(method: M, params: Params<M>): Promise<Results[M]> {
    return new Promise<Results[M]>((resolve, reject) => {
      this.asked.push({ method, params, answered: false, resolve: (result) => resolve(result as Results[M]), reject });
    });
  }

  /** Every request of this method so far, answered or not, in order. */
  requests(method: Method): unknown[] {
    return this.asked.filter((a) => a.method === method).map((a) => a.params);
  }

  /** The host answers the oldest unanswered request of this method. */
  answer<M extends Method>(method: M, result: Results[M]): void {
    this.take(method).resolve(result);
  }

  fail(method: Method, error: unknown): void {
    this.take(method).reject(error);
  }

  pending(method: Method): number {
    return this.asked.filter((a) => a.method === method && !a.answered).length;
  }

  private take(method: Method): Asked {
    const found = this.asked.find((a) => a.method === method && !a.answered);
    if (!found) throw new Error(`The store did not ask for ${method}.`);
    found.answered = true;
    return found;
  }

  onEvent<E extends EventName>(name: E, listener: (data: Events[E]) => void): () => void {
    const set = this.eventListeners.get(name) ?? new Set();
    this.eventListeners.set(name, set);
    set.add(listener as (data: never) => void);
    return () => set.delete(listener as (data: never) => void);
  }

  emit<E extends EventName>(name: E, data: Events[E]): void {
    for (const listener of this.eventListeners.get(name) ?? []) (listener as (data: Events[E]) => void)(data);
  }

  onSession(): () => void {
    return () => undefined;
  }

  joinRoom(): Promise<SessionState> {
    return Promise.reject(new ClientError('unsupported', 'The facilitator’s page does not join the room.'));
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  setConnection(state: ConnectionState): void {
    this.connection = state;
    for (const listener of this.connectionListeners) listener(state);
  }

  nextMutation(): Mutation {
    this.mutations += 1;
    return { clientId: 'page-1', n: this.mutations };
  }

  exportPdf(): Promise<ExportOutcome> {
    return Promise.resolve({ kind: 'cancelled' });
  }

  exportFile(): Promise<ExportOutcome> {
    return Promise.resolve({ kind: 'cancelled' });
  }
}

/** The host's sentence when the disk refuses a save (main/store/storage-error.ts). */
export const DISK_FULL = 'The disk is full: free some space, then press Retry. Nothing after 14:02 is saved.';

/** The refusal a page gets when the disk would not keep its change: nothing of it was saved. */
export function diskRefused(message = DISK_FULL): ClientError {
  return new ClientError('storage', message);
}

/** Lets the store's promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function fakeNotices() {
  return { announce: vi.fn<Notices['announce']>(), toast: vi.fn<Notices['toast']>() };
}

/**
 * A store started and opened on the host's snapshot. `wait` lets the store's callbacks run;
 * tests on fake timers pass one that advances them (settle's real pause would never end).
 */
export async function openStore(host = new FakeHost(), wait: () => Promise<unknown> = settle) {
  const client = new FakeClient();
  const notices = fakeNotices();
  const store = new LiveWorkshop(client, host.state.id, notices);
  store.start();
  client.answer('workshop/open', { kind: 'snapshot', snapshot: host.snapshot() });
  await wait();
  return { host, client, notices, store };
}
