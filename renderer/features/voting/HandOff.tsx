/**
 * Shown after a ballot is confirmed: a thank-you that says nothing about
 * the ballot, so the laptop can go to the next person without a glance at
 * anyone's dots.
 */
import { Button } from '../../ui';
import './hand-off.css';

interface HandOffProps {
  readonly name: string;
  readonly onNext: () => void;
}

export function HandOff({ name, onNext }: HandOffProps) {
  return (
    <section className="vote-handoff" aria-labelledby="handoff-heading" data-testid="hand-off">
      <p className="vote-handoff-mark" aria-hidden="true">
        ✓
      </p>
      <h2 id="handoff-heading" className="vote-handoff-title">
        Thank you, {name} — your vote is in.
      </h2>
      <p className="vote-handoff-text">Please pass the laptop on to the next person.</p>
      <Button variant="primary" autoFocus className="vote-handoff-next" onClick={onNext}>
        I am the next voter
      </Button>
    </section>
  );
}
