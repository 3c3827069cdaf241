/**
 * Where the room goes next, read from the agenda: the facilitator's "Next"
 * button and its planned time come from here, so a phase left out of the
 * agenda is skipped and the order the facilitator chose is the order kept.
 */
import { PHASES, type AgendaItem, type Phase } from '../../../shared/model';

/**
 * The agenda's phase after the room's, or null at the end. A room standing
 * on a phase the agenda left out goes on to the first agenda phase that
 * comes later in the workshop's usual order.
 */
export function nextAgendaPhase(agenda: readonly AgendaItem[], roomPhase: Phase): Phase | null {
  const at = agenda.findIndex((item) => item.phase === roomPhase);
  if (at >= 0) return agenda[at + 1]?.phase ?? null;
  const roomRank = PHASES.indexOf(roomPhase);
  return agenda.find((item) => PHASES.indexOf(item.phase) > roomRank)?.phase ?? null;
}

/** The minutes the agenda plans for a phase, or null when the agenda leaves it out. */
export function plannedMinutes(agenda: readonly AgendaItem[], phase: Phase): number | null {
  return agenda.find((item) => item.phase === phase)?.minutes ?? null;
}
