/**
 * The Plan screen: the fixes the room chose on the left, turned into
 * actions on the right — each with an owner, a due date, a way to measure
 * success and a status, in priority order.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Action, Id } from '../../../shared/model';
import { useNotify, useShownFirst } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { mayDispatch } from '../common/seat';
import { ActionItem, type ActionChange } from './ActionItem';
import { ActionReadOnly } from './ActionReadOnly';
import { CandidateFixes } from './CandidateFixes';
import { isReadOnly, planControls } from './plan-controls';
import { actionFromFix, localToday, moveTarget, needsOwner } from './plan-logic';
import { SortableActions } from './SortableActions';
import './plan.css';
import { useWorkshop } from '../../store/use-live-workshop';

/** More actions than a 1080-pixel-high window shows. */
const FIRST_SHOWN = 5;

export function PlanScreen({ dispatch, seat }: ScreenProps) {
  const workshop = useWorkshop();
  const notify = useNotify();
  const [refusal, setRefusal] = useState<{ readonly actionId: Id; readonly message: string } | null>(null);
  // Computed once per visit: the date only decides whether a warning shows.
  const today = useMemo(() => localToday(new Date()), []);
  /** The move button to give focus back to once the moved action is redrawn in its new place. */
  const focusAfterMove = useRef<{ readonly actionId: Id; readonly direction: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  /** The fix just made an action: the keyboard's focus goes to that new action once it is drawn. */
  const focusNewActionOf = useRef<Id | null>(null);
  // A screenful of actions at once; the rest of a long plan follows without holding the screen up.
  const shown = useShownFirst(workshop.actions.length, FIRST_SHOWN);
  const actions = shown < workshop.actions.length ? workshop.actions.slice(0, shown) : workshop.actions;

  useEffect(() => {
    const pending = focusAfterMove.current;
    const list = listRef.current;
    if (!pending || !list) return;
    focusAfterMove.current = null;
    const other = pending.direction === 'up' ? 'down' : 'up';
    const same = list.querySelector<HTMLButtonElement>(`[data-move="${pending.actionId}:${pending.direction}"]`);
    // At the top or bottom the same button is disabled; the opposite one is the sensible place.
    const target = same && !same.disabled ? same : list.querySelector<HTMLButtonElement>(`[data-move="${pending.actionId}:${other}"]`);
    target?.focus();
  }, [workshop.actions]);

  useEffect(() => {
    const fixId = focusNewActionOf.current;
    const action = fixId === null ? undefined : actions.findLast((a) => a.fixId === fixId);
    const item = action ? listRef.current?.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(action.id)}"]`) : null;
    // Until it is drawn (a long plan draws its last actions a moment later), the wish waits.
    if (!item) return;
    focusNewActionOf.current = null;
    item.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [actions]);

  async function makeAction(fixId: Id): Promise<string | null> {
    const fix = workshop.fixes.find((f) => f.id === fixId);
    if (!fix) return 'That fix no longer exists — it may have been deleted.';
    focusNewActionOf.current = fixId;
    const outcome = await dispatch(actionFromFix(fix, workshop));
    if (!outcome.ok) {
      focusNewActionOf.current = null;
      return outcome.message;
    }
    notify.announce(`Added “${fix.title}” to the action plan.`);
    return null;
  }

  async function change(action: Action, change: ActionChange): Promise<string | null> {
    const outcome = await dispatch({ type: 'action/update', actionId: action.id, ...change });
    return outcome.ok ? null : outcome.message;
  }

  async function move(action: Action, index: number, direction: 'up' | 'down') {
    const to = moveTarget(index, direction, workshop.actions.length);
    if (to === null) return;
    focusAfterMove.current = { actionId: action.id, direction };
    if (!(await moveTo(action, to))) focusAfterMove.current = null;
  }

  /** One action/move, from a button or a drop. */
  async function moveTo(action: Action, to: number): Promise<boolean> {
    const outcome = await dispatch({ type: 'action/move', actionId: action.id, toIndex: to });
    if (!outcome.ok) {
      setRefusal({ actionId: action.id, message: outcome.message });
      return false;
    }
    setRefusal(null);
    notify.announce(`“${action.title}” is now number ${to + 1} of ${workshop.actions.length}.`);
    return true;
  }

  async function remove(action: Action) {
    const outcome = await dispatch({ type: 'action/remove', actionId: action.id });
    if (!outcome.ok) {
      setRefusal({ actionId: action.id, message: outcome.message });
      return;
    }
    notify.toast(`Removed “${action.title}” from the plan. Undo brings it back.`, 'success');
  }

  const withoutOwner = workshop.actions.filter(needsOwner).length;
  // Asked of the same rules the host checks: on a team's page the plan is there to read.
  const may = planControls(seat, workshop);
  const readOnly = isReadOnly(may);

  return (
    <div className="plan-screen">
      <CandidateFixes
        workshop={workshop}
        onMakeAction={may.add ? makeAction : undefined}
        mayRevealVotes={mayDispatch(seat, workshop, { type: 'vote/reveal', revealed: true })}
      />
      <section className="plan-panel plan-actions" aria-labelledby="plan-heading">
        <header className="plan-actions-header">
          <h2 id="plan-heading" className="plan-heading">
            Action plan <span className="plan-muted">({workshop.actions.length})</span>
          </h2>
          {withoutOwner > 0 && (
            <p className="plan-badge plan-badge-warning">
              {withoutOwner === 1 ? '1 action needs an owner' : `${withoutOwner} actions need an owner`}
            </p>
          )}
        </header>
        {readOnly && (
          <p className="plan-note" data-testid="plan-read-only">
            The facilitator keeps the plan; it updates here as the room agrees each action.
          </p>
        )}
        {workshop.actions.length === 0 ? (
          <p className="plan-empty">
            {readOnly
              ? 'No actions yet.'
              : 'No actions yet. Choose \u201cMake it an action\u201d beside a fix, then agree who owns it and by when.'}
          </p>
        ) : readOnly ? (
          <ol className="plan-action-list" aria-label="Actions in priority order">
            {actions.map((action, index) => (
              <ActionReadOnly key={action.id} action={action} position={index} workshop={workshop} />
            ))}
          </ol>
        ) : (
          <SortableActions
            listRef={listRef}
            actions={actions}
            onMove={(action, to) => void moveTo(action, to)}
            renderItem={(action, index, drag) => (
              <ActionItem
                key={action.id}
                action={action}
                position={index}
                count={workshop.actions.length}
                workshop={workshop}
                today={today}
                {...drag}
                refusal={refusal?.actionId === action.id ? refusal.message : null}
                onChange={(c) => change(action, c)}
                onMove={(direction) => void move(action, index, direction)}
                onRemove={() => void remove(action)}
              />
            )}
          />
        )}
      </section>
    </div>
  );
}
