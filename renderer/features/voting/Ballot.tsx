/**
 * One person's ballot: every fix with − and + buttons for their dots, and
 * how much of their budget is used. Only their own dots are shown, so the
 * laptop can be passed round without giving the tally away.
 */
import { useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Id, Participant, Workshop } from '../../../shared/model';
import { dotsOn, dotsSpent } from '../../../shared/selectors';
import type { DispatchOutcome } from '../screen-props';
import { budgetText, dotsWord } from './voting-logic';

interface BallotProps {
  readonly workshop: Workshop;
  readonly participant: Participant;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

export function Ballot({ workshop, participant, dispatch }: BallotProps) {
  const [refusal, setRefusal] = useState<{ readonly fixId: Id; readonly message: string } | null>(null);
  const { budget, maxPerFix } = workshop.voting;
  const used = dotsSpent(workshop, participant.id);
  const team = workshop.teams.find((t) => t.id === participant.teamId);

  async function setDots(fixId: Id, dots: number) {
    const outcome = await dispatch({ type: 'vote/set', participantId: participant.id, fixId, dots: Math.max(0, dots) });
    setRefusal(outcome.ok ? null : { fixId, message: outcome.message });
  }

  return (
    <section className="vote-panel vote-ballot" aria-labelledby="ballot-heading">
      <header className="vote-ballot-header">
        <h3 id="ballot-heading" className="vote-panel-heading">
          {participant.name}&rsquo;s dots{team ? <span className="vote-muted"> · {team.name}</span> : null}
        </h3>
        <p className={`vote-budget${used >= budget ? ' vote-budget-full' : ''}`} aria-live="polite" data-testid="dots-used">
          <DotRow filled={used} total={budget} />
          <span>{budgetText(used, budget)}</span>
        </p>
      </header>
      <p className="vote-muted vote-ballot-rule">Up to {dotsWord(maxPerFix)} on any one fix.</p>
      {workshop.fixes.length === 0 ? (
        <p>There are no fixes to vote on yet. Propose some on the Fix screen first.</p>
      ) : (
        <ul className="vote-ballot-list">
          {workshop.fixes.map((fix) => {
            const mine = dotsOn(workshop, participant.id, fix.id);
            return (
              <li key={fix.id} className={`vote-ballot-item${mine > 0 ? ' vote-ballot-item-chosen' : ''}`}>
                <span className="vote-ballot-title">{fix.title}</span>
                <span className="vote-stepper" role="group" aria-label={`Dots on “${fix.title}”`}>
                  <button
                    type="button"
                    className="vote-step"
                    aria-label={`Take a dot off “${fix.title}”`}
                    disabled={mine === 0}
                    onClick={() => void setDots(fix.id, mine - 1)}
                  >
                    −
                  </button>
                  <span className="vote-step-count" aria-live="polite" data-testid="fix-dots">
                    {mine}
                  </span>
                  <button
                    type="button"
                    className="vote-step"
                    aria-label={`Put a dot on “${fix.title}”`}
                    onClick={() => void setDots(fix.id, mine + 1)}
                  >
                    +
                  </button>
                </span>
                {refusal?.fixId === fix.id && (
                  <p className="vote-refusal vote-ballot-refusal" role="alert">
                    {refusal.message}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The budget as dots, filled for each one used: the paper-sticker picture people know. */
function DotRow({ filled, total }: { readonly filled: number; readonly total: number }) {
  return (
    <span className="vote-dots" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={i < filled ? 'vote-dot vote-dot-used' : 'vote-dot'} />
      ))}
    </span>
  );
}
