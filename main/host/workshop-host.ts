/**
 * The single writer. Every change to every workshop comes through here, from
 * the desktop window and from browsers alike: check, apply with the pure
 * reducer, persist atomically, then tell every subscriber. Undo and redo live
 * here too, per workshop, as recorded inverse commands.
 *
 * Everything below is synchronous — the reducer is pure and the store writes
 * synchronously — so commands are applied strictly one at a time without a
 * queue: no other command can run between applying, saving and broadcasting.
 * If the store ever becomes asynchronous, put a promise queue in front of
 * `apply`.
 */
import { randomUUID } from 'node:crypto';
import { isUndoable, type ClientCommand, type Command } from '../../shared/commands';
import { NAME_MAX, nameSchema, type Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext, DomainError } from '../../shared/result';
import { createSampleWorkshop } from '../../shared/sample-workshop';
import { createFromTemplate } from '../../shared/templates';
import type {
  EventName,
  Events,
  LibraryListing,
  WORKSHOP_TEMPLATES,
  WorkshopSnapshot,
  WorkshopSummary,
} from '../../shared/wire';
import type { WorkshopStore } from '../store/workshop-store';
import { summarise } from '../store/summary';
import { History } from './history';
import { HostRefusal } from './host-errors';

export type HostEvent = { [E in EventName]: { readonly name: E; readonly data: Events[E] } }[EventName];
export type HostListener = (event: HostEvent) => void;

export type DispatchOutcome =
  | { readonly ok: true; readonly snapshot: WorkshopSnapshot }
  | { readonly ok: false; readonly error: DomainError };

export type WorkshopTemplate = (typeof WORKSHOP_TEMPLATES)[number];

export interface WorkshopHostOptions {
  readonly store: WorkshopStore;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Most undo (and redo) steps kept per workshop. */
  readonly historyLimit?: number;
  /** Where unexpected trouble is reported (a listener that throws, for example). */
  readonly log?: (message: string, detail?: unknown) => void;
}

interface OpenWorkshop {
  state: Workshop;
  seq: number;
  readonly history: History;
}

const COPY_SUFFIX = ' (copy)';

export class WorkshopHost {
  private readonly store: WorkshopStore;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly historyLimit: number;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly open = new Map<string, OpenWorkshop>();
  private readonly listeners = new Set<HostListener>();

  constructor(options: WorkshopHostOptions) {
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.historyLimit = options.historyLimit ?? 200;
    this.log = options.log ?? ((message, detail) => console.error(message, detail));
  }

  // ── Library ────────────────────────────────────────────────────────────

  listWorkshops(): LibraryListing {
    return this.store.list();
  }

  createWorkshop(input: { readonly title: string; readonly template: WorkshopTemplate }): WorkshopSummary {
    const title = checkedName(input.title);
    const now = this.now().toISOString();
    const newId = this.newId;
    const workshop =
      input.template === 'sample'
        ? createSampleWorkshop({ now, newId, title })
        : createFromTemplate({ templateId: input.template, title, now, newId });
    this.store.save(workshop);
    this.emit({ name: 'library/changed', data: {} });
    return summarise(workshop);
  }

  duplicateWorkshop(workshopId: string): WorkshopSummary {
    const original = this.entry(workshopId).state;
    const now = this.now().toISOString();
    const copy: Workshop = {
      ...original,
      id: this.newId(),
      title: copyTitle(original.title),
      createdAt: now,
      updatedAt: now,
    };
    this.store.save(copy);
    this.emit({ name: 'library/changed', data: {} });
    return summarise(copy);
  }

  /** Renaming from the library is not an undo step inside the workshop. */
  renameWorkshop(workshopId: string, title: string): WorkshopSummary {
    const entry = this.entry(workshopId);
    const outcome = this.apply(workshopId, entry, { type: 'workshop/update', title }, 'not-recorded');
    if (!outcome.ok) throw HostRefusal.from(outcome.error);
    return summarise(outcome.snapshot.state);
  }

  /** Moves the workshop's file to the trash folder; it disappears from the library. */
  deleteWorkshop(workshopId: string): void {
    this.store.remove(workshopId);
    this.open.delete(workshopId);
    this.emit({ name: 'library/changed', data: {} });
  }

  // ── One workshop ───────────────────────────────────────────────────────

  openWorkshop(workshopId: string): WorkshopSnapshot {
    return this.snapshot(workshopId, this.entry(workshopId));
  }

  /** The workshop as it is now, for export. */
  currentState(workshopId: string): Workshop {
    return this.entry(workshopId).state;
  }

  dispatch(workshopId: string, command: ClientCommand): DispatchOutcome {
    const entry = this.entry(workshopId);
    return this.apply(workshopId, entry, command, isUndoable(command) ? 'new-step' : 'not-recorded');
  }

  undo(workshopId: string): DispatchOutcome {
    const entry = this.entry(workshopId);
    const inverse = entry.history.peekUndo();
    if (!inverse) return refusal('conflict', 'There is nothing to undo.');
    return this.apply(workshopId, entry, inverse, 'undo');
  }

  redo(workshopId: string): DispatchOutcome {
    const entry = this.entry(workshopId);
    const inverse = entry.history.peekRedo();
    if (!inverse) return refusal('conflict', 'There is nothing to redo.');
    return this.apply(workshopId, entry, inverse, 'redo');
  }

  subscribe(listener: HostListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Writes anything the store still holds back; call before the process exits. */
  close(): void {
    this.store.flush();
  }

  // ── Inside ─────────────────────────────────────────────────────────────

  /** The open workshop, loaded from the store the first time (store errors pass through). */
  private entry(workshopId: string): OpenWorkshop {
    let entry = this.open.get(workshopId);
    if (!entry) {
      entry = { state: this.store.load(workshopId), seq: 0, history: new History(this.historyLimit) };
      this.open.set(workshopId, entry);
    }
    return entry;
  }

  private context(): CommandContext {
    return { now: () => this.now().toISOString(), newId: this.newId };
  }

  /**
   * Applies, persists, then broadcasts. A refused command changes nothing and
   * writes nothing; if the disk refuses the save, the error propagates and the
   * workshop in memory stays as it was on disk.
   */
  private apply(
    workshopId: string,
    entry: OpenWorkshop,
    command: Command,
    kind: 'new-step' | 'not-recorded' | 'undo' | 'redo',
  ): DispatchOutcome {
    const result = applyCommand(entry.state, command, this.context());
    if (!result.ok) return result;
    const before = entry.state;
    this.store.save(result.state);
    entry.state = result.state;
    entry.seq += 1;
    if (kind === 'new-step') entry.history.recordNew(result.inverse);
    else if (kind === 'undo') entry.history.undone(result.inverse);
    else if (kind === 'redo') entry.history.redone(result.inverse);
    // 'not-recorded' (a participant's vote, a rename from the library) is not
    // an undo step, and it leaves the facilitator's redo alone.
    const snapshot = this.snapshot(workshopId, entry);
    this.emit({ name: 'workshop/changed', data: snapshot });
    if (summaryChanged(before, result.state)) this.emit({ name: 'library/changed', data: {} });
    return { ok: true, snapshot };
  }

  private snapshot(workshopId: string, entry: OpenWorkshop): WorkshopSnapshot {
    return {
      workshopId,
      seq: entry.seq,
      state: entry.state,
      canUndo: entry.history.canUndo,
      canRedo: entry.history.canRedo,
    };
  }

  private emit(event: HostEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken client must not stop the others hearing about the change.
        this.log('A workshop event listener failed.', error);
      }
    }
  }
}

function refusal(code: DomainError['code'], message: string): DispatchOutcome {
  return { ok: false, error: { code, message } };
}

function checkedName(title: string): string {
  const parsed = nameSchema.safeParse(title);
  if (!parsed.success) throw new HostRefusal('invalid', parsed.error.issues[0]?.message ?? 'That name is not valid.');
  return parsed.data;
}

/** "Kick-off (copy)", shortening the original title so the result still fits. */
export function copyTitle(title: string): string {
  const room = NAME_MAX - COPY_SUFFIX.length;
  const base = title.length > room ? title.slice(0, room).trimEnd() : title;
  return `${base}${COPY_SUFFIX}`;
}

function summaryChanged(before: Workshop, after: Workshop): boolean {
  return (
    before.title !== after.title ||
    before.organisation !== after.organisation ||
    before.phase !== after.phase ||
    before.teams.length !== after.teams.length ||
    before.touchpoints.length !== after.touchpoints.length
  );
}
