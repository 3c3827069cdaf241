/**
 * The results of the open round. While they are secret only turnout shows;
 * after the reveal, the fixes ranked by dots with ties written as ties
 * ("tied 2nd"), and the runoff panel to settle a tie or narrow the field.
 */
import { useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { resultsVisible, voteRanking } from '../../../shared/selectors';
import { Button } from '../../ui';
import type { DispatchOutcome } from '../common/screen-props';
import { mayDispatch, type Seat } from '../common/seat';
import { RunoffPanel } from './RunoffPanel';
import { rankLabel } from '../../../shared/present/ranks';
import { dotsWord } from './voting-logic';
import './vote-panel.css';
import './vote-results.css';

interface VoteResultsProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  /** "23 of 40 have voted". */
  readonly progress: string;
  /** Who uses this page: the reveal and runoffs are offered only where the host would take them. */
  readonly seat?: Seat;
}

export function VoteResults({ workshop, dispatch, progress, seat }: VoteResultsProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const { secret, revealed } = workshop.voting;
  const visible = resultsVisible(workshop);
  const mayReveal = mayDispatch(seat, workshop, { type: 'vote/reveal', revealed: !revealed });
  const mayRunoff = mayDispatch(seat, workshop, { type: 'vote/cancel-runoff' });

  async function reveal(next: boolean) {
    const outcome = await dispatch({ type: 'vote/reveal', revealed: next });
    setRefusal(outcome.ok ? null : outcome.message);
  }

  return (
    <section className="vote-panel vote-results" aria-labelledby="results-heading" data-testid="vote-results">
      <header className="vote-header vote-results-header">
        <h3 id="results-heading" className="vote-panel-heading">
          Results
        </h3>
        {secret &&
          mayReveal &&
          (revealed ? (
            <Button size="sm" onClick={() => void reveal(false)}>
              Hide results
            </Button>
          ) : (
            <Button variant="primary" onClick={() => void reveal(true)}>
              Reveal results
            </Button>
          ))}
      </header>
      <p className="vote-turnout" data-testid="vote-progress">
        {progress}
      </p>
      {visible ? (
        <Ranking workshop={workshop} />
      ) : (
        <p className="vote-hidden-note">
          {mayReveal ? 'Results stay hidden until you reveal them.' : 'Results stay hidden until the facilitator reveals them.'}
        </p>
      )}
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
      {visible && mayRunoff && <RunoffPanel workshop={workshop} dispatch={dispatch} />}
    </section>
  );
}

function Ranking({ workshop }: { readonly workshop: Workshop }) {
  const ranking = voteRanking(workshop);
  const withDots = ranking.filter((r) => r.dots > 0);
  const without = ranking.filter((r) => r.dots === 0);
  if (withDots.length === 0) return <p>No dots yet in this round.</p>;
  return (
    <>
      <ol className="vote-ranking" aria-label="Fixes ranked by dots">
        {withDots.map((entry) => (
          <li key={entry.fix.id} className={`vote-rank-item${entry.tied ? ' vote-rank-tied' : ''}`} data-testid="ranked-fix">
            <span className="vote-rank">{rankLabel(entry)}</span>
            <span className="vote-rank-title">{entry.fix.title}</span>
            <span className="vote-rank-dots">{dotsWord(entry.dots)}</span>
          </li>
        ))}
      </ol>
      {without.length > 0 && (
        <p className="vote-muted vote-no-dots">No dots: {without.map((entry) => entry.fix.title).join(' · ')}</p>
      )}
    </>
  );
}
