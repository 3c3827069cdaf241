/**
 * "End the ballot": the PIN chosen at the start, or — when this browser's
 * stored lock could not be read and no PIN can be checked — the workshop's
 * title typed out, a step only someone who means it takes. A wrong answer
 * says so and changes nothing; after three wrong PINs each try waits a little.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button, Dialog, TextField } from '../../../ui';
import { PIN_DIGITS } from './pin';
import type { BallotSeal } from './use-ballot-seal';
import { waitSentence } from './wrong-tries';

interface EndSealDialogProps {
  readonly seal: BallotSeal;
  /** The workshop's title: the way out when the lock is damaged. */
  readonly title: string;
  readonly onCancel: () => void;
  /** The ballot has ended: the page opens again. */
  readonly onEnded: () => void;
}

/** Seconds left to wait, counted down once a second while there are any. */
function useWait(seal: BallotSeal): number {
  const [now, setNow] = useState(() => Date.now());
  const left = seal.secondsToWait(now);
  useEffect(() => {
    if (left === 0) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [left]);
  return left;
}

export function EndSealDialog({ seal, title, onCancel, onEnded }: EndSealDialogProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const wait = useWait(seal);
  const waiting = wait > 0 && !seal.damaged;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = seal.damaged ? seal.unsealByTitle(typed, title) : await seal.unseal(typed);
    setBusy(false);
    if (outcome.ok) {
      onEnded();
    } else {
      setError(outcome.message);
      setTyped('');
      document.getElementById(fieldId)?.focus();
    }
  }

  return (
    <Dialog title="End the ballot" onClose={onCancel} className="seal-dialog" data-testid="end-seal">
      <form className="seal-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="dialog-body">
          {seal.damaged ? (
            <p data-testid="seal-damaged">
              This laptop&rsquo;s lock could not be read back, so the PIN cannot be checked. To end the ballot, type the
              workshop&rsquo;s title as it appears in the list of workshops.
            </p>
          ) : (
            <p>Type the PIN chosen when the ballot started. The other screens open again.</p>
          )}
        </div>
        {seal.damaged ? (
          <TextField id={fieldId} label="The workshop’s title" value={typed} autoComplete="off" autoFocus onChange={(e) => setTyped(e.target.value)} />
        ) : (
          <TextField
            id={fieldId}
            label="PIN"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={PIN_DIGITS.max}
            value={typed}
            autoFocus
            disabled={waiting}
            onChange={(e) => setTyped(e.target.value)}
          />
        )}
        <div className="seal-end-message" role="alert" data-testid="end-seal-message">
          {error && <p>{error}</p>}
          {waiting && <p>{waitSentence(wait)}</p>}
        </div>
        <div className="dialog-actions">
          <Button onClick={onCancel} disabled={busy}>
            Keep the ballot going
          </Button>
          <Button type="submit" variant="primary" disabled={busy || waiting || typed === ''}>
            End the ballot
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
