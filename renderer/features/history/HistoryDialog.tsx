/**
 * "History…": the workshop's restore points, newest first, and going back to
 * one. Going back is one step of the facilitator's, so the top bar's Undo
 * takes it back, and the host keeps a restore point of now before it: nothing
 * is lost either way, and the confirmation says so.
 */
import { useMemo, useState } from 'react';
import type { RestorePoint } from '../../../shared/wire';
import type { DispatchOutcome } from '../../store/live-workshop';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button, ConfirmDialog, Dialog, EmptyState, useNotify } from '../../ui';
import { pointMoments, type PointMoment } from './point-words';
import { RestorePointItem } from './RestorePointItem';
import { useRestorePoints } from './use-restore-points';
import './history.css';

export interface HistoryDialogProps {
  readonly workshopId: string;
  /** Goes back to the point (the open workshop's store: one undoable step). */
  readonly restore: (pointId: string) => Promise<DispatchOutcome>;
  readonly onClose: () => void;
}

export function HistoryDialog({ workshopId, restore, onClose }: HistoryDialogProps) {
  const listing = useRestorePoints(workshopId);
  const { toast } = useNotify();
  const [now] = useState(() => new Date());
  // The workshop's way of writing times, not the browser's: the same on every laptop and in the plan.
  const locale = useWorkshopSelector((workshop) => workshop.locale);
  const [choosing, setChoosing] = useState<{ point: RestorePoint; moment: PointMoment } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const moments = useMemo(() => (listing.kind === 'loaded' ? pointMoments(listing.points, now, locale) : []), [listing, now, locale]);

  async function goBack(point: RestorePoint, moment: PointMoment): Promise<void> {
    const outcome = await restore(point.id);
    if (outcome.ok) {
      toast(`Went back to ${moment.short}. Undo brings back what was there.`, 'success');
      onClose();
    } else if (outcome.kept) {
      // The disk refused it: the banner under the top bar says so and offers Retry.
      onClose();
    } else {
      setChoosing(null);
      setRefusal(outcome.message);
    }
  }

  return (
    <Dialog title="History" onClose={onClose} className="history-dialog" data-testid="history-dialog">
      <p className="history-intro">
        Go back to how the workshop was at one of these moments. Going back is one step: Undo brings back what was there.
      </p>
      {refusal ? (
        <p className="history-refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      {listing.kind === 'loading' ? (
        <p className="muted" role="status">
          Looking for restore points…
        </p>
      ) : listing.kind === 'failed' ? (
        <p className="history-refusal" role="alert">
          {listing.message}
        </p>
      ) : listing.points.length === 0 ? (
        <EmptyState title="No restore points yet">
          <p>Journey Room keeps one every five minutes while people work, and before any step that takes a lot away.</p>
        </EmptyState>
      ) : (
        <ol className="history-list" aria-label="Restore points, newest first">
          {listing.points.map((point, i) => {
            const moment = moments[i];
            return moment ? (
              <RestorePointItem key={point.id} point={point} moment={moment} onChoose={() => setChoosing({ point, moment })} />
            ) : null;
          })}
        </ol>
      )}
      <div className="dialog-actions">
        <Button onClick={onClose}>Close</Button>
      </div>
      {choosing ? (
        <ConfirmDialog
          title={`Go back to ${choosing.moment.short}?`}
          message={
            <>
              <p>
                The workshop goes back to how it was {choosing.moment.asItWas}. You can undo this, and a restore point of now is kept
                first.
              </p>
              <p className="muted">What changed since then is taken away: {choosing.point.since}.</p>
            </>
          }
          confirmLabel="Go back"
          onConfirm={() => goBack(choosing.point, choosing.moment)}
          onCancel={() => setChoosing(null)}
        />
      ) : null}
    </Dialog>
  );
}
