/**
 * The facilitator's controls for the room, in one row under the tabs: where
 * the room is, "Next: Rate" to move everyone on, "Move the room here" when
 * the facilitator is looking at another tab, the countdown, the locks on
 * work, and the end sound. Tabs only change what this page looks at; the
 * room moves only from here.
 */
import { useCallback, useRef, useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Phase } from '../../../shared/model';
import { phaseLabel } from '../../../shared/present/phase-words';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button } from '../../ui';
import type { DispatchOutcome } from '../common/screen-props';
import { nextAgendaPhase } from './agenda-steps';
import { ChimeToggle } from './ChimeToggle';
import { LocksMenu } from './LocksMenu';
import { TimerControls } from './TimerControls';
import './facilitate.css';

export interface FacilitationBarProps {
  /** The tab this page is looking at. */
  readonly viewing: Phase;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  /** The host's time now (use-host-clock.ts). */
  readonly hostNow: () => number;
}

export function FacilitationBar({ viewing, dispatch, hostNow }: FacilitationBarProps) {
  const roomPhase = useWorkshopSelector((w) => w.phase);
  const agenda = useWorkshopSelector((w) => w.agenda);
  const next = nextAgendaPhase(agenda, roomPhase);
  // One move at a time: a second press while the first is on its way would skip a phase.
  const [moving, setMoving] = useState(false);
  // The ref answers even before the disabled button has been drawn (a double click).
  const movingNow = useRef(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  /** Sends a command; a refusal is shown in the bar, quietly, until the next thing the facilitator does. */
  const send = useCallback(
    async (command: ClientCommand): Promise<boolean> => {
      setRefusal(null);
      const outcome = await dispatch(command);
      if (!outcome.ok && !outcome.kept) setRefusal(outcome.message);
      return outcome.ok;
    },
    [dispatch],
  );

  const moveRoom = useCallback(
    async (phase: Phase) => {
      if (movingNow.current) return;
      movingNow.current = true;
      setMoving(true);
      try {
        await send({ type: 'phase/set', phase, from: roomPhase });
      } finally {
        movingNow.current = false;
        setMoving(false);
      }
    },
    [roomPhase, send],
  );

  return (
    <section className="facilitation-bar" aria-label="Running the room" data-testid="facilitation-bar">
      <div className="facilitation-room">
        <p className="facilitation-where" data-testid="room-phase">
          <span className="facilitation-where-label">Room:</span> {phaseLabel(roomPhase)}
        </p>
        {viewing !== roomPhase ? (
          <Button size="sm" onClick={() => void moveRoom(viewing)} disabled={moving} data-testid="move-room-here">
            Move the room to {phaseLabel(viewing)}
          </Button>
        ) : null}
        {next !== null ? (
          <Button
            size="sm"
            variant="primary"
            onClick={() => void moveRoom(next)}
            disabled={moving}
            data-testid="room-next"
            title="Move every team's page on to the next phase of the agenda"
          >
            Next: {phaseLabel(next)}
          </Button>
        ) : (
          <span className="facilitation-end muted">Last phase of the agenda</span>
        )}
      </div>
      <TimerControls send={send} hostNow={hostNow} />
      <div className="facilitation-extras">
        <LocksMenu send={send} />
        <ChimeToggle send={send} />
      </div>
      {refusal !== null ? (
        <p className="facilitation-refusal" role="status" data-testid="facilitation-refusal">
          {refusal}
        </p>
      ) : null}
    </section>
  );
}
