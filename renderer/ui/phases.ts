/**
 * The workshop's phases as the tabs show them, in the order the room works
 * through them, and which of them show one team's work at a time.
 */
import type { Phase } from '../../shared/model';

export interface PhaseTab {
  readonly phase: Phase;
  readonly label: string;
  /** The screen shows and edits one team's work; the top bar offers a team switcher. */
  readonly perTeam: boolean;
}

export const PHASE_TABS: readonly PhaseTab[] = [
  { phase: 'frame', label: 'Frame', perTeam: false },
  { phase: 'map', label: 'Map', perTeam: true },
  { phase: 'rate', label: 'Rate', perTeam: true },
  // Per team while rating is silent: each team sees its own figures until the reveal.
  { phase: 'diagnose', label: 'Insights', perTeam: true },
  { phase: 'fix', label: 'Fixes', perTeam: true },
  { phase: 'vote', label: 'Vote', perTeam: false },
  { phase: 'plan', label: 'Plan', perTeam: false },
  { phase: 'export', label: 'Export', perTeam: false },
];

export function phaseLabel(phase: Phase): string {
  return PHASE_TABS.find((tab) => tab.phase === phase)?.label ?? phase;
}
