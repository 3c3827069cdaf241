/**
 * A page as the renderer keeps one, for the server tests: it opens a
 * workshop (a snapshot), then holds the workshop by applying every update it
 * receives — its own replies and the `workshop/changes` events — in `seq`
 * order with the same `applyPatch` the screens use. Every snapshot and update
 * is checked against the wire's own schemas on arrival, so a test that uses
 * a page also proves the server speaks the contract.
 */
import { randomUUID } from 'node:crypto';
import { applyPatch } from '../../../shared/changes/patch';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import {
  openResultSchema,
  workshopUpdateSchema,
  type HistoryFlags,
  type Mutation,
  type OpenResult,
  type WorkshopSnapshot,
  type WorkshopUpdate,
} from '../../../shared/wire';
import { TestClient, type Incoming, type Reply } from './ws-client';

export interface OpenOptions {
  /** The room credential of a device (main/room); absent for the facilitator's page. */
  readonly credential?: string;
  /** The page's id for its mutations; a fresh one when absent. */
  readonly clientId?: string;
}

function isChangesEvent(m: Incoming): m is Incoming & { event: 'workshop/changes'; data: unknown } {
  return 'event' in m && m.event === 'workshop/changes';
}

function credentialOf(options: OpenOptions): { credential?: string } {
  return options.credential === undefined ? {} : { credential: options.credential };
}

export class Page {
  epoch = '';
  /** The number of the last update applied; -1 before the workshop arrived. */
  seq = -1;
  history: HistoryFlags = { canUndo: false, canRedo: false };
  private held: Workshop | undefined;
  /** The workshop this page held at each seq it passed through. */
  readonly states = new Map<number, Workshop>();
  /** Every update applied, in seq order. */
  readonly applied: WorkshopUpdate[] = [];
  /** Every snapshot this page was given (on open, or on coming back too far behind). */
  readonly snapshots: WorkshopSnapshot[] = [];
  /** What did not fit the contract, or came out of order; a healthy page has none. */
  readonly problems: string[] = [];
  readonly clientId: string;
  private n = 0;
  private readonly early = new Map<number, WorkshopUpdate>();
  private waiters: Array<() => void> = [];

  private constructor(
    readonly client: TestClient,
    readonly workshopId: string,
    clientId: string | undefined,
    /** The room credential this page came in with; a page coming back uses it again. */
    readonly credential: string | undefined,
  ) {
    this.clientId = clientId ?? `page-${randomUUID()}`;
    client.onMessage((m) => {
      if (isChangesEvent(m)) this.take(m.data, 'event');
    });
  }

  /** Connects a new page to the server and opens the workshop on it; throws if that is refused. */
  static async connect(baseUrl: string, workshopId: string, options: OpenOptions = {}): Promise<Page> {
    return Page.on(await TestClient.connect(baseUrl, credentialOf(options)), workshopId, options);
  }

  /** Opens the workshop on a connection that is already there; throws if that is refused. */
  static async on(client: TestClient, workshopId: string, options: OpenOptions = {}): Promise<Page> {
    const page = new Page(client, workshopId, options.clientId, options.credential);
    const reply = await client.request('workshop/open', { workshopId });
    const result = page.takeOpen(reply);
    if (result.kind !== 'snapshot') throw new Error('Opening without "since" must give a snapshot.');
    return page;
  }

  /**
   * A page coming back after a drop, on a new connection: it still holds what
   * `previous` held and sends `since`. Gives the page and what the host sent.
   */
  static async resume(
    baseUrl: string,
    previous: Page,
    options: OpenOptions & { since?: { epoch: string; seq: number } } = {},
  ): Promise<{ page: Page; result: OpenResult }> {
    const credential = options.credential ?? previous.credential;
    const client = await TestClient.connect(baseUrl, credential === undefined ? {} : { credential });
    const page = new Page(client, previous.workshopId, options.clientId ?? previous.clientId, credential);
    page.epoch = previous.epoch;
    page.seq = previous.seq;
    page.held = previous.state;
    page.history = previous.history;
    page.n = previous.n;
    const since = options.since ?? { epoch: previous.epoch, seq: previous.seq };
    const reply = await client.request('workshop/open', { workshopId: previous.workshopId, since });
    return { page, result: page.takeOpen(reply) };
  }

  /** The workshop as this page holds it now. */
  get state(): Workshop {
    if (!this.held) throw new Error('This page has not received the workshop.');
    return this.held;
  }

  /** The next mutation this page would send. */
  nextMutation(): Mutation {
    this.n += 1;
    return { clientId: this.clientId, n: this.n };
  }

  /** Sends one command, named by the page's next mutation (or the one given); applies the reply's update. */
  async dispatch(command: ClientCommand, mutation: Mutation = this.nextMutation()): Promise<Reply> {
    const reply = await this.client.request('workshop/dispatch', { workshopId: this.workshopId, command, mutation });
    if (reply.ok) this.take(reply.result, 'reply');
    return reply;
  }

  /** Sends a command that must be applied; gives its update. */
  async must(command: ClientCommand): Promise<WorkshopUpdate> {
    return this.accepted(await this.dispatch(command), command.type);
  }

  async undo(): Promise<Reply> {
    const reply = await this.client.request('workshop/undo', { workshopId: this.workshopId });
    if (reply.ok) this.take(reply.result, 'reply');
    return reply;
  }

  async redo(): Promise<Reply> {
    const reply = await this.client.request('workshop/redo', { workshopId: this.workshopId });
    if (reply.ok) this.take(reply.result, 'reply');
    return reply;
  }

  /** The update in an accepted reply; throws with the refusal's sentence otherwise. */
  accepted(reply: Reply, label = 'the request'): WorkshopUpdate {
    if (!reply.ok) throw new Error(`${label} was refused: ${reply.error?.code ?? ''} ${reply.error?.message ?? ''}`);
    return reply.result as WorkshopUpdate;
  }

  /** Waits until this page has applied update `seq` (and every one before it). */
  waitForSeq(seq: number, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Update ${String(seq)} did not arrive in time (at ${String(this.seq)}; ${this.problems.join(' ')}).`)),
        timeoutMs,
      );
      const check = () => {
        if (this.seq >= seq) {
          clearTimeout(timer);
          resolve();
        } else {
          this.waiters.push(check);
        }
      };
      check();
    });
  }

  /** The `workshop/changes` events this page received, as sent. */
  get changeEvents(): WorkshopUpdate[] {
    return this.client.received.flatMap((m) => (isChangesEvent(m) ? [m.data as WorkshopUpdate] : []));
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private takeOpen(reply: Reply): OpenResult {
    if (!reply.ok) throw new Error(`Opening was refused: ${reply.error?.code ?? ''} ${reply.error?.message ?? ''}`);
    const parsed = openResultSchema.safeParse(reply.result);
    if (!parsed.success) throw new Error(`The open reply does not fit the contract: ${parsed.error.message}`);
    // The raw reply, not zod's copy: what the page holds is exactly what was sent.
    const result = reply.result as OpenResult;
    if (result.kind === 'snapshot') this.takeSnapshot(result.snapshot);
    else for (const update of result.updates) this.take(update, 'open');
    return result;
  }

  private takeSnapshot(snapshot: WorkshopSnapshot): void {
    this.snapshots.push(snapshot);
    this.epoch = snapshot.epoch;
    this.seq = snapshot.seq;
    this.held = snapshot.state;
    this.history = snapshot.history;
    this.states.set(snapshot.seq, snapshot.state);
    for (const [seq, update] of [...this.early]) {
      this.early.delete(seq);
      if (seq > this.seq) this.take(update, 'early');
    }
    this.wake();
  }

  private take(data: unknown, from: string): void {
    const parsed = workshopUpdateSchema.safeParse(data);
    if (!parsed.success) {
      this.problems.push(`An update (${from}) does not fit the contract: ${parsed.error.message}`);
      return;
    }
    const update = data as WorkshopUpdate;
    if (update.workshopId !== this.workshopId) {
      this.problems.push(`An update (${from}) for another workshop arrived: ${update.workshopId}.`);
      return;
    }
    if (!this.held) {
      this.early.set(update.seq, update);
      return;
    }
    if (update.epoch !== this.epoch) {
      this.problems.push(`An update (${from}) of another run of the host arrived.`);
      return;
    }
    if (update.seq <= this.seq) {
      this.problems.push(`Update ${String(update.seq)} (${from}) arrived twice.`);
      return;
    }
    this.early.set(update.seq, update);
    for (let next = this.early.get(this.seq + 1); next; next = this.early.get(this.seq + 1)) {
      this.early.delete(next.seq);
      this.held = applyPatch(this.held, next.patch);
      this.seq = next.seq;
      this.history = next.history;
      this.applied.push(next);
      this.states.set(next.seq, this.held);
    }
    this.wake();
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}
