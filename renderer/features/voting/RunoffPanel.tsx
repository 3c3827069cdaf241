/**
 * A further round to settle things: among the fixes tied for the best
 * shared place, or among the top few (ties at the cut come along). The
 * runoff has its own, smaller dot rules. An open runoff can be cancelled,
 * which returns the room to the round before it.
 */
import { useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { openRound, voteRanking, type RankedFix } from '../../../shared/selectors';
import { Button, ConfirmDialog } from '../../ui';
import type { DispatchOutcome } from '../common/screen-props';
import { ordinal } from '../../../shared/present/ranks';
import { firstTie, parseSetting, parseWhole, roundName, topWithTies } from './voting-logic';
import './vote-panel.css';
import './runoff-panel.css';

interface RunoffPanelProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

export function RunoffPanel({ workshop, dispatch }: RunoffPanelProps) {
  const ranking = voteRanking(workshop).filter((r) => r.dots > 0);
  const tie = firstTie(ranking);
  const [topText, setTopText] = useState('3');
  const [budgetText, setBudgetText] = useState('3');
  const [capText, setCapText] = useState('1');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const round = openRound(workshop);

  async function start(fixes: readonly RankedFix[]) {
    const budget = parseSetting(budgetText, 'the runoff dots per person');
    const cap = parseSetting(capText, 'the most on one fix in the runoff');
    if (!budget.ok || !cap.ok) {
      setRefusal(!budget.ok ? budget.message : !cap.ok ? cap.message : null);
      return;
    }
    const outcome = await dispatch({
      type: 'vote/runoff',
      fixIds: fixes.map((r) => r.fix.id),
      budget: budget.value,
      maxPerFix: cap.value,
    });
    setRefusal(outcome.ok ? null : outcome.message);
  }

  function startTop() {
    const n = parseWhole(topText, 'how many top fixes', 2, 50);
    if (!n.ok) {
      setRefusal(n.message);
      return;
    }
    void start(topWithTies(ranking, n.value));
  }

  return (
    <section className="vote-runoff" aria-labelledby="runoff-heading" data-testid="runoff-panel">
      <h4 id="runoff-heading" className="vote-runoff-heading">
        Runoff
      </h4>
      {(tie.length >= 2 || ranking.length > 2) && (
        <>
          <div className="vote-runoff-rules">
            <label className="vote-small-field">
              <span>Runoff dots each</span>
              <input className="field-input" inputMode="numeric" value={budgetText} onChange={(e) => setBudgetText(e.target.value)} />
            </label>
            <label className="vote-small-field">
              <span>Most on one fix</span>
              <input className="field-input" inputMode="numeric" value={capText} onChange={(e) => setCapText(e.target.value)} />
            </label>
          </div>
          <div className="vote-runoff-buttons">
            {tie.length >= 2 && (
              <Button variant="primary" onClick={() => void start(tie)}>
                Runoff among the tied fixes ({tie.length} tied {ordinal(tie[0]?.rank ?? 1)})
              </Button>
            )}
            {ranking.length > 2 && (
              <span className="vote-runoff-top">
                <label className="vote-small-field">
                  <span>Top</span>
                  <input
                    className="field-input vote-runoff-n"
                    inputMode="numeric"
                    aria-label="How many top fixes go into the runoff"
                    value={topText}
                    onChange={(e) => setTopText(e.target.value)}
                  />
                </label>
                <Button onClick={startTop}>Runoff among the top {topText.trim() || 'N'}</Button>
              </span>
            )}
          </div>
        </>
      )}
      {tie.length < 2 && ranking.length <= 2 && (
        <p className="vote-muted">No tie to settle. This order goes to the Plan screen.</p>
      )}
      {round > 0 && (
        <Button size="sm" variant="ghost" className="vote-runoff-cancel" onClick={() => setCancelling(true)}>
          Cancel the runoff
        </Button>
      )}
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
      {cancelling && (
        <ConfirmDialog
          title={`Cancel ${roundName(workshop)}?`}
          message={<p>Any dots cast in this runoff are cleared, and the room goes back to the round before it with its results shown.</p>}
          confirmLabel="Cancel the runoff"
          cancelLabel="Keep it"
          danger
          onConfirm={async () => {
            const outcome = await dispatch({ type: 'vote/cancel-runoff' });
            setRefusal(outcome.ok ? null : outcome.message);
            setCancelling(false);
          }}
          onCancel={() => setCancelling(false)}
        />
      )}
    </section>
  );
}
