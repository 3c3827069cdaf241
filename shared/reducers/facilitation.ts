/**
 * Running the room: the agenda, which phase's work is locked, and the
 * countdown. Time comes from the command context (the host's clock), so
 * every page shows the same time left, a reload included.
 */
import { TIMER_MAX_MS, type Timer, type Workshop } from '../model';
import type { CommandContext } from '../result';
import { phaseLabel } from '../present/phase-words';
import { fail, ok, type CommandOf, type Outcome } from './common';

export function setPhase(state: Workshop, command: CommandOf<'phase/set'>): Outcome {
  // Two "Next" presses, or two facilitators' pages, racing: the second finds the room already moved.
  if (command.from !== undefined && command.from !== state.phase) {
    return fail('conflict', `The room has already moved on to ${phaseLabel(state.phase)}.`);
  }
  if (state.phase === command.phase) return ok(state);
  // A countdown belongs to the activity it timed.
  return ok({ ...state, phase: command.phase, timer: null });
}

export function setAgenda(state: Workshop, command: CommandOf<'agenda/set'>): Outcome {
  return ok({ ...state, agenda: command.agenda });
}

export function setLock(state: Workshop, command: CommandOf<'lock/set'>): Outcome {
  const has = state.locks.includes(command.phase);
  if (has === command.locked) return ok(state);
  const locks = command.locked ? [...state.locks, command.phase] : state.locks.filter((p) => p !== command.phase);
  return ok({ ...state, locks });
}

const NO_TIMER = 'There is no timer running. Start one first.';

function ms(iso: string): number {
  return Date.parse(iso);
}

/** What is left on the timer at `now`, never below zero. */
export function timeLeftMs(timer: Timer, nowMs: number): number {
  return timer.endsAt === null ? timer.leftMs : Math.max(0, ms(timer.endsAt) - nowMs);
}

export function startTimer(state: Workshop, command: CommandOf<'timer/start'>, ctx: CommandContext): Outcome {
  const totalMs = command.seconds * 1000;
  const now = ctx.now();
  return ok({ ...state, timer: { phase: state.phase, totalMs, leftMs: totalMs, endsAt: new Date(ms(now) + totalMs).toISOString() } });
}

export function pauseTimer(state: Workshop, _command: CommandOf<'timer/pause'>, ctx: CommandContext): Outcome {
  const timer = state.timer;
  if (!timer) return fail('conflict', NO_TIMER);
  if (timer.endsAt === null) return ok(state);
  return ok({ ...state, timer: { ...timer, endsAt: null, leftMs: timeLeftMs(timer, ms(ctx.now())) } });
}

export function resumeTimer(state: Workshop, _command: CommandOf<'timer/resume'>, ctx: CommandContext): Outcome {
  const timer = state.timer;
  if (!timer) return fail('conflict', NO_TIMER);
  if (timer.endsAt !== null) return ok(state);
  if (timer.leftMs === 0) return fail('conflict', 'Time is already up. Add a minute or start the timer again.');
  return ok({ ...state, timer: { ...timer, endsAt: new Date(ms(ctx.now()) + timer.leftMs).toISOString() } });
}

/** Adds time; once time is up it runs again from now, so "add a minute" always gives a minute. */
export function addToTimer(state: Workshop, command: CommandOf<'timer/add'>, ctx: CommandContext): Outcome {
  const timer = state.timer;
  if (!timer) return fail('conflict', NO_TIMER);
  const extra = command.seconds * 1000;
  const nowMs = ms(ctx.now());
  const left = timeLeftMs(timer, nowMs) + extra;
  if (left > TIMER_MAX_MS || timer.totalMs + extra > TIMER_MAX_MS) {
    return fail('invalid', 'A timer can run for at most eight hours.');
  }
  const endsAt = timer.endsAt === null ? null : new Date(nowMs + left).toISOString();
  return ok({ ...state, timer: { ...timer, totalMs: timer.totalMs + extra, leftMs: endsAt === null ? left : timer.leftMs, endsAt } });
}

export function endTimer(state: Workshop): Outcome {
  return ok(state.timer === null ? state : { ...state, timer: null });
}

export function muteChime(state: Workshop, command: CommandOf<'chime/set'>): Outcome {
  return ok(state.chimeMuted === command.muted ? state : { ...state, chimeMuted: command.muted });
}

export function showOnProjector(state: Workshop, command: CommandOf<'projector/show'>): Outcome {
  return ok(state.projectorView === command.view ? state : { ...state, projectorView: command.view });
}
