/**
 * Changes shown before the host confirms them. The page runs the same pure
 * reducer as the host, so a rating typed into a cell appears at once instead
 * of after a round trip carrying the whole workshop. The host stays the only
 * writer: every confirmed snapshot replaces the guess, and a refused command
 * simply drops out of the pending list.
 */
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';

/**
 * Commands that make something new are not shown ahead: the host chooses the
 * new id, and a card that changed its id on confirmation would lose focus.
 * A duplicate makes a new card too, and applied twice (ahead and confirmed)
 * it would show two copies for a moment.
 */
export function showsAhead(command: ClientCommand): boolean {
  return !command.type.endsWith('/add') && command.type !== 'touchpoint/duplicate';
}

let localIds = 0;
const LOCAL_CONTEXT: CommandContext = {
  now: () => new Date().toISOString(),
  newId: () => `local-${++localIds}`,
};

/**
 * The confirmed workshop with the still-pending commands applied on top.
 * Applying one that the confirmed state already contains is harmless: the
 * commands shown ahead set values (a score, a place, a title), so applying
 * them twice gives the same result, and one that no longer fits is skipped.
 */
export function withPending(confirmed: Workshop, pending: readonly ClientCommand[]): Workshop {
  let state = confirmed;
  for (const command of pending) {
    const result = applyCommand(state, command, LOCAL_CONTEXT);
    if (result.ok) state = result.state;
  }
  return state;
}
