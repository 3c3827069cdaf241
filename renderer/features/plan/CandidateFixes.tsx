/**
 * The fixes the room may turn into actions: the top ones by dots once the
 * tally is revealed, otherwise every fix as proposed. Each has one button,
 * "Make it an action".
 */
import { useState } from 'react';
import type { Id, Workshop } from '../../../shared/model';
import { Button, useShownFirst } from '../../ui';
import { candidateFixes, type Candidate } from './plan-logic';

interface CandidateFixesProps {
  readonly workshop: Workshop;
  /** Absent when this page may not add to the plan (a team's page): the fixes are listed to read. */
  readonly onMakeAction?: (fixId: Id) => Promise<string | null>;
  /** Whether this page may reveal the vote's results, so may be sent to the Vote screen to do it. */
  readonly mayRevealVotes: boolean;
}

const BASIS_TEXT = {
  votes: 'Ranked by the dots people gave them.',
  hidden: 'The votes are still hidden, so fixes are listed as proposed. Reveal the results on the Vote screen to rank them.',
  'no-votes': 'Nobody has voted yet, so every fix is listed as proposed.',
} as const;

/** For a page that cannot reveal the results itself (a team's page). */
const HIDDEN_UNTIL_REVEALED = 'The votes are still hidden, so fixes are listed as proposed until the facilitator reveals the results.';

/** How the ranking was reached once there were runoffs: each fix's dots are from one round, never added up. */
function afterRunoffs(runoffs: number): string {
  return `Ranked by the vote: the fixes in runoff ${runoffs} first, by the dots they got there, then the rest by the rounds before. Each fix shows the dots of the last round it was in.`;
}

/** More fixes than a 1080-pixel-high window lists. */
const FIRST_SHOWN = 12;

export function CandidateFixes({ workshop, onMakeAction, mayRevealVotes }: CandidateFixesProps) {
  const { basis, top, others } = candidateFixes(workshop);
  const runoffs = workshop.voting.runoffs.length;
  // A screenful of fixes at once; the rest of a long list follows without holding the screen up.
  const shown = useShownFirst(top.length, FIRST_SHOWN);
  const [refusal, setRefusal] = useState<{ readonly fixId: Id; readonly message: string } | null>(null);

  async function make(fixId: Id) {
    if (!onMakeAction) return;
    const message = await onMakeAction(fixId);
    setRefusal(message ? { fixId, message } : null);
  }

  const renderItem = (c: Candidate) => (
    <li key={c.fix.id} className="plan-candidate" data-testid="plan-candidate">
      {c.rank && <span className="plan-candidate-rank">{c.rank}</span>}
      <span className="plan-candidate-title">
        {c.fix.title}
        {c.dotsWords !== null && <span className="plan-muted plan-candidate-dots"> · {c.dotsWords}</span>}
      </span>
      {c.actioned ? (
        <span className="plan-candidate-done">In the plan ✓</span>
      ) : (
        onMakeAction && (
          <Button size="sm" onClick={() => void make(c.fix.id)} aria-label={`“${c.fix.title}”: make it an action`}>
            Make it an action
          </Button>
        )
      )}
      {refusal?.fixId === c.fix.id && (
        <p className="plan-refusal plan-candidate-refusal" role="alert">
          {refusal.message}
        </p>
      )}
    </li>
  );

  return (
    <section className="plan-panel plan-candidates" aria-labelledby="candidates-heading">
      <h3 id="candidates-heading" className="plan-panel-heading">
        {basis === 'votes' ? 'Top fixes' : 'Fixes'}
      </h3>
      {workshop.fixes.length === 0 ? (
        <p className="plan-muted">No fixes have been proposed yet. Add them on the Fix screen.</p>
      ) : (
        <>
          <p className="plan-muted plan-basis">
            {basis === 'hidden' && !mayRevealVotes ? HIDDEN_UNTIL_REVEALED : basis === 'votes' && runoffs > 0 ? afterRunoffs(runoffs) : BASIS_TEXT[basis]}
          </p>
          {top.length > 0 && (
            // Room for "tied 3rd" in every row when there is a tie, so the titles line up.
            <ol className={`plan-candidate-list${top.some((c) => c.tied) ? ' plan-candidate-list-tied' : ''}`}>
              {top.slice(0, shown).map(renderItem)}
            </ol>
          )}
          {others.length > 0 && (
            <details className="plan-others">
              <summary>Fixes without dots ({others.length})</summary>
              <ul className="plan-candidate-list">{others.map(renderItem)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
