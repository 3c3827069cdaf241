/**
 * The team's scores so far, beside the grid: the overall index and each
 * pillar's average, so the room sees the picture form while it rates.
 */
import type { Id, Workshop } from '../../../shared/model';
import { overallIndex, pillarScores } from '../../../shared/selectors';
import { formatIndex, formatScore } from '../../../shared/present/numbers';

interface RatingSummaryProps {
  readonly workshop: Workshop;
  readonly teamId: Id;
  /** Answered cells among the rows on screen, so the count matches what the team sees. */
  readonly progress: { readonly rated: number; readonly total: number };
}

export function RatingSummary({ workshop, teamId, progress }: RatingSummaryProps) {
  const scores = pillarScores(workshop, teamId);
  const overall = overallIndex(workshop, teamId);
  return (
    // It scrolls beside a long grid: the keyboard reaches it to scroll it too.
    <aside className="rating-summary" aria-labelledby="rating-summary-heading" tabIndex={0} data-testid="rating-summary">
      <h3 id="rating-summary-heading" className="rating-summary-heading">
        Scores so far
      </h3>
      <p className="rating-summary-overall">
        <span className="rating-summary-overall-number">{formatIndex(overall)}</span>
        <span className="rating-summary-overall-text">
          {overall === null ? 'overall index (nothing rated yet)' : 'out of 100, overall index'}
        </span>
      </p>
      <p className="rating-summary-progress">
        {progress.rated} of {progress.total} ratings given
      </p>
      <dl className="rating-summary-pillars">
        {scores.map((score) => (
          <div
            key={score.pillarId}
            className="rating-summary-pillar"
            title={`${score.ratingCount} rated, ${score.notApplicableCount} not applicable · weight ${Math.round(score.weight)}%`}
          >
            <dt>{score.name}</dt>
            <dd>
              <span className="rating-summary-number">{formatScore(score.average)}</span>
              <span className="rating-summary-bar" aria-hidden="true">
                <span style={{ width: `${score.index ?? 0}%` }} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
