// The facilitator's room in words and groups (renderer/features/room/room-logic.ts): the lobby by
// team, the Room button's words, counts, and how the address, the code and times are written.
import { describe, expect, it } from 'vitest';
import type { OpenRoom, RoomDevice, RoomStatus } from '../../../shared/room';
import {
  addressParts,
  codeForReading,
  codeGroups,
  deviceCounts,
  deviceTimes,
  firstChoice,
  groupSummary,
  joinedSentence,
  lobbyGroups,
  NO_TEAM,
  presenceWords,
  roomButtonLook,
} from '../../../renderer/features/room/room-logic';

const TEAMS = [
  { id: 'blue', name: 'Blue team', color: '#1a4fa0' },
  { id: 'red', name: 'Red team', color: '#b3261e' },
  { id: 'green', name: 'Green team', color: '#1b6e3c' },
];

function device(id: string, teamId: string, joinedAt: string, connected = true): RoomDevice {
  return { id, name: id, teamId, participantId: `p-${id}`, connected, joinedAt, lastSeenAt: joinedAt };
}

function openRoom(devices: RoomDevice[], extra: Partial<OpenRoom> = {}): OpenRoom {
  return {
    workshopId: 'w1',
    address: '192.168.1.20',
    port: 5180,
    url: 'http://192.168.1.20:5180',
    code: 'K7M2QX',
    joinUrl: 'http://192.168.1.20:5180/#/join/K7M2QX',
    teamJoinUrls: [],
    devices,
    ...extra,
  };
}

function status(room: OpenRoom | null): RoomStatus {
  return { interfaces: [{ name: 'en0', address: '192.168.1.20', label: 'Wi-Fi (en0) — 192.168.1.20' }], room };
}

describe('the lobby by team', () => {
  it('lists every team in the workshop’s order, each with its devices in the order they joined', () => {
    const groups = lobbyGroups(
      [
        device('Ana', 'red', '2026-03-01T10:05:00.000Z'),
        device('Ben', 'blue', '2026-03-01T10:02:00.000Z', false),
        device('Cy', 'red', '2026-03-01T10:01:00.000Z'),
      ],
      TEAMS,
    );
    expect(groups.map((g) => g.name)).toEqual(['Blue team', 'Red team', 'Green team']);
    expect(groups.map((g) => g.devices.map((d) => d.name))).toEqual([['Ben'], ['Cy', 'Ana'], []]);
    expect(groups.map((g) => g.connected)).toEqual([0, 2, 0]);
    expect(groups.map(groupSummary)).toEqual(['1 device, 0 connected', '2 devices, 2 connected', 'No one yet']);
  });

  it('puts devices whose team has left the workshop under one heading at the end', () => {
    const groups = lobbyGroups([device('Dee', 'gone', '2026-03-01T10:00:00.000Z'), device('Eve', 'blue', '2026-03-01T10:00:00.000Z')], TEAMS);
    expect(groups.at(-1)).toMatchObject({ teamId: '', name: NO_TEAM, color: null });
    expect(groups.at(-1)?.devices.map((d) => d.name)).toEqual(['Dee']);
  });

  it('orders devices that joined in the same instant by name', () => {
    const at = '2026-03-01T10:00:00.000Z';
    const [blue] = lobbyGroups([device('Zoe', 'blue', at), device('Al', 'blue', at)], TEAMS);
    expect(blue?.devices.map((d) => d.name)).toEqual(['Al', 'Zoe']);
  });
});

describe('counts and sentences', () => {
  it('counts devices and the connected ones', () => {
    expect(deviceCounts([device('a', 'blue', ''), device('b', 'blue', '', false)])).toEqual({ total: 2, connected: 1 });
    expect(deviceCounts([])).toEqual({ total: 0, connected: 0 });
  });

  it('says how many have joined in a sentence', () => {
    expect(joinedSentence(0)).toBe('No one has joined yet');
    expect(joinedSentence(1)).toBe('1 person has joined');
    expect(joinedSentence(12)).toBe('12 people have joined');
  });

  it('says connected or not in words, beside the dot', () => {
    expect(presenceWords(device('a', 'blue', ''))).toBe('Connected');
    expect(presenceWords(device('a', 'blue', '', false))).toBe('Not connected');
  });

  it('gives the joining time, and the last time seen for a device that dropped', () => {
    const joined = { ...device('a', 'blue', '2026-03-01T10:02:00.000Z'), lastSeenAt: '2026-03-01T10:40:00.000Z' };
    const local = (iso: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    expect(deviceTimes(joined, 'en-GB')).toBe(`Joined ${local(joined.joinedAt)}`);
    expect(deviceTimes({ ...joined, connected: false }, 'en-GB')).toBe(
      `Joined ${local(joined.joinedAt)}, last seen ${local(joined.lastSeenAt)}`,
    );
    // The workshop's way of writing times: an en-US workshop's lobby says "10:02 AM" whatever the browser.
    expect(deviceTimes(joined, 'en-US')).toMatch(/^Joined \d{1,2}:02 [AP]M$/);
  });
});

describe('the Room button', () => {
  it('says closed before the room opens', () => {
    expect(roomButtonLook(null, 'w1')).toEqual({ text: 'Room: closed', tone: 'closed' });
    expect(roomButtonLook(status(null), 'w1')).toEqual({ text: 'Room: closed', tone: 'closed' });
  });

  it('says open and how many devices are connected', () => {
    const room = openRoom([device('a', 'blue', ''), device('b', 'red', '', false), device('c', 'red', '')]);
    expect(roomButtonLook(status(room), 'w1')).toEqual({ text: 'Room open · 2 connected', tone: 'open' });
  });

  it('warns when the room’s address has gone from this computer', () => {
    const room = openRoom([], { addressProblem: 'This computer no longer has the address 192.168.1.20.' });
    expect(roomButtonLook(status(room), 'w1').tone).toBe('problem');
  });

  it('tells a room open for another workshop apart', () => {
    expect(roomButtonLook(status(openRoom([])), 'w2')).toEqual({ text: 'Room: open for another workshop', tone: 'elsewhere' });
  });
});

describe('the address and the code as written', () => {
  it('splits the scheme from the part people type', () => {
    expect(addressParts('http://192.168.1.20:5180')).toEqual({ scheme: 'http://', rest: '192.168.1.20:5180' });
    expect(addressParts('192.168.1.20:5180')).toEqual({ scheme: '', rest: '192.168.1.20:5180' });
  });

  it('writes the code in two groups of three, and for a screen reader letter by letter', () => {
    expect(codeGroups('K7M2QX')).toEqual(['K7M', '2QX']);
    expect(codeGroups('ABC')).toEqual(['ABC']);
    expect(codeForReading('K7M2QX')).toBe('K 7 M 2 Q X');
  });
});

describe('the address offered first', () => {
  const interfaces = [
    { name: 'en0', address: '192.168.1.20', label: 'Wi-Fi (en0) — 192.168.1.20' },
    { name: 'eth0', address: '10.0.0.5', label: 'Network (eth0) — 10.0.0.5' },
  ];

  it('is the one used before while the computer still has it, else the first', () => {
    expect(firstChoice(interfaces, '10.0.0.5')).toBe('10.0.0.5');
    expect(firstChoice(interfaces, '172.16.0.9')).toBe('192.168.1.20');
    expect(firstChoice(interfaces, null)).toBe('192.168.1.20');
    expect(firstChoice([], null)).toBeNull();
  });
});
