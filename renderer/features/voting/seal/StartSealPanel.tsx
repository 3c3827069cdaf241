/**
 * On a shared page voting by ballot: the offer to lock the laptop to the
 * ballot before it goes round, and the PIN dialog that does it.
 */
import { useState } from 'react';
import { Button } from '../../../ui';
import { StartSealDialog } from './StartSealDialog';
import { useBallotSeal } from './use-ballot-seal';
import '../vote-panel.css';
import './seal.css';

export function StartSealPanel({ workshopId }: { readonly workshopId: string }) {
  const seal = useBallotSeal(workshopId);
  const [asking, setAsking] = useState(false);
  return (
    <section className="vote-panel seal-start" aria-labelledby="seal-start-heading">
      <div className="seal-start-text">
        <h3 id="seal-start-heading" className="vote-panel-heading">
          Passing one laptop round?
        </h3>
        <p className="vote-muted">Lock it to the ballot first: voters then see only their own ballot, and a PIN unlocks the rest.</p>
      </div>
      <Button variant="primary" onClick={() => setAsking(true)} data-testid="start-sealed-ballot">
        Start passing the laptop
      </Button>
      {asking && <StartSealDialog onSeal={seal.seal} onCancel={() => setAsking(false)} />}
    </section>
  );
}
