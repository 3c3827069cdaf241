/**
 * Merges two fixes that say the same thing: the fix the person started from
 * folds into the one they pick. Before anything changes, the dialog shows
 * what the kept fix will hold — touchpoints, pillars and dots together.
 */
import { useId, useState } from 'react';
import type { Fix, Workshop } from '../../../shared/model';
import { resultsVisible } from '../../../shared/selectors';
import { Button, Dialog } from '../../ui';
import { mergePreview } from './merge-logic';

interface MergeDialogProps {
  readonly workshop: Workshop;
  /** The fix that goes; its dots, links and pillars move to the chosen one. */
  readonly from: Fix;
  /** Sends fix/merge; resolves with the refusal, or null when merged. */
  readonly onMerge: (kept: Fix) => Promise<string | null>;
  readonly onClose: () => void;
}

export function MergeDialog({ workshop, from, onMerge, onClose }: MergeDialogProps) {
  const others = workshop.fixes.filter((f) => f.id !== from.id);
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const target = others.find((f) => f.id === targetId);
  const preview = target ? mergePreview(workshop, target.id, from.id) : null;
  const showDots = resultsVisible(workshop);

  async function merge() {
    if (!target) return;
    setBusy(true);
    const message = await onMerge(target);
    setBusy(false);
    setRefusal(message);
  }

  return (
    <Dialog title={`Merge “${from.title}” into…`} onClose={onClose} className="fix-merge-dialog" data-testid="merge-dialog">
      <div className="dialog-body">
        <div className="fix-field">
          <label className="fix-label" htmlFor={selectId}>
            The fix to keep
          </label>
          <select id={selectId} className="select" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            {others.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        {preview?.ok === true && (
          <dl className="fix-merge-preview" data-testid="merge-preview">
            <div>
              <dt>Title</dt>
              <dd>{preview.merged.title}</dd>
            </div>
            <div>
              <dt>Touchpoints</dt>
              <dd>{names(preview.merged.touchpointIds, workshop.touchpoints.map((t) => ({ id: t.id, name: t.title })))}</dd>
            </div>
            <div>
              <dt>Pillars</dt>
              <dd>{names(preview.merged.pillarIds, workshop.framework.pillars)}</dd>
            </div>
            <div>
              <dt>Dots</dt>
              <dd data-testid="merge-dots">
                {showDots
                  ? `${preview.keptDots} + ${preview.otherDots} → ${preview.mergedDots}${
                      preview.mergedDots < preview.keptDots + preview.otherDots
                        ? ' (dots over a person’s limit on one fix go back to them to spend again)'
                        : ''
                    }`
                  : 'Combined; they stay hidden until the results are revealed.'}
              </dd>
            </div>
            {preview.actionsMoved > 0 && (
              <div>
                <dt>Actions</dt>
                <dd>
                  {preview.actionsMoved === 1 ? '1 action follows' : `${preview.actionsMoved} actions follow`} the kept fix.
                </dd>
              </div>
            )}
          </dl>
        )}
        <p className="fix-muted">“{from.title}” goes. Undo brings it back.</p>
        {(refusal ?? (preview?.ok === false ? preview.message : null)) && (
          <p className="fix-refusal" role="alert">
            {refusal ?? (preview?.ok === false ? preview.message : '')}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <Button onClick={onClose} autoFocus disabled={busy}>
          Cancel
        </Button>
        <Button variant="primary" onClick={() => void merge()} disabled={busy || !preview?.ok}>
          Merge
        </Button>
      </div>
    </Dialog>
  );
}

function names(ids: readonly string[], items: readonly { readonly id: string; readonly name: string }[]): string {
  const found = ids.map((id) => items.find((i) => i.id === id)?.name).filter((n) => n !== undefined);
  return found.length === 0 ? 'none' : found.join(', ');
}
