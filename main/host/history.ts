/**
 * Undo and redo for one workshop: stacks of recorded inverses (each a
 * `history/restore` command). Doing something new forgets what could be
 * redone; the oldest entries fall off past the limit so memory stays bounded.
 */
import type { RestoreCommand } from '../../shared/commands';

export class History {
  private readonly undoStack: RestoreCommand[] = [];
  private readonly redoStack: RestoreCommand[] = [];

  constructor(private readonly limit: number) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** A new change was made: remember how to undo it; redo no longer makes sense. */
  recordNew(inverse: RestoreCommand): void {
    this.pushBounded(this.undoStack, inverse);
    this.redoStack.length = 0;
  }

  peekUndo(): RestoreCommand | undefined {
    return this.undoStack.at(-1);
  }

  peekRedo(): RestoreCommand | undefined {
    return this.redoStack.at(-1);
  }

  /** The top undo entry was applied; `inverse` redoes it. */
  undone(inverse: RestoreCommand): void {
    this.undoStack.pop();
    this.pushBounded(this.redoStack, inverse);
  }

  /** The top redo entry was applied; `inverse` undoes it again. */
  redone(inverse: RestoreCommand): void {
    this.redoStack.pop();
    this.pushBounded(this.undoStack, inverse);
  }

  private pushBounded(stack: RestoreCommand[], entry: RestoreCommand): void {
    stack.push(entry);
    if (stack.length > this.limit) stack.splice(0, stack.length - this.limit);
  }
}
