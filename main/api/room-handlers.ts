/**
 * The handlers for the room's requests (shared/room.ts). The facilitator
 * opens and closes the room and manages its lobby; a guest with the room code
 * sees the teams and joins, and its connection is seated there and then.
 * Where this app runs no room, each says so.
 */
import type { Params, Results } from '../../shared/wire';
import type { Room } from '../room/room';
import type { ApiClient } from './api-client';
import { ApiRefusal } from './api-errors';

type RoomMethod = 'room/status' | 'room/open' | 'room/close' | 'room/device-rename' | 'room/device-move' | 'room/device-remove' | 'room/preview' | 'room/join';

type RoomHandlers = {
  [M in RoomMethod]: (params: Params<M>, client: ApiClient) => Promise<Results[M]>;
};

const NO_ROOM = 'The local-network room is not available here.';

export function roomHandlers(room: Room | undefined): RoomHandlers {
  const theRoom = (): Room => {
    if (!room) throw new ApiRefusal('unsupported', NO_ROOM);
    return room;
  };
  return {
    'room/status': async () => theRoom().status(),
    'room/open': async ({ workshopId, address }) => theRoom().open(workshopId, address),
    'room/close': async () => theRoom().close(),
    'room/device-rename': async ({ deviceId, name }) => await theRoom().rename(deviceId, name),
    'room/device-move': async ({ deviceId, teamId }) => await theRoom().move(deviceId, teamId),
    'room/device-remove': async ({ deviceId }) => theRoom().remove(deviceId),
    'room/preview': async ({ code }, client) => theRoom().preview(code, askerOf(client)),
    'room/join': async (params, client) => {
      const r = theRoom();
      if (!client.join) throw new ApiRefusal('unsupported', "Joining the room works from a browser; this window is the facilitator's.");
      const { credential, session, device } = await r.join(params, askerOf(client));
      client.join(device, r);
      return { credential, session };
    },
  };
}

/** Wrong codes are counted per network address where it is known, so a new connection does not start afresh. */
function askerOf(client: ApiClient): string {
  return client.peer ?? client.id;
}
