/**
 * The tally. Until the facilitator reveals it, only turnout shows (how many
 * people voted, how many dots are down) so nobody follows the crowd; after,
 * the ranked fixes, with ties written as ties.
 */
import { useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { voteRanking } from '../../../shared/selectors';
import { Button } from '../../ui';
import type { DispatchOutcome } from '../screen-props';
import { dotsWord, rankLabel, splitRanking, votingTally } from './voting-logic';

interface VoteResultsProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

export function VoteResults({ workshop, dispatch }: VoteResultsProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const revealed = workshop.voting.revealed;
  const tally = votingTally(workshop);

  async function reveal(next: boolean) {
    const outcome = await dispatch({ type: 'vote/reveal', revealed: next });
    setRefusal(outcome.ok ? null : outcome.message);
  }

  return (
    <section className="vote-panel vote-results" aria-labelledby="results-heading" data-testid="vote-results">
      <header className="vote-results-header">
        <h3 id="results-heading" className="vote-panel-heading">
          Results
        </h3>
        {revealed ? (
          <Button size="sm" onClick={() => void reveal(false)}>
            Hide results
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void reveal(true)}>
            Reveal results
          </Button>
        )}
      </header>
      <p className="vote-turnout">
        {tally.participantsVoted} of {tally.participantCount} {tally.participantCount === 1 ? 'person has' : 'people have'} voted ·{' '}
        {dotsWord(tally.dotsCast)} cast
      </p>
      {revealed ? <Ranking workshop={workshop} /> : <p className="vote-muted">Results stay hidden until you reveal them.</p>}
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}

function Ranking({ workshop }: { readonly workshop: Workshop }) {
  const { withDots, withoutDots } = splitRanking(voteRanking(workshop));
  if (withDots.length === 0) return <p>No dots have been cast yet.</p>;
  return (
    <>
      <ol className="vote-ranking" aria-label="Fixes ranked by dots">
        {withDots.map((entry) => (
          <li key={entry.fix.id} className="vote-rank-item" data-testid="ranked-fix">
            <span className="vote-rank" aria-label={entry.tied ? `Joint ${entry.rank}` : `Rank ${entry.rank}`}>
              {rankLabel(entry)}
            </span>
            <span className="vote-rank-title">{entry.fix.title}</span>
            <span className="vote-rank-dots">{dotsWord(entry.dots)}</span>
          </li>
        ))}
      </ol>
      {withoutDots.length > 0 && (
        <p className="vote-muted vote-no-dots">
          No dots: {withoutDots.map((entry) => entry.fix.title).join(' · ')}
        </p>
      )}
    </>
  );
}
