/**
 * The facilitator's countdown: start it with the minutes the agenda plans
 * for the room's phase (or any other length), then pause or resume, add a
 * minute, or end it. Every page in the room shows the same time left.
 */
import { useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import { DEFAULT_AGENDA, type Phase } from '../../../shared/model';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button } from '../../ui';
import { plannedMinutes } from './agenda-steps';
import { timerState, timerWords } from './time-words';
import { useEndChime } from './use-end-chime';
import { useTimeLeft } from './use-time-left';

export interface TimerControlsProps {
  readonly send: (command: ClientCommand) => Promise<boolean>;
  readonly hostNow: () => number;
}

const MAX_MINUTES = 480;

/** The minutes typed, or the sentence saying what is wrong with them. */
export function minutesProblem(text: string): string | null {
  const minutes = Number(text);
  if (text.trim() === '' || !Number.isInteger(minutes) || minutes < 1) return 'Give the timer at least one whole minute.';
  if (minutes > MAX_MINUTES) return 'A timer can run for at most eight hours.';
  return null;
}

function plannedFor(agenda: Parameters<typeof plannedMinutes>[0], phase: Phase): number {
  return plannedMinutes(agenda, phase) ?? plannedMinutes(DEFAULT_AGENDA, phase) ?? 10;
}

export function TimerControls({ send, hostNow }: TimerControlsProps) {
  const roomPhase = useWorkshopSelector((w) => w.phase);
  const agenda = useWorkshopSelector((w) => w.agenda);
  const timer = useWorkshopSelector((w) => w.timer);
  const muted = useWorkshopSelector((w) => w.chimeMuted);
  const leftMs = useTimeLeft(timer, hostNow);
  useEndChime(leftMs, muted);
  const planned = plannedFor(agenda, roomPhase);
  const [minutes, setMinutes] = useState(String(planned));
  const [problem, setProblem] = useState<string | null>(null);
  // When the room moves on (or the agenda changes), the length offered is the new phase's plan.
  const [offeredFor, setOfferedFor] = useState(planned);
  if (offeredFor !== planned) {
    setOfferedFor(planned);
    setMinutes(String(planned));
  }

  function start(event: FormEvent): void {
    event.preventDefault();
    const wrong = minutesProblem(minutes);
    setProblem(wrong);
    if (wrong === null) void send({ type: 'timer/start', seconds: Number(minutes) * 60 });
  }

  if (timer === null || leftMs === null) {
    return (
      <form className="facilitation-timer" onSubmit={start} noValidate aria-label="Timer">
        <label className="facilitation-minutes">
          <span className="visually-hidden">Timer length in minutes</span>
          <input
            className="field-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_MINUTES}
            value={minutes}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? 'timer-minutes-problem' : undefined}
            onChange={(event) => {
              setMinutes(event.target.value);
              setProblem(null);
            }}
            data-testid="timer-minutes"
          />
          <span aria-hidden="true">min</span>
        </label>
        <Button size="sm" type="submit" data-testid="timer-start">
          Start timer
        </Button>
        {problem !== null ? (
          <span className="field-error" id="timer-minutes-problem" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
    );
  }

  const state = timerState(timer, leftMs);
  return (
    <div className="facilitation-timer" role="group" aria-label="Timer">
      <span className={`room-clock room-clock-${state}`} role="timer" data-testid="facilitator-timer">
        {timerWords(state, leftMs)}
      </span>
      {state === 'running' ? (
        <Button size="sm" onClick={() => void send({ type: 'timer/pause' })} data-testid="timer-pause">
          Pause
        </Button>
      ) : state === 'paused' ? (
        <Button size="sm" onClick={() => void send({ type: 'timer/resume' })} data-testid="timer-resume">
          Resume
        </Button>
      ) : null}
      <Button size="sm" onClick={() => void send({ type: 'timer/add', seconds: 60 })} data-testid="timer-add">
        +1 min
      </Button>
      <Button size="sm" variant="ghost" onClick={() => void send({ type: 'timer/end' })} data-testid="timer-end">
        End timer
      </Button>
    </div>
  );
}
