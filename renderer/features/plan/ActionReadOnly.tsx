/**
 * One action in the plan as a team's page shows it: everything the
 * facilitator agreed with the room, as text, with nothing to change.
 */
import type { Action, Workshop } from '../../../shared/model';
import { actionText } from './action-text';
import { needsOwner } from './plan-logic';

interface ActionReadOnlyProps {
  readonly action: Action;
  readonly position: number;
  readonly workshop: Workshop;
}

export function ActionReadOnly({ action, position, workshop }: ActionReadOnlyProps) {
  const text = actionText(action, workshop);
  return (
    <li className={`plan-action plan-action-${action.status} plan-action-read`} data-testid="action-item" data-action-id={action.id}>
      <div className="plan-action-head">
        <span className="plan-action-number" aria-hidden="true">
          {position + 1}
        </span>
        <h3 className="plan-action-read-title">{action.title}</h3>
        <span className={`plan-badge plan-status-${action.status}`}>{text.status}</span>
        {needsOwner(action) && <span className="plan-badge plan-badge-warning">Owner needed</span>}
      </div>
      <dl className="plan-action-read-fields">
        <div>
          <dt>Owner</dt>
          <dd>{text.owner}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{text.due}</dd>
        </div>
        <div className="plan-action-read-wide">
          <dt>Lifts</dt>
          <dd>
            {text.pillar} at {text.touchpoint}
          </dd>
        </div>
        <div className="plan-action-read-wide">
          <dt>How we will know it worked</dt>
          <dd>{text.measure}</dd>
        </div>
      </dl>
    </li>
  );
}
