/**
 * Commands that run the room: moving it to another phase, the agenda, locks
 * on a phase's work, the countdown, and what the projector shows. Only the facilitator runs the room.
 * None but the agenda is undoable: moving the room, locking and the timer
 * are live controls, and Ctrl+Z after pressing "Next" should undo the last
 * real edit, not the room's place.
 */
import { z } from 'zod';
import { agendaSchema, lockablePhaseSchema, phaseSchema, projectorViewSchema, TIMER_MAX_MS } from '../model';
import {
  addToTimer,
  endTimer,
  muteChime,
  pauseTimer,
  resumeTimer,
  setAgenda,
  setLock,
  setPhase,
  showOnProjector,
  startTimer,
} from '../reducers/facilitation';
import { command, defineCommand } from './define';

const ROOM = 'Only the facilitator can move the room to another phase.';
const AGENDA = 'Only the facilitator can change the agenda.';
const LOCKS = 'Only the facilitator can lock or unlock work.';
const TIMER = 'Only the facilitator can run the timer.';

const timerSeconds = z
  .number()
  .int('Give the time in whole seconds.')
  .min(1, 'A timer needs at least one second.')
  .max(TIMER_MAX_MS / 1000, 'A timer can run for at most eight hours.');

/**
 * `from`: the phase the facilitator's page saw when "Next" was pressed. When
 * the room has moved meanwhile (a second press, a second page) the command
 * is refused instead of skipping a phase.
 */
export const phaseSet = command('phase/set', { phase: phaseSchema, from: phaseSchema.optional() });
export const agendaSet = command('agenda/set', { agenda: agendaSchema });
export const lockSet = command('lock/set', { phase: lockablePhaseSchema, locked: z.boolean() });
export const timerStart = command('timer/start', { seconds: timerSeconds });
export const timerPause = command('timer/pause', {});
export const timerResume = command('timer/resume', {});
export const timerAdd = command('timer/add', { seconds: timerSeconds.max(3600, 'Add at most an hour at a time.') });
export const timerEnd = command('timer/end', {});
export const chimeSet = command('chime/set', { muted: z.boolean() });
/** What the projector shows; a reveal view shows only what has been revealed (shared/present/projector.ts). */
export const projectorShow = command('projector/show', { view: projectorViewSchema });

export const FACILITATION_COMMANDS = [
  defineCommand(phaseSet, { apply: setPhase, teams: ROOM, undoable: false }),
  defineCommand(agendaSet, { apply: setAgenda, teams: AGENDA }),
  defineCommand(lockSet, { apply: setLock, teams: LOCKS, undoable: false }),
  defineCommand(timerStart, { apply: startTimer, teams: TIMER, undoable: false }),
  defineCommand(timerPause, { apply: pauseTimer, teams: TIMER, undoable: false }),
  defineCommand(timerResume, { apply: resumeTimer, teams: TIMER, undoable: false }),
  defineCommand(timerAdd, { apply: addToTimer, teams: TIMER, undoable: false }),
  defineCommand(timerEnd, { apply: endTimer, teams: TIMER, undoable: false }),
  defineCommand(chimeSet, { apply: muteChime, teams: TIMER, undoable: false }),
  defineCommand(projectorShow, { apply: showOnProjector, teams: 'Only the facilitator can choose what the projector shows.', undoable: false }),
] as const;
