/**
 * The whole page while the ballot is sealed: a slim bar saying a ballot is
 * on, with "End the ballot" (which asks for the PIN), and the ballot flow and
 * nothing else — who is next, their private ballot, a thank-you, the next
 * person. No tabs, no undo, no export, no reveal, no results, no way to add
 * or remove voters; leaving the page asks first.
 */
import { useState, type ReactNode } from 'react';
import type { ClientCommand } from '../../../../shared/commands';
import type { Id } from '../../../../shared/model';
import { openRound } from '../../../../shared/selectors';
import { useWorkshopExactly } from '../../../store/use-live-workshop';
import { Button, useNotify } from '../../../ui';
import type { DispatchOutcome } from '../../common/screen-props';
import type { Seat } from '../../common/seat';
import { castCommand, type Draft } from '../ballot-logic';
import { HandOff } from '../HandOff';
import { NextVoter } from '../NextVoter';
import { PrivateBallot } from '../PrivateBallot';
import { roundName } from '../voting-logic';
import { EndSealDialog } from './EndSealDialog';
import { leaveFullScreen } from './full-screen';
import { useBallotSeal } from './use-ballot-seal';
import { useLeaveGuard } from './use-leave-guard';
import '../vote-panel.css';
import './seal.css';

export interface SealedBallotProps {
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  /** The team a new voter's list starts from on a team's page. */
  readonly teamId: Id;
  /** Who uses this page: a team's page offers only its own people's ballots. */
  readonly seat?: Seat;
  /** What the page must still say while sealed, such as a change the disk refused (the shell's banner). */
  readonly notices?: ReactNode;
}

type Flow =
  | { readonly kind: 'pick' }
  | { readonly kind: 'ballot'; readonly id: Id }
  | { readonly kind: 'thanks'; readonly name: string };

export function SealedBallot({ dispatch, teamId, seat, notices }: SealedBallotProps) {
  const workshop = useWorkshopExactly();
  const seal = useBallotSeal(workshop.id);
  const notify = useNotify();
  const [flow, setFlow] = useState<Flow>({ kind: 'pick' });
  const [ending, setEnding] = useState(false);
  useLeaveGuard(true);

  // The person may have been removed from another page meanwhile: back to the list, which no longer names them.
  const voter = flow.kind === 'ballot' ? workshop.participants.find((p) => p.id === flow.id) : undefined;
  const byBallot = workshop.voting.mode === 'ballot';

  async function confirm(draft: Draft, round: number): Promise<string | null> {
    if (!voter) return null;
    const outcome = await dispatch(castCommand(voter.id, draft, round));
    if (!outcome.ok) return outcome.message;
    notify.announce('Your vote is in. Please pass the laptop on.');
    setFlow({ kind: 'thanks', name: voter.name });
    return null;
  }

  let body: ReactNode;
  if (!byBallot) {
    body = (
      <p className="vote-panel seal-note" role="status">
        The facilitator has switched this vote to counting dots from the wall, so there are no ballots to pass round. End
        the ballot to go back to the workshop.
      </p>
    );
  } else if (flow.kind === 'thanks') {
    body = <HandOff name={flow.name} onNext={() => setFlow({ kind: 'pick' })} />;
  } else if (voter) {
    body = (
      <PrivateBallot
        key={`${voter.id}-${openRound(workshop)}`}
        workshop={workshop}
        participant={voter}
        onConfirm={confirm}
        onCancel={() => setFlow({ kind: 'pick' })}
      />
    );
  } else {
    body = (
      <>
        <div className="sealed-welcome">
          <h2>Your turn to vote?</h2>
          <p>Pick your name. Nobody else sees your dots, and the next person starts on a clean ballot.</p>
        </div>
        <NextVoter workshop={workshop} dispatch={dispatch} defaultTeamId={teamId} seat={seat} sealed onOpen={(id) => setFlow({ kind: 'ballot', id })} />
      </>
    );
  }

  return (
    <div className="sealed-ballot" data-testid="sealed-ballot">
      <header className="sealed-bar">
        <p className="sealed-bar-title">
          <LockIcon />
          <span>
            Ballot in progress <span className="sealed-bar-round">· {roundName(workshop)}</span>
          </span>
        </p>
        <Button size="sm" onClick={() => setEnding(true)} data-testid="end-ballot">
          End the ballot
        </Button>
      </header>
      {notices}
      <main className="sealed-main voting-private">{body}</main>
      {ending && (
        <EndSealDialog
          seal={seal}
          title={workshop.title}
          onCancel={() => setEnding(false)}
          onEnded={() => {
            setEnding(false);
            leaveFullScreen();
          }}
        />
      )}
    </div>
  );
}

/** A padlock, drawn rather than an emoji: the app bundles its fonts, and none of them has one. */
function LockIcon() {
  return (
    <svg className="sealed-lock" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="3.5" y="9" width="13" height="9" rx="2" fill="currentColor" />
      <path d="M6.5 9V6.5a3.5 3.5 0 0 1 7 0V9" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
