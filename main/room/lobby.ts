/**
 * Who is in the room: one entry per device that joined, with the seat its
 * credential gives (a person of a team), whether a page holding it is
 * connected, and the live pages themselves, so that removing a device or
 * closing the room ends them at once. Only a hash of each credential is
 * kept.
 */
import type { RoomDevice, SessionState } from '../../shared/room';
import { hashSecret } from './secrets';

/** A connected page holding a device's credential, as the room can reach it. */
export interface DevicePage {
  /** Tells the page its session changed; a guest session with `ended` means the seat is gone. */
  setSession(session: SessionState): void;
}

export interface Device {
  readonly id: string;
  readonly credentialHash: string;
  readonly workshopId: string;
  teamId: string;
  readonly participantId: string;
  name: string;
  /** Its pages hold its team's view from this seq on (it was moved to another team then). */
  viewFromSeq: number;
  readonly joinedAt: Date;
  lastSeenAt: Date;
  readonly pages: Set<DevicePage>;
}

export type MemberSession = Extract<SessionState, { kind: 'member' }>;

export function memberSession(device: Device): MemberSession {
  return {
    kind: 'member',
    workshopId: device.workshopId,
    teamId: device.teamId,
    participantId: device.participantId,
    deviceId: device.id,
    name: device.name,
  };
}

export class Lobby {
  private readonly byId = new Map<string, Device>();
  private readonly byCredential = new Map<string, Device>();

  add(device: Omit<Device, 'credentialHash' | 'pages'>, credential: string): Device {
    const entry: Device = { ...device, credentialHash: hashSecret(credential), pages: new Set() };
    this.byId.set(entry.id, entry);
    this.byCredential.set(entry.credentialHash, entry);
    return entry;
  }

  /** The device this credential belongs to; a removed or unknown one gives undefined. */
  withCredential(credential: string): Device | undefined {
    return this.byCredential.get(hashSecret(credential));
  }

  get(deviceId: string): Device | undefined {
    return this.byId.get(deviceId);
  }

  /** The device already seated as this person, if any. */
  ofParticipant(participantId: string): Device | undefined {
    for (const device of this.byId.values()) if (device.participantId === participantId) return device;
    return undefined;
  }

  remove(deviceId: string): Device | undefined {
    const device = this.byId.get(deviceId);
    if (!device) return undefined;
    this.byId.delete(deviceId);
    this.byCredential.delete(device.credentialHash);
    return device;
  }

  /** Every device, and empties the lobby (the room closes). */
  clear(): Device[] {
    const all = [...this.byId.values()];
    this.byId.clear();
    this.byCredential.clear();
    return all;
  }

  get size(): number {
    return this.byId.size;
  }

  list(): RoomDevice[] {
    return [...this.byId.values()].map((d) => ({
      id: d.id,
      name: d.name,
      teamId: d.teamId,
      participantId: d.participantId,
      connected: d.pages.size > 0,
      joinedAt: d.joinedAt.toISOString(),
      lastSeenAt: d.lastSeenAt.toISOString(),
    }));
  }
}
