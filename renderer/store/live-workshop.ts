/**
 * One open workshop as this page holds it: an external store the screens
 * subscribe to by selector (use-live-workshop.ts), fed by the host's updates.
 *
 * It keeps the workshop as the host confirmed it, at the host's sequence
 * number, and applies each update's patch in order (shared/changes/patch.ts:
 * the host and every page apply the same patches the same way). Commands the
 * page sent but the host has not answered yet wait in one queue; those that
 * may be shown ahead (shared/commands: `showsAhead`) are applied on top with
 * the same pure reducer, so a typed rating or a dropped card shows at once.
 * The host's answer replaces the guess; a refused command drops out.
 *
 * After a drop it asks the host for what it missed since its last update,
 * and gets the whole workshop again only when the host no longer has that.
 */
import { applyPatch } from '../../shared/changes/patch';
import { showsAhead, type ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';
import type { HistoryFlags, WorkshopSnapshot, WorkshopUpdate } from '../../shared/wire';
import { ClientError, describeError, type JourneyClient } from '../api/client';

/** A command's answer: done, with the workshop as the host now has it, or refused with the reason. */
export type DispatchOutcome =
  | { readonly ok: true; readonly workshop: Workshop }
  | { readonly ok: false; readonly message: string };

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };


export interface LiveState {
  /** The workshop as shown: confirmed, with the commands still on their way applied on top. */
  readonly workshop: Workshop | null;
  /** Whether this seat has changes of its own to undo or redo. */
  readonly history: HistoryFlags;
  readonly saveState: SaveState;
  /** Why the workshop could not be opened, when it could not. */
  readonly loadError: string | null;
}

export interface Notices {
  /** A sentence for the screen reader (and, when urgent, read at once). */
  announce(message: string, urgent?: boolean): void;
  toast(message: string, tone: 'error'): void;
}

interface Waiting {
  readonly command: ClientCommand;
  readonly ahead: boolean;
}

let localIds = 0;
/** Ids made while showing a command ahead are never kept: the host's answer replaces them. */
const LOCAL_CONTEXT: CommandContext = {
  now: () => new Date().toISOString(),
  newId: () => `local-${++localIds}`,
};

/** How long an update may wait for the one before it before the page asks the host again. */
const GAP_WAIT_MS = 1500;

export class LiveWorkshop {
  private confirmed: Workshop | null = null;
  private epoch = '';
  private seq = -1;
  private history: HistoryFlags = { canUndo: false, canRedo: false };
  private readonly early = new Map<number, WorkshopUpdate>();
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  private failure: string | null = null;
  private loadError: string | null = null;
  private state: LiveState;
  private readonly listeners = new Set<() => void>();
  private stops: (() => void)[] = [];
  private gapTimer: ReturnType<typeof setTimeout> | undefined;
  /** The shown workshop, kept until the confirmed one or the commands shown ahead change. */
  private shownFor: { confirmed: Workshop | null; ahead: number; workshop: Workshop | null } | null = null;
  /** Counts changes to the commands shown ahead. */
  private aheadVersion = 0;
  private resyncing = false;
  private wasDropped = false;

  constructor(
    private readonly client: JourneyClient,
    readonly workshopId: string,
    private readonly notices: Notices,
  ) {
    this.state = this.makeState();
  }

  /** For useSyncExternalStore: the same object until something changes. */
  readonly getState = (): LiveState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Starts hearing the host; opens the workshop the first time, catches up after a pause. */
  start(): void {
    this.stop();
    this.stops = [
      this.client.onEvent('workshop/changes', (update) => this.receive(update)),
      this.client.onConnection((connection) => {
        if (connection === 'reconnecting') this.wasDropped = true;
        if (connection === 'open' && this.wasDropped) {
          this.wasDropped = false;
          this.catchUp();
        }
      }),
    ];
    if (this.confirmed) this.catchUp();
    else this.openAfresh();
  }

  stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    clearTimeout(this.gapTimer);
    this.gapTimer = undefined;
  }

  /** Sends one command; a refusal resolves with its sentence, which is also announced. */
  async dispatch(command: ClientCommand): Promise<DispatchOutcome> {
    const entry: Waiting = { command, ahead: showsAhead(command) };
    this.waiting.push(entry);
    if (entry.ahead) {
      this.aheadVersion += 1;
      this.changed();
    }
    const mutation = this.client.nextMutation();
    try {
      return await this.run(() => this.client.request('workshop/dispatch', { workshopId: this.workshopId, command, mutation }), entry);
    } finally {
      this.drop(entry);
    }
  }

  /** Takes back this seat's own last change; false (with the reason announced) when the host refuses. */
  async undo(): Promise<boolean> {
    const outcome = await this.run(() => this.client.request('workshop/undo', { workshopId: this.workshopId }));
    if (outcome.ok) this.notices.announce('Undone.');
    return outcome.ok;
  }

  async redo(): Promise<boolean> {
    const outcome = await this.run(() => this.client.request('workshop/redo', { workshopId: this.workshopId }));
    if (outcome.ok) this.notices.announce('Redone.');
    return outcome.ok;
  }

  // ── Inside ─────────────────────────────────────────────────────────────

  /** Runs one request that answers with an update, keeping the save state honest. */
  private async run(send: () => Promise<WorkshopUpdate>, entry?: Waiting): Promise<DispatchOutcome> {
    this.inFlight += 1;
    this.changed();
    try {
      const update = await send();
      if (entry) this.drop(entry, false);
      this.receive(update);
      this.failure = null;
      return { ok: true, workshop: this.confirmed ?? this.state.workshop ?? emptyGuard() };
    } catch (error) {
      if (error instanceof ClientError && error.code === 'duplicate') {
        // The host had it already (a resend after a drop); catching up brings its effect.
        return { ok: true, workshop: this.confirmed ?? emptyGuard() };
      }
      const message = describeError(error);
      if (error instanceof ClientError && error.isRefusal) {
        // The host said no to this one change; everything else is still saved.
        this.notices.announce(message, true);
      } else {
        this.failure = message;
        this.notices.toast(message, 'error');
      }
      return { ok: false, message };
    } finally {
      this.inFlight -= 1;
      this.changed();
    }
  }

  private drop(entry: Waiting, notify = true): void {
    const at = this.waiting.indexOf(entry);
    if (at < 0) return;
    this.waiting.splice(at, 1);
    if (!entry.ahead) return;
    this.aheadVersion += 1;
    if (notify) this.changed();
  }

  private openAfresh(): void {
    this.client.request('workshop/open', { workshopId: this.workshopId }).then(
      (opened) => {
        if (opened.kind === 'snapshot') this.take(opened.snapshot);
      },
      (error: unknown) => {
        this.loadError = describeError(error);
        this.changed();
      },
    );
  }

  /** Asks for what this page missed since its last update (or the whole workshop, if the host has moved on). */
  private catchUp(): void {
    if (this.resyncing || !this.confirmed) return;
    this.resyncing = true;
    const since = { epoch: this.epoch, seq: this.seq };
    this.client.request('workshop/open', { workshopId: this.workshopId, since }).then(
      (opened) => {
        this.resyncing = false;
        if (opened.kind === 'snapshot') this.take(opened.snapshot);
        else for (const update of opened.updates) this.receive(update);
      },
      (error: unknown) => {
        this.resyncing = false;
        console.error('Could not catch up with the workshop after reconnecting:', error);
      },
    );
  }

  private take(snapshot: WorkshopSnapshot): void {
    if (snapshot.workshopId !== this.workshopId) return;
    this.confirmed = snapshot.state;
    this.epoch = snapshot.epoch;
    this.seq = snapshot.seq;
    this.history = snapshot.history;
    this.early.clear();
    this.loadError = null;
    this.changed();
  }

  private receive(update: WorkshopUpdate): void {
    if (update.workshopId !== this.workshopId || !this.confirmed) return;
    if (update.epoch !== this.epoch) {
      // The host started this workshop afresh (it restarted): only a whole copy is safe.
      this.confirmed = null;
      this.openAfresh();
      return;
    }
    if (update.seq <= this.seq) return;
    if (update.seq > this.seq + 1) {
      this.early.set(update.seq, update);
      this.gapTimer ??= setTimeout(() => {
        this.gapTimer = undefined;
        if (this.early.size > 0) this.catchUp();
      }, GAP_WAIT_MS);
      return;
    }
    let next: WorkshopUpdate | undefined = update;
    let workshop = this.confirmed;
    while (next) {
      workshop = applyPatch(workshop, next.patch);
      this.seq = next.seq;
      this.history = sameHistory(this.history, next.history) ? this.history : next.history;
      this.early.delete(next.seq);
      next = this.early.get(this.seq + 1);
    }
    this.confirmed = workshop;
    if (this.early.size === 0 && this.gapTimer !== undefined) {
      // The gap closed by itself: no need to ask the host.
      clearTimeout(this.gapTimer);
      this.gapTimer = undefined;
    }
    this.changed();
  }

  private shown(): Workshop | null {
    const cached = this.shownFor;
    if (cached && cached.confirmed === this.confirmed && cached.ahead === this.aheadVersion) return cached.workshop;
    let workshop = this.confirmed;
    if (workshop) {
      for (const entry of this.waiting) {
        if (!entry.ahead) continue;
        const result = applyCommand(workshop, entry.command, LOCAL_CONTEXT);
        if (result.ok) workshop = result.state;
      }
    }
    this.shownFor = { confirmed: this.confirmed, ahead: this.aheadVersion, workshop };
    return workshop;
  }

  private makeState(): LiveState {
    return {
      workshop: this.shown(),
      history: this.history,
      saveState:
        this.failure !== null
          ? { kind: 'failed', message: this.failure }
          : this.inFlight > 0
            ? { kind: 'saving' }
            : { kind: 'saved' },
      loadError: this.loadError,
    };
  }

  private changed(): void {
    const next = this.makeState();
    const before = this.state;
    if (
      next.workshop === before.workshop &&
      next.history === before.history &&
      next.loadError === before.loadError &&
      sameSaveState(next.saveState, before.saveState)
    ) {
      return;
    }
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

function sameHistory(a: HistoryFlags, b: HistoryFlags): boolean {
  return a.canUndo === b.canUndo && a.canRedo === b.canRedo;
}

function sameSaveState(a: SaveState, b: SaveState): boolean {
  return a.kind === b.kind && (a.kind !== 'failed' || (b.kind === 'failed' && a.message === b.message));
}

/** A command can only be answered for a workshop this page has opened. */
function emptyGuard(): never {
  throw new ClientError('internal', 'The workshop is not open on this page.');
}
