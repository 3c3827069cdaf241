/**
 * The Vote screen: the people voting on the left, the chosen person's
 * ballot in the middle, the hidden-or-revealed tally and the dot rules on the
 * right. One laptop passes round, or each person picks their own name.
 */
import { useState } from 'react';
import type { Id } from '../../../shared/model';
import type { ScreenProps } from '../screen-props';
import { Ballot } from './Ballot';
import { ParticipantList } from './ParticipantList';
import { VoteResults } from './VoteResults';
import { VotingSettings } from './VotingSettings';
import './voting.css';

export function VotingScreen({ workshop, dispatch, teamId }: ScreenProps) {
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  // The chosen person may have been removed elsewhere; then nobody is chosen.
  const voter = workshop.participants.find((p) => p.id === selectedId);

  return (
    <section className="voting-screen" aria-labelledby="voting-heading">
      <h2 id="voting-heading" className="visually-hidden">
        Vote on the fixes
      </h2>
      <div className="voting-column">
        <ParticipantList
          workshop={workshop}
          dispatch={dispatch}
          defaultTeamId={teamId}
          selectedId={voter?.id ?? null}
          onSelect={setSelectedId}
        />
      </div>
      <div className="voting-column">
        {voter ? (
          <Ballot key={voter.id} workshop={workshop} participant={voter} dispatch={dispatch} />
        ) : (
          <section className="vote-panel vote-ballot-empty">
            <h3 className="vote-panel-heading">Whose turn?</h3>
            <p>
              Choose a name from the list to cast that person&rsquo;s dots. Only their own dots show, so the laptop
              can be passed round.
            </p>
          </section>
        )}
      </div>
      <div className="voting-column">
        <VoteResults workshop={workshop} dispatch={dispatch} />
        <VotingSettings settings={workshop.voting} dispatch={dispatch} />
      </div>
    </section>
  );
}
