/**
 * One restore point in the History dialog: when, what kind, what has changed
 * since, and the button that goes back to it.
 */
import { useId } from 'react';
import type { RestorePoint } from '../../../shared/wire';
import { Button } from '../../ui';
import { pointKind, type PointMoment } from './point-words';

export interface RestorePointItemProps {
  readonly point: RestorePoint;
  readonly moment: PointMoment;
  readonly onChoose: () => void;
}

export function RestorePointItem({ point, moment, onChoose }: RestorePointItemProps) {
  const headingId = useId();
  return (
    <li className="history-point" data-testid="history-point">
      <div className="history-point-text">
        <h3 id={headingId} className="history-point-time">
          <time dateTime={point.at}>{moment.heading}</time>
        </h3>
        <p className={`history-point-kind${point.kind === 'auto' ? '' : ' history-point-step'}`}>{pointKind(point)}</p>
        <p className="history-point-since">Since then: {point.since}.</p>
      </div>
      {/* The visible words are the button's name; which point it is comes from the heading. */}
      <Button size="sm" onClick={onChoose} aria-describedby={headingId}>
        Go back to this
      </Button>
    </li>
  );
}
