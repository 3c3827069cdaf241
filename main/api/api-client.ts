/**
 * What a handler knows about who asked: one connection — the desktop
 * window, or one browser's WebSocket — and its session (shared/room.ts):
 * the facilitator, a member of the room seated by its credential, or a
 * guest that may only join. Opening a workshop subscribes that connection
 * to its changes.
 */
import type { SessionState } from '../../shared/room';
import type { Device } from '../room/lobby';
import type { Room } from '../room/room';

export type MemberSession = Extract<SessionState, { kind: 'member' }>;

export interface ApiClient {
  /** This connection, so the changes it sent are not echoed back to it (its reply carries them). */
  readonly id: string;
  /** Where the connection comes from (a LAN address), when known: wrong room codes are counted per address. */
  readonly peer?: string;
  /** This connection now shows the workshop and should receive its changes. */
  watch(workshopId: string): void;
  readonly session: SessionState;
  /**
   * Seats this connection as a device of the room: from then on it hears only
   * the room's workshop, cut to its team's view, and may send only what its
   * seat may. Absent where a connection cannot join (the desktop window is the
   * facilitator's).
   */
  join?(device: Device, room: Room): void;
}
