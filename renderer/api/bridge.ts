/**
 * Finds the object the desktop app's preload script puts on `window`
 * (its shape is in shared/bridge.ts). Whatever comes through it is still
 * treated as unchecked input.
 */
import type { JourneyRoomBridge } from '../../shared/bridge';

export type { JourneyRoomBridge };

/** The bridge, when this page runs inside the desktop window. */
export function findBridge(): JourneyRoomBridge | undefined {
  const candidate = (window as { journeyRoom?: JourneyRoomBridge }).journeyRoom;
  return candidate && typeof candidate.send === 'function' ? candidate : undefined;
}
