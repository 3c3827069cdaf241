/**
 * Undo and redo for one seat of one workshop: stacks of the change records of
 * that seat's own commands. Undo reverses the top one (shared/changes/
 * revert.ts checks nobody changed its records since); doing something new
 * forgets what could be redone; the oldest entries fall off past the limit.
 */
import type { Changes } from '../../shared/changes/types';
import type { HistoryFlags } from '../../shared/wire';
import type { SavedHistory } from '../store/journal';

export class SeatHistory {
  private readonly undoStack: Changes[] = [];
  private readonly redoStack: Changes[] = [];

  constructor(private readonly limit: number) {}

  /** The stacks as a journal's header keeps them, across a restart. */
  static from(saved: SavedHistory, limit: number): SeatHistory {
    const history = new SeatHistory(limit);
    history.undoStack.push(...saved.undo.slice(-limit));
    history.redoStack.push(...saved.redo.slice(-limit));
    return history;
  }

  saved(): SavedHistory {
    return { undo: [...this.undoStack], redo: [...this.redoStack] };
  }

  get flags(): HistoryFlags {
    return { canUndo: this.undoStack.length > 0, canRedo: this.redoStack.length > 0 };
  }

  /** A new change was made: remember it for undo; redo no longer makes sense. */
  recordNew(changes: Changes): void {
    this.pushBounded(this.undoStack, changes);
    this.redoStack.length = 0;
  }

  peekUndo(): Changes | undefined {
    return this.undoStack.at(-1);
  }

  peekRedo(): Changes | undefined {
    return this.redoStack.at(-1);
  }

  /** The top undo entry was reversed by `changes`, which redo reverses again. */
  undone(changes: Changes): void {
    this.undoStack.pop();
    this.pushBounded(this.redoStack, changes);
  }

  /** The top redo entry was reversed by `changes`, which undo reverses again. */
  redone(changes: Changes): void {
    this.redoStack.pop();
    this.pushBounded(this.undoStack, changes);
  }

  private pushBounded(stack: Changes[], entry: Changes): void {
    stack.push(entry);
    if (stack.length > this.limit) stack.splice(0, stack.length - this.limit);
  }
}

export const NO_HISTORY: HistoryFlags = { canUndo: false, canRedo: false };
