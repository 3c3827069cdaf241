/**
 * The agenda editor's changes, as whole new agendas: the host takes the
 * agenda whole (`agenda/set`), and the host's rules (at least one phase,
 * at least a minute each) say what is wrong with one.
 */
import { agendaSchema, PHASES, type AgendaItem, type Phase } from '../../../shared/model';

export function withMinutes(agenda: readonly AgendaItem[], phase: Phase, minutes: number): AgendaItem[] {
  return agenda.map((item) => (item.phase === phase ? { phase, minutes } : { ...item }));
}

export function withoutPhase(agenda: readonly AgendaItem[], phase: Phase): AgendaItem[] {
  return agenda.filter((item) => item.phase !== phase).map((item) => ({ ...item }));
}

/** Moves the phase at `from` to `to` (both counted from 0 in the agenda). */
export function moved(agenda: readonly AgendaItem[], from: number, to: number): AgendaItem[] {
  const items = agenda.map((item) => ({ ...item }));
  const [item] = items.splice(from, 1);
  if (item) items.splice(Math.max(0, Math.min(to, items.length)), 0, item);
  return items;
}

/** Puts a left-out phase back where the workshop usually has it: before the first later phase. */
export function withPhaseBack(agenda: readonly AgendaItem[], phase: Phase, minutes: number): AgendaItem[] {
  const items = agenda.map((item) => ({ ...item }));
  const rank = PHASES.indexOf(phase);
  const before = items.findIndex((item) => PHASES.indexOf(item.phase) > rank);
  items.splice(before < 0 ? items.length : before, 0, { phase, minutes });
  return items;
}

/** The phases the agenda leaves out, in the workshop's usual order. */
export function leftOut(agenda: readonly AgendaItem[]): Phase[] {
  return PHASES.filter((phase) => !agenda.some((item) => item.phase === phase));
}

/** "3 h 25 min", "45 min", "2 h". */
export function durationWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function totalMinutes(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

/** Minutes as typed: a whole number, or the sentence saying it is not one (the host checks the range). */
export function typedMinutes(text: string): number | string {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return 'Plan whole minutes, as a number.';
  return Number(trimmed);
}

/**
 * What is wrong with an agenda, in the model's own words ("The agenda needs
 * at least one phase.", "Give each phase at least one minute."), or null.
 * The host checks the same rules; asking first keeps its wire wording away.
 */
export function agendaProblem(agenda: readonly AgendaItem[]): string | null {
  const parsed = agendaSchema.safeParse(agenda);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This agenda cannot be used.');
}
