/**
 * "Start passing the laptop": the person starting the ballot (the
 * facilitator, or whoever runs a team's page) chooses a PIN, typed twice, and
 * is told plainly that it is the only way back to the other screens.
 */
import { useId, useState, type FormEvent } from 'react';
import { Button, Dialog, TextField } from '../../../ui';
import { enterFullScreen, leaveFullScreen } from './full-screen';
import { PIN_DIGITS, pinProblem } from './pin';
import '../vote-panel.css';

interface StartSealDialogProps {
  /** Seals the page; resolves with why not, or null when sealed. */
  readonly onSeal: (pin: string) => Promise<string | null>;
  readonly onCancel: () => void;
}

export function StartSealDialog({ onSeal, onCancel }: StartSealDialogProps) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [againError, setAgainError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pinId = useId();
  const againId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = pinProblem(pin);
    if (problem) {
      setPinError(problem);
      document.getElementById(pinId)?.focus();
      return;
    }
    if (again !== pin) {
      setAgainError('The two PINs are not the same. Type the PIN again.');
      setAgain('');
      document.getElementById(againId)?.focus();
      return;
    }
    // Asked now, while the click still counts as the person's: the browser refuses full screen later.
    enterFullScreen();
    setBusy(true);
    const why = await onSeal(pin);
    setBusy(false);
    if (why) {
      leaveFullScreen();
      setRefusal(why);
    }
  }

  const digits = { inputMode: 'numeric', autoComplete: 'off', maxLength: PIN_DIGITS.max, type: 'password' } as const;
  return (
    <Dialog title="Pass the laptop round" onClose={onCancel} className="seal-dialog" data-testid="start-seal">
      <form className="seal-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="dialog-body">
          <p>
            From now on this laptop shows only the ballot: who votes next, their private ballot, and a thank-you. The
            other screens, Undo and Export are closed until the ballot ends.
          </p>
          <p>
            <strong>Choose a PIN of {PIN_DIGITS.min} to {PIN_DIGITS.max} digits.</strong> You will need it to end the
            ballot, so keep it to yourself and remember it.
          </p>
        </div>
        <div className="seal-pins">
          <TextField
            id={pinId}
            label="PIN"
            {...digits}
            value={pin}
            error={pinError}
            autoFocus
            onChange={(e) => {
              setPin(e.target.value);
              setPinError(null);
            }}
          />
          <TextField
            id={againId}
            label="The same PIN again"
            {...digits}
            value={again}
            error={againError}
            onChange={(e) => {
              setAgain(e.target.value);
              setAgainError(null);
            }}
          />
        </div>
        {refusal && (
          <p className="vote-refusal" role="alert">
            {refusal}
          </p>
        )}
        <div className="dialog-actions">
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            Lock the laptop to the ballot
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
