/**
 * The tab the facilitator's page was looking at, kept for this browser tab
 * only (sessionStorage), so a reload comes back to the same screen rather
 * than to wherever the room is. What is read back is checked: anything that
 * is not a phase is ignored.
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
