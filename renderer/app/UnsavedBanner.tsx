/**
 * Under the top bar while the disk refuses the room's changes: the host's
 * sentence (what happened, what to do, what is safe), what is waiting to be
 * saved, Retry, and a way to give those changes up that says what is lost.
 * It goes away as soon as everything is saved, and focus then lands on the
 * top bar's "All changes saved" rather than nowhere.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, ConfirmDialog, WarningIcon } from '../ui';
import type { LiveWorkshop } from '../store/live-workshop';
import { useLiveSelector } from '../store/use-live-workshop';
import { SAVE_STATE_ID } from './SaveIndicator';

export function UnsavedBanner({ store }: { store: LiveWorkshop }) {
  const saveState = useLiveSelector(store, (live) => live.saveState);
  const [discarding, setDiscarding] = useState(false);
  /** Set when the person acted in the banner, so focus follows them when it goes. */
  const refocus = useRef(false);
  const shown = saveState.kind === 'failed' && saveState.canRetry;

  useEffect(() => {
    if (shown || !refocus.current) return;
    refocus.current = false;
    document.getElementById(SAVE_STATE_ID)?.focus();
  }, [shown]);

  if (saveState.kind !== 'failed' || !saveState.canRetry) return null;
  const { message, unsaved, retrying } = saveState;

  async function retry(): Promise<void> {
    // Not disabled while it runs: a focused button that is disabled drops the keyboard's place.
    if (retrying) return;
    refocus.current = true;
    const saved = await store.retry();
    if (!saved) refocus.current = false;
  }

  return (
    <div className="unsaved-banner" data-testid="unsaved-banner">
      <WarningIcon size={22} />
      <div className="unsaved-banner-text" role="alert">
        <p className="unsaved-banner-message">{message}</p>
        <p className="unsaved-banner-waiting">Waiting to be saved: {unsaved}.</p>
      </div>
      <div className="unsaved-banner-actions">
        <Button variant="primary" onClick={() => void retry()} aria-disabled={retrying} data-testid="retry-save">
          {retrying ? 'Trying again…' : 'Retry'}
        </Button>
        <Button variant="ghost" className="danger-text" onClick={() => setDiscarding(true)}>
          Discard these changes
        </Button>
      </div>
      {discarding ? (
        <ConfirmDialog
          title="Discard what was not saved?"
          message={
            <p>
              These changes are lost for good: {unsaved}. The workshop stays as it was last saved, and Undo cannot
              bring them back.
            </p>
          }
          confirmLabel="Discard changes"
          cancelLabel="Keep them"
          danger
          onConfirm={async () => {
            refocus.current = true;
            await store.discard();
            setDiscarding(false);
          }}
          onCancel={() => setDiscarding(false)}
        />
      ) : null}
    </div>
  );
}
