/**
 * The tab the facilitator's page was looking at, and the team it was showing
 * on a per-team screen, kept for this browser tab only (sessionStorage), so
 * a reload comes back to the same screen and the same team rather than to
 * wherever the room is — a board that comes back on another team's empty
 * cells reads as lost work. What is read back is checked: anything that is
 * not a phase is ignored, and a team no longer in the workshop falls back to
 * the first.
 */
import { phaseSchema, type Phase } from '../../shared/model';

const key = (workshopId: string) => `journey-room.viewed-tab.${workshopId}`;

export function rememberedTab(workshopId: string): Phase | null {
  try {
    const parsed = phaseSchema.safeParse(window.sessionStorage.getItem(key(workshopId)));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage switched off: the page simply opens where the room is.
    return null;
  }
}

export function rememberTab(workshopId: string, phase: Phase): void {
  try {
    window.sessionStorage.setItem(key(workshopId), phase);
  } catch {
    // Nothing to keep it in; the tab still changes.
  }
}

const teamKey = (workshopId: string) => `journey-room.viewed-team.${workshopId}`;

export function rememberedTeam(workshopId: string): string | null {
  try {
    const id = window.sessionStorage.getItem(teamKey(workshopId));
    return id !== null && id.length > 0 && id.length <= 64 ? id : null;
  } catch {
    return null;
  }
}

export function rememberTeam(workshopId: string, teamId: string): void {
  try {
    window.sessionStorage.setItem(teamKey(workshopId), teamId);
  } catch {
    // Nothing to keep it in; the team still changes.
  }
}
