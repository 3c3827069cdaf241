/**
 * The facilitator's room in words and groups, without React: what the top
 * bar's Room button says, the lobby grouped by team, how many have joined,
 * and how addresses, codes and times are written. Kept here so the rules
 * are unit-tested and the components only lay them out.
 */
import { formatTime } from '../../../shared/present/dates';
import type { RoomDevice, RoomInterface, RoomStatus } from '../../../shared/room';

/** A team as the room's screens need it. */
export interface RoomTeam {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** One team's devices in the lobby. */
export interface LobbyGroup {
  readonly teamId: string;
  readonly name: string;
  /** The team's colour; null for devices whose team has left the workshop. */
  readonly color: string | null;
  readonly devices: readonly RoomDevice[];
  readonly connected: number;
}

/** The heading for devices whose team is no longer in the workshop (removed while they were seated). */
export const NO_TEAM = 'Not in any team of this workshop';

/**
 * The lobby by team, in the workshop's team order, every team listed even
 * when no one has joined it yet (so the facilitator sees which team is
 * missing people). Within a team, devices are in the order they joined.
 * Devices whose team has gone come last, under one heading.
 */
export function lobbyGroups(devices: readonly RoomDevice[], teams: readonly RoomTeam[]): LobbyGroup[] {
  const byJoining = [...devices].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.name.localeCompare(b.name));
  const group = (teamId: string, name: string, color: string | null, members: readonly RoomDevice[]): LobbyGroup => ({
    teamId,
    name,
    color,
    devices: members,
    connected: members.filter((d) => d.connected).length,
  });
  const groups = teams.map((team) =>
    group(
      team.id,
      team.name,
      team.color,
      byJoining.filter((d) => d.teamId === team.id),
    ),
  );
  const known = new Set(teams.map((t) => t.id));
  const strays = byJoining.filter((d) => !known.has(d.teamId));
  if (strays.length > 0) groups.push(group('', NO_TEAM, null, strays));
  return groups;
}

export interface DeviceCounts {
  readonly total: number;
  readonly connected: number;
}

export function deviceCounts(devices: readonly RoomDevice[]): DeviceCounts {
  return { total: devices.length, connected: devices.filter((d) => d.connected).length };
}

/** How the Room button in the top bar looks: its words and its state. */
export interface RoomButtonLook {
  readonly text: string;
  /** closed: nothing listening; open: this workshop's room; problem: its address has gone; elsewhere: another workshop's room. */
  readonly tone: 'closed' | 'open' | 'problem' | 'elsewhere';
}

export function roomButtonLook(status: RoomStatus | null, workshopId: string): RoomButtonLook {
  const room = status?.room ?? null;
  if (room === null) return { text: 'Room: closed', tone: 'closed' };
  if (room.workshopId !== workshopId) return { text: 'Room: open for another workshop', tone: 'elsewhere' };
  if (room.addressProblem !== undefined) return { text: 'Room: address lost', tone: 'problem' };
  const { connected } = deviceCounts(room.devices);
  return { text: `Room open · ${connected} connected`, tone: 'open' };
}

/** "No one has joined yet", "1 person has joined", "12 people have joined". */
export function joinedSentence(count: number): string {
  if (count === 0) return 'No one has joined yet';
  return count === 1 ? '1 person has joined' : `${count} people have joined`;
}

/** "3 devices, 2 connected" for a team's heading in the lobby. */
export function groupSummary(group: LobbyGroup): string {
  const total = group.devices.length;
  if (total === 0) return 'No one yet';
  return `${total} ${total === 1 ? 'device' : 'devices'}, ${group.connected} connected`;
}

/**
 * The room's address split where the type size changes: the scheme small,
 * the part people must get right large. A browser on a phone needs the
 * "http://" less than the numbers, but it stays on screen, so nobody's
 * browser tries https on a room that has none.
 */
export function addressParts(url: string): { readonly scheme: string; readonly rest: string } {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(.*)$/i.exec(url);
  return match ? { scheme: match[1] ?? '', rest: match[2] ?? '' } : { scheme: '', rest: url };
}

/** The room code in two groups of three ("K7M 2QX"), which people read and type back more surely than six in a row. */
export function codeGroups(code: string): readonly string[] {
  return code.length === 6 ? [code.slice(0, 3), code.slice(3)] : [code];
}

/** The code for a screen reader, one character at a time ("K 7 M 2 Q X"), not as a word. */
export function codeForReading(code: string): string {
  return code.split('').join(' ');
}

/** The time of day of an ISO instant as the workshop writes times ("14:02"; en-US "2:02 PM"), or an empty string when it cannot be read. */
export function timeOfDay(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return formatTime(at, locale);
}

/** What the lobby says about a device's presence, beside its dot. */
export function presenceWords(device: RoomDevice): string {
  return device.connected ? 'Connected' : 'Not connected';
}

/** When the device joined, and for one that dropped when it was last seen. */
export function deviceTimes(device: RoomDevice, locale: string): string {
  const joined = `Joined ${timeOfDay(device.joinedAt, locale)}`;
  return device.connected ? joined : `${joined}, last seen ${timeOfDay(device.lastSeenAt, locale)}`;
}

/** The address to offer first: the one chosen before if this computer still has it, else the first. */
export function firstChoice(interfaces: readonly RoomInterface[], previous: string | null): string | null {
  if (previous !== null && interfaces.some((i) => i.address === previous)) return previous;
  return interfaces[0]?.address ?? null;
}
