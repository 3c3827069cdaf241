/**
 * The changes a page keeps when the disk refused them (the host answered
 * 'storage'): what each was, so Retry can send them again in the order they
 * were made, and what they come to in plain words, so the person knows what
 * is waiting and what "Discard these changes" would lose.
 */
import { diffWorkshops } from '../../shared/changes/diff';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { describeChanges } from '../../shared/present/change-summary';
import { applyCommand } from '../../shared/reducer';
import type { CommandContext } from '../../shared/result';

/** Something this page asks of the host that answers with an update of the workshop. */
export type Step =
  | { readonly kind: 'command'; readonly command: ClientCommand }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'restore'; readonly pointId: string };

/** A command's answer: done, with the workshop as the host now has it, or refused with the reason. */
export type DispatchOutcome =
  | { readonly ok: true; readonly workshop: Workshop }
  /** `kept`: the disk refused it; the page keeps it for Retry (shown in the banner), nothing else to do. */
  | { readonly ok: false; readonly message: string; readonly kept?: boolean };

/**
 * What a screen hears about its change when the disk refused it. Short, since the banner under the top bar
 * already shows the host's whole sentence with Retry; a field or a toast repeating it would say it twice.
 * It stays true whatever the person does next (a field keeps showing it after Discard).
 */
export const KEPT_MESSAGE = 'Not saved: the disk refused this change.';

/** A refused step waiting for Retry. `order` is when it was first asked, so several refused at once stay in order. */
export interface KeptStep {
  readonly step: Step;
  readonly order: number;
  /** Tells whoever is still waiting for this step how it ended (a step made while others were waiting). */
  settle?: (outcome: DispatchOutcome) => void;
}

/** Puts a step among the kept ones in the order it was asked. */
export function keepInOrder(kept: KeptStep[], item: KeptStep): void {
  const at = kept.findIndex((other) => other.order > item.order);
  if (at < 0) kept.push(item);
  else kept.splice(at, 0, item);
}

function counted(n: number, one: string, many: string): string {
  return n === 1 ? one : `${String(n)} ${many}`;
}

let describingIds = 0;
/** Ids made while describing are thrown away: only the words are kept. */
const DESCRIBING: CommandContext = {
  now: () => new Date(0).toISOString(),
  newId: () => `unsaved-${String(++describingIds)}`,
};

/**
 * What the kept steps come to, as a phrase: "a card added, 2 ratings changed",
 * or "2 changes and an undo" when an undo is among them (its effect depends on
 * the host's history, which the page does not hold).
 */
export function describeUnsaved(confirmed: Workshop | null, kept: readonly KeptStep[]): string {
  const commands = kept.flatMap((item) => (item.step.kind === 'command' ? [item.step.command] : []));
  const others = kept.length - commands.length;
  if (others === 0 && confirmed) {
    let workshop = confirmed;
    for (const command of commands) {
      const result = applyCommand(workshop, command, DESCRIBING);
      if (result.ok) workshop = result.state;
    }
    const words = describeChanges(diffWorkshops(confirmed, workshop));
    if (words !== 'no changes') return words;
  }
  const parts: string[] = [];
  if (commands.length > 0) parts.push(counted(commands.length, 'a change', 'changes'));
  const undos = kept.filter((item) => item.step.kind === 'undo').length;
  const redos = kept.filter((item) => item.step.kind === 'redo').length;
  const restores = kept.filter((item) => item.step.kind === 'restore').length;
  if (undos > 0) parts.push(counted(undos, 'an undo', 'undos'));
  if (redos > 0) parts.push(counted(redos, 'a redo', 'redos'));
  if (restores > 0) parts.push(counted(restores, 'a return to a restore point', 'returns to restore points'));
  if (parts.length <= 1) return parts[0] ?? 'nothing';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}
