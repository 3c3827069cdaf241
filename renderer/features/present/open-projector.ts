/**
 * Opening the projector: in a browser, a second page of this app in a
 * window of its own (one named window, so pressing again brings the same
 * one back rather than opening more); in the desktop app, the main process
 * opens or moves its projector window. Whatever the bridge answers is
 * checked before it is believed.
 */
import {
  projectorDisplaysSchema,
  projectorOpenResultSchema,
  type ProjectorDisplay,
  type ProjectorOpenResult,
} from '../../../shared/projector-bridge';
import { findBridge } from '../../api/bridge';

/** The browser window the projector's page opens in, by name. */
export const PROJECTOR_WINDOW_NAME = 'journey-room-projector';

export function presentHash(workshopId: string): string {
  return `#/present/${encodeURIComponent(workshopId)}`;
}

/** Whether this page runs in the desktop app, where the projector is a window the app places on a screen. */
export function hasProjectorWindow(): boolean {
  return findBridge()?.projector !== undefined;
}

/** The computer's screens, for choosing where the projector goes; empty in a browser or when the answer makes no sense. */
export async function projectorDisplays(): Promise<readonly ProjectorDisplay[]> {
  const projector = findBridge()?.projector;
  if (!projector) return [];
  const parsed = projectorDisplaysSchema.safeParse(await projector.displays().catch(() => null));
  return parsed.success ? parsed.data : [];
}

const NOT_UNDERSTOOD = 'The projector window did not answer as expected. Close it and try again.';
const POPUP_BLOCKED =
  'The browser did not open the projector’s window. Allow pop-ups for this page, or open this page’s address with #/present/ and the workshop in another window.';

export async function openProjector(workshopId: string, displayId?: number): Promise<ProjectorOpenResult> {
  const projector = findBridge()?.projector;
  if (projector) {
    const answer = await projector.open(displayId === undefined ? { workshopId } : { workshopId, displayId }).catch(() => null);
    const parsed = projectorOpenResultSchema.safeParse(answer);
    return parsed.success ? parsed.data : { ok: false, message: NOT_UNDERSTOOD };
  }
  const url = `${window.location.pathname}${window.location.search}${presentHash(workshopId)}`;
  const opened = window.open(url, PROJECTOR_WINDOW_NAME);
  if (opened === null) return { ok: false, message: POPUP_BLOCKED };
  opened.focus();
  return { ok: true, fullscreen: false, label: 'a new window' };
}
