// The agenda editor's changes as whole agendas, and the sentences for one the host would refuse.
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/model';
import { agendaProblem, durationWords, leftOut, moved, totalMinutes, withMinutes, withoutPhase, withPhaseBack } from '../../../renderer/features/frame/agenda-edit';

const AGENDA: AgendaItem[] = [
  { phase: 'frame', minutes: 20 },
  { phase: 'map', minutes: 45 },
  { phase: 'vote', minutes: 15 },
];
const phases = (agenda: readonly AgendaItem[]) => agenda.map((item) => item.phase);

describe('changing the agenda', () => {
  it('moves, leaves out and puts back a phase where the workshop usually has it', () => {
    expect(phases(moved(AGENDA, 2, 1))).toEqual(['frame', 'vote', 'map']);
    expect(phases(withoutPhase(AGENDA, 'map'))).toEqual(['frame', 'vote']);
    expect(withPhaseBack(AGENDA, 'rate', 30)).toEqual([...AGENDA.slice(0, 2), { phase: 'rate', minutes: 30 }, AGENDA[2]]);
    expect(phases(withPhaseBack(AGENDA, 'export', 5))).toEqual(['frame', 'map', 'vote', 'export']);
    expect(leftOut(AGENDA)).toEqual(['rate', 'diagnose', 'fix', 'plan', 'export']);
  });

  it('adds up the time planned', () => {
    expect(totalMinutes(AGENDA)).toBe(80);
    expect(durationWords(80)).toBe('1 h 20 min');
    expect(durationWords(45)).toBe('45 min');
    expect(durationWords(120)).toBe('2 h');
  });

  it('says plainly why an agenda cannot be used', () => {
    expect(agendaProblem(AGENDA)).toBeNull();
    expect(agendaProblem([])).toBe('The agenda needs at least one phase.');
    expect(agendaProblem(withMinutes(AGENDA, 'map', 0))).toBe('Give each phase at least one minute.');
  });
});
