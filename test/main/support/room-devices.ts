/**
 * People in the local-network room on the real server, as their devices are:
 * the facilitator opens the room on the tests' loopback address, a guest
 * page on that address types the code and joins as a person of a team, and
 * the connection it joined on stays seated, as a browser's does. Devices
 * that come back later connect with the credential the join gave them.
 */
import type { RunningServer } from '../../../main/server/start-server';
import type { OpenRoom, RoomStatus, SessionState } from '../../../shared/room';
import { TEST_ROOM_ADDRESS } from './test-server';
import { TestClient, type EventMessage, type Incoming, type Reply } from './ws-client';

export type MemberSession = Extract<SessionState, { kind: 'member' }>;

export interface Device {
  /** The connection the person joined on: seated as them from the join on. */
  readonly client: TestClient;
  readonly credential: string;
  readonly session: MemberSession;
}

/** The room open for this workshop, as the facilitator sees it; opened on the tests' address when it is not. */
export async function openRoom(server: RunningServer, workshopId: string): Promise<OpenRoom> {
  // One room at a time: a test that moved on to another workshop moves the room with it.
  if (server.room.isOpen && server.room.workshopId !== workshopId) await server.room.close();
  if (!server.room.isOpen) await server.room.open(workshopId, TEST_ROOM_ADDRESS);
  const room = server.room.status().room;
  if (!room) throw new Error('The room did not open.');
  return room;
}

/** A page on the room's address that has not joined: what a phone shows after scanning the code. */
export async function guestIn(server: RunningServer, workshopId: string): Promise<TestClient> {
  return TestClient.connect((await openRoom(server, workshopId)).url);
}

/**
 * A person joining from their own device: a guest page on the room's address
 * sends the code, the team and their name (or their place on the team's
 * list), and stays connected as them. Throws with the room's sentence if the
 * join is refused.
 */
export async function joinDevice(
  server: RunningServer,
  workshopId: string,
  teamId: string,
  name: string,
  options: { readonly participantId?: string } = {},
): Promise<Device> {
  const room = await openRoom(server, workshopId);
  const client = await TestClient.connect(room.url);
  const reply = await client.request('room/join', { code: room.code, teamId, name, ...options });
  if (!reply.ok) {
    await client.close();
    throw new Error(`Joining the room was refused: ${reply.error?.message ?? ''}`);
  }
  const { credential, session } = reply.result as { credential: string; session: MemberSession };
  return { client, credential, session };
}

/** Is this message a `room/changed` event? */
export function isRoomChanged(m: Incoming): m is EventMessage & { data: RoomStatus } {
  return 'event' in m && m.event === 'room/changed';
}

/** Is this message a `session/state` event? */
export function isSessionState(m: Incoming): m is EventMessage & { data: SessionState } {
  return 'event' in m && m.event === 'session/state';
}

/**
 * Waits until the facilitator's page hears a lobby for which `match` holds,
 * among the messages from index `from` on (what it had heard before does not
 * count); gives that lobby.
 */
export async function lobbyWhere(
  facilitator: TestClient,
  from: number,
  match: (status: RoomStatus) => boolean,
  timeoutMs = 5000,
): Promise<RoomStatus> {
  const event = await facilitator.waitFor(
    (m, index): m is EventMessage & { data: RoomStatus } => index >= from && isRoomChanged(m) && match(m.data),
    timeoutMs,
  );
  return event.data;
}

/** The sentence of a refused reply; fails when the request went through. */
export function refusalOf(reply: Reply): { code: string; message: string } {
  if (reply.ok || !reply.error) throw new Error(`It was not refused: ${JSON.stringify(reply.result).slice(0, 200)}`);
  return reply.error;
}
