/**
 * The Vote screen's main panel on one person's own device (a phone or laptop
 * that joined the room as them): no list of voters to pick from and no
 * laptop to pass on — just their own ballot, and once it is in, what they
 * gave and a way to change it while the round is open.
 */
import type { Participant, Workshop } from '../../../shared/model';
import { openRound } from '../../../shared/selectors';
import { Button } from '../../ui';
import { dotsWord } from './voting-logic';
import './vote-panel.css';
import './own-ballot.css';

interface OwnBallotProps {
  readonly workshop: Workshop;
  readonly person: Participant;
  readonly onOpen: () => void;
}

export function OwnBallot({ workshop, person, onOpen }: OwnBallotProps) {
  const round = openRound(workshop);
  const mine = workshop.votes.filter((v) => v.participantId === person.id && v.round === round);
  const dots = mine.reduce((sum, v) => sum + v.dots, 0);
  const fixes = mine.length;
  return (
    <section className="vote-panel vote-own" aria-labelledby="own-ballot-heading" data-testid="own-ballot">
      <h3 id="own-ballot-heading">Your ballot, {person.name}</h3>
      {dots === 0 ? (
        <>
          <p>You have not placed any dots in this round yet.</p>
          <Button variant="primary" className="vote-own-open" onClick={onOpen} data-testid="own-ballot-open">
            Place my dots
          </Button>
        </>
      ) : (
        <>
          <p data-testid="own-ballot-summary">
            Your vote is in: {dotsWord(dots)} on {fixes === 1 ? 'one fix' : `${fixes} fixes`}. You can change it until the
            round closes.
          </p>
          <Button className="vote-own-open" onClick={onOpen} data-testid="own-ballot-open">
            Change my dots
          </Button>
        </>
      )}
    </section>
  );
}
