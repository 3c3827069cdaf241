/**
 * Which plan controls this page offers, asked of seat.ts (and so of
 * shared/roles.ts, which the host checks) rather than decided here.
 */
import type { Workshop } from '../../../shared/model';
import { mayDispatch, type Seat } from '../common/seat';

export interface PlanControls {
  /** "Make it an action" beside a fix. */
  readonly add: boolean;
  /** The fields of an action, as inputs rather than text. */
  readonly edit: boolean;
  /** The drag grip and the Up and Down buttons. */
  readonly move: boolean;
  readonly remove: boolean;
}

export function planControls(seat: Seat | undefined, workshop: Workshop): PlanControls {
  const first = workshop.actions[0]?.id ?? '';
  return {
    add: mayDispatch(seat, workshop, {
      type: 'action/add',
      fixId: null,
      title: 'An action',
      owner: '',
      dueDate: '',
      pillarId: null,
      touchpointId: null,
    }),
    edit: mayDispatch(seat, workshop, { type: 'action/update', actionId: first }),
    move: mayDispatch(seat, workshop, { type: 'action/move', actionId: first, toIndex: 0 }),
    remove: mayDispatch(seat, workshop, { type: 'action/remove', actionId: first }),
  };
}

/** Nothing in the plan may be changed from this page: it is shown to read. */
export function isReadOnly(controls: PlanControls): boolean {
  return !controls.add && !controls.edit && !controls.move && !controls.remove;
}
