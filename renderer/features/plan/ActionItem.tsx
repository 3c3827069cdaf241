/**
 * One action in the plan, editable in place: title, owner, due date,
 * status, the touchpoint and pillar it addresses, and how success is
 * measured, with buttons to change its priority or remove it. Each field
 * saves itself; a refusal shows under that field.
 */
import { useState, type CSSProperties, type ReactNode } from 'react';
import { ACTION_STATUSES, NAME_MAX, type Action, type Workshop } from '../../../shared/model';
import { Button, CommitField, longTextProblem, nameProblem, TouchpointPicker } from '../../ui';
import { DueDateField } from './DueDateField';
import { LinkSelect } from './LinkSelect';
import { needsOwner, OWNER_NEEDED, STATUS_LABELS } from './plan-logic';

export type ActionChange = Partial<
  Pick<Action, 'title' | 'owner' | 'dueDate' | 'successMeasure' | 'status' | 'pillarId' | 'touchpointId'>
>;

interface ActionItemProps {
  readonly action: Action;
  readonly position: number;
  readonly count: number;
  readonly workshop: Workshop;
  readonly today: string;
  /** Resolves with the refusal, or null when saved. */
  readonly onChange: (change: ActionChange) => Promise<string | null>;
  readonly onMove: (direction: 'up' | 'down') => void;
  readonly onRemove: () => void;
  /** A refusal of the last move or removal of this action. */
  readonly refusal: string | null;
  /** The drag handle, and what makes the item slide while the list is reordered. */
  readonly grip: ReactNode;
  readonly nodeRef: (node: HTMLElement | null) => void;
  readonly slideStyle: CSSProperties;
  readonly dragging: boolean;
}

export function ActionItem(props: ActionItemProps) {
  const { action, position, count, workshop, today, onChange, onMove, onRemove, refusal, grip, nodeRef, slideStyle, dragging } = props;
  const statusId = `action-status-${action.id}`;
  const touchpointId = `action-touchpoint-${action.id}`;
  const pillarId = `action-pillar-${action.id}`;
  /** Why the last choice of touchpoint or pillar was refused (e.g. removed by someone else meanwhile). */
  const [linkRefusal, setLinkRefusal] = useState<string | null>(null);
  const pillars = workshop.framework.pillars;
  const knownPillar = action.pillarId === null || pillars.some((p) => p.id === action.pillarId);

  async function link(change: Pick<ActionChange, 'pillarId' | 'touchpointId'>) {
    setLinkRefusal(await onChange(change));
  }

  return (
    <li
      ref={nodeRef}
      style={slideStyle}
      className={`plan-action plan-action-${action.status}${dragging ? ' plan-action-dragging' : ''}`}
      data-testid="action-item"
      data-action-id={action.id}
    >
      <div className="plan-action-head">
        {grip}
        <span className="plan-action-number" aria-hidden="true">
          {position + 1}
        </span>
        <CommitField
          label={`Action ${position + 1}`}
          hideLabel
          className="plan-action-title"
          value={action.title}
          validate={nameProblem}
          onCommit={(title) => onChange({ title })}
        />
        {needsOwner(action) && <span className="plan-badge plan-badge-warning">Owner needed</span>}
        <div className="plan-action-buttons">
          <Button
            size="sm"
            variant="ghost"
            data-move={`${action.id}:up`}
            disabled={position === 0}
            aria-label={`Move “${action.title}” up`}
            onClick={() => onMove('up')}
          >
            ↑ Up
          </Button>
          <Button
            size="sm"
            variant="ghost"
            data-move={`${action.id}:down`}
            disabled={position === count - 1}
            aria-label={`Move “${action.title}” down`}
            onClick={() => onMove('down')}
          >
            ↓ Down
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Remove “${action.title}”`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      {refusal && (
        <p className="plan-refusal" role="alert">
          {refusal}
        </p>
      )}
      <div className="plan-action-fields">
        <CommitField
          label="Owner"
          value={action.owner}
          placeholder="Who sees it through?"
          validate={(owner) =>
            owner.trim().length > NAME_MAX ? `Keep the owner to ${NAME_MAX} characters or fewer.` : null
          }
          hint={needsOwner(action) ? <span className="plan-warning">{OWNER_NEEDED}</span> : undefined}
          onCommit={(owner) => onChange({ owner })}
        />
        <DueDateField value={action.dueDate} today={today} onCommit={(dueDate) => onChange({ dueDate })} />
        <div className="plan-field">
          <label className="field-label" htmlFor={statusId}>
            Status
          </label>
          <select
            id={statusId}
            className="select"
            value={action.status}
            onChange={(e) => {
              const status = ACTION_STATUSES.find((s) => s === e.target.value);
              if (status) void onChange({ status });
            }}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {/* The touchpoint under the owner, the pillar under the date and status. The
            touchpoint picker is searchable, and its choices exist only while it is open. */}
        <TouchpointPicker
          id={touchpointId}
          workshop={workshop}
          label="Touchpoint it addresses"
          className="plan-action-touchpoint"
          value={action.touchpointId}
          noneLabel="no touchpoint in particular"
          goneLabel="a touchpoint that was removed"
          onChoose={(linked) => void link({ touchpointId: linked })}
        />
        <LinkSelect
          id={pillarId}
          label="Pillar it lifts"
          className="plan-action-pillar"
          value={action.pillarId}
          noneLabel="no pillar in particular"
          goneLabel={knownPillar ? null : 'a pillar of an earlier framework'}
          onChange={(linked) => void link({ pillarId: linked })}
        >
          {pillars.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </LinkSelect>
        {linkRefusal && (
          <p className="plan-refusal plan-action-link-refusal" role="alert">
            {linkRefusal}
          </p>
        )}
        <CommitField
          label="How we will know it worked"
          className="plan-action-measure"
          value={action.successMeasure}
          placeholder="e.g. Complaints about delivery halve by March"
          validate={longTextProblem}
          onCommit={(successMeasure) => onChange({ successMeasure })}
        />
      </div>
    </li>
  );
}
