/**
 * The workshop's phases as the tabs show them, in the order the room works
 * through them, and which of them show one team's work at a time.
 */
import type { Phase } from '../../shared/model';
import { phaseLabel } from '../../shared/present/phase-words';

export interface PhaseTab {
  readonly phase: Phase;
  readonly label: string;
  /** The screen shows and edits one team's work; the top bar offers a team switcher. */
  readonly perTeam: boolean;
}

export const PHASE_TABS: readonly PhaseTab[] = [
  { phase: 'frame', label: phaseLabel('frame'), perTeam: false },
  { phase: 'map', label: phaseLabel('map'), perTeam: true },
  { phase: 'rate', label: phaseLabel('rate'), perTeam: true },
  // Per team while rating is silent: each team sees its own figures until the reveal.
  { phase: 'diagnose', label: phaseLabel('diagnose'), perTeam: true },
  { phase: 'fix', label: phaseLabel('fix'), perTeam: true },
  { phase: 'vote', label: phaseLabel('vote'), perTeam: false },
  { phase: 'plan', label: phaseLabel('plan'), perTeam: false },
  { phase: 'export', label: phaseLabel('export'), perTeam: false },
];

export { phaseLabel } from '../../shared/present/phase-words';
