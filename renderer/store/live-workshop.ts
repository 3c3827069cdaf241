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
 *
 * When the disk refuses a change (the host answers 'storage'), nothing of it
 * was kept, so the page does not show it either: it keeps the refused steps
 * in the order they were made, says so in its save state, and sends them
 * again on Retry (unsaved-changes.ts). A change made meanwhile queues behind
 * them and tries them again first, so they reach the disk in order.
 */
import { applyPatch } from '../../shared/changes/patch';
import { showsAhead, type ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';
import type { HistoryFlags, WorkshopSnapshot, WorkshopUpdate } from '../../shared/wire';
import { ClientError, describeError, type JourneyClient } from '../api/client';
import { describeUnsaved, keepInOrder, KEPT_MESSAGE, type DispatchOutcome, type KeptStep, type Step } from './unsaved-changes';

export type { DispatchOutcome } from './unsaved-changes';

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | {
      readonly kind: 'failed';
      /** What went wrong, what to do and what is safe, in the host's words. */
      readonly message: string;
      /** Refused changes are kept: Retry sends them again, Discard drops them. */
      readonly canRetry: boolean;
      /** What is kept, in words ("a card added, 2 ratings changed"); '' when nothing is. */
      readonly unsaved: string;
      /** Retry is sending them now. */
      readonly retrying: boolean;
    };


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
  /** A failure nothing can be retried for (the line dropped, an answer that never came). */
  private failure: string | null = null;
  /** Steps the disk refused, oldest first, and the host's sentence for the latest refusal. */
  private readonly kept: KeptStep[] = [];
  private keptMessage = '';
  private keptVersion = 0;
  private unsavedFor: { confirmed: Workshop | null; version: number; words: string } | null = null;
  private retrying = false;
  private retryRun: Promise<boolean> | null = null;
  /** Counts the steps asked, so refused ones are kept in the order they were asked. */
  private asked = 0;
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
  dispatch(command: ClientCommand): Promise<DispatchOutcome> {
    return this.perform({ kind: 'command', command });
  }

  /** Takes back this seat's own last change; false (with the reason announced) when the host refuses. */
  async undo(): Promise<boolean> {
    const outcome = await this.perform({ kind: 'undo' });
    if (outcome.ok) this.notices.announce('Undone.');
    return outcome.ok;
  }

  async redo(): Promise<boolean> {
    const outcome = await this.perform({ kind: 'redo' });
    if (outcome.ok) this.notices.announce('Redone.');
    return outcome.ok;
  }

  /** Brings the workshop back to a restore point: one undoable step of this seat's. */
  restore(pointId: string): Promise<DispatchOutcome> {
    return this.perform({ kind: 'restore', pointId });
  }

  /**
   * Sends the steps the disk refused again, in order, each as a new request.
   * True when all of them are saved now; false when the disk refused again
   * (its sentence is in the save state once more) or something else stopped it.
   */
  retry(): Promise<boolean> {
    if (this.retrying && this.retryRun) return this.retryRun;
    if (this.kept.length === 0) return Promise.resolve(this.failure === null);
    this.retrying = true;
    this.retryRun = this.retryKept();
    return this.retryRun;
  }

  /**
   * Drops the refused steps: the workshop stays as the disk has it. While Retry is sending them (leaving a
   * field on the way to the button sends its text again), it waits for that to end, then drops what is left.
   */
  async discard(): Promise<void> {
    if (this.retrying && this.retryRun) await this.retryRun;
    if (this.kept.length === 0 || this.retrying) return;
    const lost = this.unsaved();
    for (const item of this.kept.splice(0)) item.settle?.({ ok: false, message: 'This change was discarded, so it was not saved.' });
    this.keptVersion += 1;
    this.notices.announce(`Discarded what was not saved: ${lost}.`);
    this.changed();
  }

  // ── Inside ─────────────────────────────────────────────────────────────

  /** Sends one step, or — while refused steps wait — queues it behind them and tries them all again. */
  private async perform(step: Step): Promise<DispatchOutcome> {
    const order = ++this.asked;
    if (this.kept.length > 0 || this.retrying) {
      const waited = new Promise<DispatchOutcome>((settle) => {
        keepInOrder(this.kept, { step, order, settle });
      });
      this.keptVersion += 1;
      this.changed();
      void this.retry();
      return waited;
    }
    const entry: Waiting | undefined = step.kind === 'command' ? { command: step.command, ahead: showsAhead(step.command) } : undefined;
    if (entry) {
      this.waiting.push(entry);
      if (entry.ahead) {
        this.aheadVersion += 1;
        this.changed();
      }
    }
    this.inFlight += 1;
    this.changed();
    try {
      const update = await this.send(step);
      if (entry) this.drop(entry, false);
      this.receive(update);
      this.failure = null;
      return { ok: true, workshop: this.confirmed ?? emptyGuard() };
    } catch (error) {
      if (entry) this.drop(entry, false);
      return this.refused(error, step, order);
    } finally {
      this.inFlight -= 1;
      this.changed();
    }
  }

  /** The request for a step; each command goes with a new mutation number, a re-sent one too. */
  private send(step: Step): Promise<WorkshopUpdate> {
    const workshopId = this.workshopId;
    switch (step.kind) {
      case 'command':
        return this.client.request('workshop/dispatch', { workshopId, command: step.command, mutation: this.client.nextMutation() });
      case 'undo':
        return this.client.request('workshop/undo', { workshopId });
      case 'redo':
        return this.client.request('workshop/redo', { workshopId });
      case 'restore':
        return this.client.request('history/restore', { workshopId, pointId: step.pointId });
    }
  }

  /** What a refusal means for the page: said, kept for Retry, or a failure to show. */
  private refused(error: unknown, step: Step, order: number): DispatchOutcome {
    if (error instanceof ClientError && error.code === 'duplicate') {
      // The host had it already (a resend after a drop); catching up brings its effect.
      return { ok: true, workshop: this.confirmed ?? emptyGuard() };
    }
    const message = describeError(error);
    if (error instanceof ClientError && error.isRefusal) {
      // The host said no to this one change; everything else is still saved.
      this.notices.announce(message, true);
      return { ok: false, message };
    }
    if (error instanceof ClientError && error.code === 'storage') {
      // Nothing of it reached the disk, and the host is back to what the disk has: keep it for Retry.
      keepInOrder(this.kept, { step, order });
      this.keptVersion += 1;
      this.keptMessage = message;
      return { ok: false, message: KEPT_MESSAGE, kept: true };
    }
    this.failure = message;
    this.notices.toast(message, 'error');
    return { ok: false, message };
  }

  private async retryKept(): Promise<boolean> {
    this.changed();
    let stopped = false;
    try {
      while (!stopped) {
        const item = this.kept[0];
        if (!item) break;
        let outcome: DispatchOutcome;
        try {
          this.receive(await this.send(item.step));
          outcome = { ok: true, workshop: this.confirmed ?? emptyGuard() };
        } catch (error) {
          if (error instanceof ClientError && error.code === 'storage') {
            // Refused again: all of them stay, and the sentence shows (and is read out) again.
            this.keptMessage = describeError(error);
            this.notices.announce(this.keptMessage, true);
            for (const waiting of this.kept) waiting.settle?.({ ok: false, message: KEPT_MESSAGE, kept: true });
            for (const waiting of this.kept) waiting.settle = undefined;
            break;
          }
          // A rule's no drops this one and goes on. Any other failure (no answer, a fault) stops: it may
          // have arrived, so it is not sent again, and the ones after it wait for the next Retry.
          stopped = !(error instanceof ClientError && (error.isRefusal || error.code === 'duplicate'));
          outcome = this.refused(error, item.step, item.order);
        }
        this.kept.shift();
        this.keptVersion += 1;
        item.settle?.(outcome);
      }
    } finally {
      // Cleared in the same turn the loop found nothing more, so a step asked from now on starts a new run.
      this.retrying = false;
    }
    const saved = this.kept.length === 0 && !stopped;
    if (saved) {
      this.failure = null;
      this.notices.announce('Saved: the changes that were waiting are on the disk now.');
    }
    this.changed();
    return saved;
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
      saveState: this.saveState(),
      loadError: this.loadError,
    };
  }

  /** Refused changes waiting for Retry come first: until they are saved or discarded, nothing else is true. */
  private saveState(): SaveState {
    if (this.kept.length > 0) {
      return { kind: 'failed', message: this.keptMessage, canRetry: true, unsaved: this.unsaved(), retrying: this.retrying };
    }
    if (this.failure !== null) return { kind: 'failed', message: this.failure, canRetry: false, unsaved: '', retrying: false };
    return this.inFlight > 0 || this.retrying ? { kind: 'saving' } : { kind: 'saved' };
  }

  /** The kept steps in words, worked out again only when they or the workshop change. */
  private unsaved(): string {
    const cached = this.unsavedFor;
    if (cached && cached.confirmed === this.confirmed && cached.version === this.keptVersion) return cached.words;
    const words = describeUnsaved(this.confirmed, this.kept);
    this.unsavedFor = { confirmed: this.confirmed, version: this.keptVersion, words };
    return words;
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
    // An unchanged save state stays the same object, so the shell (which reads it) does not redraw for every patch.
    this.state = sameSaveState(next.saveState, before.saveState) ? { ...next, saveState: before.saveState } : next;
    for (const listener of this.listeners) listener();
  }
}

function sameHistory(a: HistoryFlags, b: HistoryFlags): boolean {
  return a.canUndo === b.canUndo && a.canRedo === b.canRedo;
}

function sameSaveState(a: SaveState, b: SaveState): boolean {
  if (a.kind !== 'failed' || b.kind !== 'failed') return a.kind === b.kind;
  return a.message === b.message && a.canRetry === b.canRetry && a.unsaved === b.unsaved && a.retrying === b.retrying;
}

/** A command can only be answered for a workshop this page has opened. */
function emptyGuard(): never {
  throw new ClientError('internal', 'The workshop is not open on this page.');
}
