/**
 * The Vote screen. Before the first dot the facilitator picks how people
 * vote; then either the "next voter" list (private ballots on this laptop)
 * or the tally table (dots counted from the wall) fills the main area, with
 * the results and the rules beside it. While a ballot is open, or its
 * thank-you shows, the screen shows nothing else. "Start passing the
 * laptop" seals the page to the ballot flow (seal/) until a PIN ends it.
 */
import { useState } from 'react';
import type { Id } from '../../../shared/model';
import { dotsByFix, openRound, resultsVisible, tallyVoters, votingStarted } from '../../../shared/selectors';
import { useNotify } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { isTeamSeat, mayDispatch } from '../common/seat';
import { castCommand, type Draft } from './ballot-logic';
import { HandOff } from './HandOff';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';
import { LockNote } from './LockNote';
import { ModeChoice } from './ModeChoice';
import { NextVoter } from './NextVoter';
import { OwnBallot } from './OwnBallot';
import { PrivateBallot } from './PrivateBallot';
import { StartSealPanel } from './seal/StartSealPanel';
import { TallyTable } from './TallyTable';
import { VoteResults } from './VoteResults';
import { VotingSettings } from './VotingSettings';
import { dotsWord, progressText, roundName, rulesSentence, teamProgressText } from './voting-logic';
import './vote-panel.css';
import './voting.css';
import { useWorkshop } from '../../store/use-live-workshop';

type Flow =
  | { readonly kind: 'pick' }
  | { readonly kind: 'ballot'; readonly id: Id; readonly name: string }
  | { readonly kind: 'thanks'; readonly name: string };

export function VotingScreen({ dispatch, teamId, seat }: ScreenProps) {
  const workshop = useWorkshop();
  const [flow, setFlow] = useState<Flow>({ kind: 'pick' });
  const [view, setView] = useState<'vote' | 'matrix'>('vote');
  const [refusal, setRefusal] = useState<string | null>(null);
  const notify = useNotify();
  const mode = workshop.voting.mode;
  const started = votingStarted(workshop);

  if (flow.kind === 'thanks') {
    return (
      <div className="voting-private">
        <HandOff name={flow.name} onNext={() => setFlow({ kind: 'pick' })} />
      </div>
    );
  }
  // The person may have been removed elsewhere meanwhile; then the list shows again, saying so.
  const voter = flow.kind === 'ballot' ? workshop.participants.find((p) => p.id === flow.id) : undefined;
  const closedBallot =
    flow.kind === 'ballot' && !voter
      ? `${flow.name} was taken off the list of voters, so their ballot was closed. Nothing was counted.`
      : null;
  // One person's own device: their ballot only, nothing to pass on.
  const ownPerson = isTeamSeat(seat) && seat.participantId !== undefined ? workshop.participants.find((p) => p.id === seat.participantId) : undefined;
  if (voter && mode === 'ballot') {
    const personal = ownPerson?.id === voter.id;
    const confirm = async (draft: Draft, round: number): Promise<string | null> => {
      const outcome = await dispatch(castCommand(voter.id, draft, round));
      if (!outcome.ok) return outcome.message;
      notify.announce(personal ? 'Your vote is in.' : 'Your vote is in. Please pass the laptop on.');
      setFlow(personal ? { kind: 'pick' } : { kind: 'thanks', name: voter.name });
      return null;
    };
    const round = openRound(workshop);
    const given: Draft = new Map(
      personal ? workshop.votes.filter((v) => v.participantId === voter.id && v.round === round).map((v) => [v.fixId, v.dots] as const) : [],
    );
    return (
      <div className="voting-private">
        <PrivateBallot
          key={voter.id}
          workshop={workshop}
          participant={voter}
          initial={given}
          onConfirm={confirm}
          onCancel={() => setFlow({ kind: 'pick' })}
        />
      </div>
    );
  }

  // What this page may do, asked of shared/roles.ts as the host will: a team's page votes, the facilitator runs the vote.
  const mayConfigure = mayDispatch(seat, workshop, { type: 'voting/configure' });
  const mayTally = mayDispatch(seat, workshop, { type: 'vote/tally', fixId: '', dots: 0 });
  // While the results are hidden a team's page holds only its own people's dots, so the room's turnout is unknown there.
  const partialView = isTeamSeat(seat) && !resultsVisible(workshop);

  let counted = 0;
  for (const dots of dotsByFix(workshop).values()) counted += dots;
  const progress =
    mode === 'ballot'
      ? partialView
        ? teamProgressText(workshop, teamId)
        : progressText(workshop, workshop.participants.length)
      : partialView
        ? 'The facilitator is counting the dots from the wall.'
        : `${dotsWord(counted)} counted for ${tallyVoters(workshop)} people`;

  return (
    <section className="voting-screen" aria-labelledby="voting-heading">
      <div className="voting-main">
        <header className="vote-header">
          <h2 id="voting-heading" className="voting-title">
            Vote <span className="vote-muted">· {roundName(workshop)}</span>
          </h2>
          <div className="voting-views" role="group" aria-label="Show">
            <button type="button" className="vote-focus" aria-pressed={view === 'vote'} onClick={() => setView('vote')}>
              Voting
            </button>
            <button type="button" className="vote-focus" aria-pressed={view === 'matrix'} onClick={() => setView('matrix')}>
              Impact × effort
            </button>
          </div>
        </header>
        {view === 'matrix' ? (
          <div className="vote-panel">
            <ImpactEffortMatrix workshop={workshop} />
          </div>
        ) : (
          <>
            {!mayConfigure ? null : started ? (
              <LockNote testId="mode-locked">
                {mode === 'ballot' ? 'Ballots on this laptop' : 'Counting from the wall'}: the way of voting is fixed
                while the vote is on.
              </LockNote>
            ) : (
              <ModeChoice workshop={workshop} dispatch={dispatch} onRefused={setRefusal} />
            )}
            {(refusal ?? closedBallot) && (
              <p className="vote-refusal" role="alert">
                {refusal ?? closedBallot}
              </p>
            )}
            {mode === 'ballot' && !ownPerson && <StartSealPanel workshopId={workshop.id} />}
            {mode === 'ballot' && ownPerson ? (
              <OwnBallot workshop={workshop} person={ownPerson} onOpen={() => setFlow({ kind: 'ballot', id: ownPerson.id, name: ownPerson.name })} />
            ) : mode === 'ballot' ? (
              <NextVoter
                workshop={workshop}
                dispatch={dispatch}
                defaultTeamId={teamId}
                seat={seat}
                onOpen={(id) => {
                  const name = workshop.participants.find((p) => p.id === id)?.name ?? '';
                  setFlow({ kind: 'ballot', id, name });
                }}
              />
            ) : mayTally ? (
              <TallyTable workshop={workshop} dispatch={dispatch} />
            ) : (
              <p className="vote-panel vote-team-note" data-testid="tally-by-facilitator">
                The room votes with sticky dots on the wall; the facilitator counts them and types them in. The results
                show here once they are revealed.
              </p>
            )}
          </>
        )}
      </div>
      <aside className="voting-side" aria-label="Results and rules">
        <VoteResults workshop={workshop} dispatch={dispatch} progress={progress} seat={seat} />
        {mayConfigure ? (
          <VotingSettings workshop={workshop} dispatch={dispatch} />
        ) : (
          <section className="vote-panel vote-settings" aria-labelledby="vote-rules-heading" data-testid="vote-rules-read">
            <h3 id="vote-rules-heading" className="vote-panel-heading">
              Rules of the vote
            </h3>
            <p className="vote-rules-text">{rulesSentence(workshop)}</p>
            <p className="vote-muted">The facilitator sets the rules.</p>
          </section>
        )}
      </aside>
    </section>
  );
}
