/**
 * What a team's page says about the room, under the tabs: "Now: Rate — score
 * each of your cards…" with the time left, a way back to the room's phase
 * when the team is looking elsewhere, and a plain banner when the work on
 * the tab they look at is locked. On a phone it is one short line and the
 * clock.
 */
import { type Phase, type LockablePhase, LOCKABLE_PHASES } from '../../../shared/model';
import { lockRefusal, phaseInstructions, phaseLabel } from '../../../shared/present/phase-words';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button } from '../../ui';
import { RoomClock } from './RoomClock';
import './facilitate.css';

export interface RoomNoteProps {
  /** The tab this page is looking at. */
  readonly viewing: Phase;
  /** Brings this page back to the room's phase. */
  readonly onFollow: (phase: Phase) => void;
  readonly hostNow: () => number;
}

function isLockable(phase: Phase): phase is LockablePhase {
  return (LOCKABLE_PHASES as readonly Phase[]).includes(phase);
}

export function RoomNote({ viewing, onFollow, hostNow }: RoomNoteProps) {
  const roomPhase = useWorkshopSelector((w) => w.phase);
  const timer = useWorkshopSelector((w) => w.timer);
  const muted = useWorkshopSelector((w) => w.chimeMuted);
  const locks = useWorkshopSelector((w) => w.locks);
  const lockedHere = isLockable(viewing) && locks.includes(viewing);

  return (
    <>
      <section className="room-note" aria-label="What the room is doing" data-testid="room-note">
        <p className="room-note-text" role="status">
          <strong className="room-note-now">Now: {phaseLabel(roomPhase)}</strong>
          <span className="room-note-what"> — {phaseInstructions(roomPhase)}</span>
        </p>
        <RoomClock timer={timer} muted={muted} hostNow={hostNow} />
        {viewing !== roomPhase ? (
          <Button size="sm" onClick={() => onFollow(roomPhase)} data-testid="follow-room">
            Go to {phaseLabel(roomPhase)}
          </Button>
        ) : null}
      </section>
      {lockedHere ? (
        <p className="lock-banner" role="status" data-testid="lock-banner">
          {lockRefusal(viewing)}
        </p>
      ) : null}
    </>
  );
}
