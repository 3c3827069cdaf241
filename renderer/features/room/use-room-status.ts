/**
 * The room as the facilitator's page knows it: asked for once, then kept up
 * to date by the host's `room/changed` events (someone joined, dropped, was
 * moved; the room opened or closed in another window) and asked for again
 * after a dropped connection, since events sent meanwhile were missed.
 * `act` sends one of the room's requests and takes its answer as the new
 * status, giving back the host's sentence when it refuses.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RoomStatus } from '../../../shared/room';
import type { Method, Params, Results } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';

export type RoomState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly status: RoomStatus };

/** The room's requests whose answer is the whole status. */
export type RoomAction = 'room/status' | 'room/open' | 'room/close' | 'room/device-rename' | 'room/device-move' | 'room/device-remove';

export interface RoomStatusHook {
  readonly state: RoomState;
  /** Sends a room request; resolves with null when done, or the host's sentence when refused. */
  readonly act: <M extends RoomAction & Method>(method: M, params: Params<M>) => Promise<string | null>;
}

export function useRoomStatus(enabled: boolean): RoomStatusHook {
  const client = useClient();
  const [state, setState] = useState<RoomState>({ kind: 'loading' });

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const ask = (): void => {
      client.request('room/status', {}).then(
        (status) => {
          if (live) setState({ kind: 'ready', status });
        },
        (error: unknown) => {
          if (live) setState({ kind: 'failed', message: describeError(error) });
        },
      );
    };
    const stopEvents = client.onEvent('room/changed', (status) => setState({ kind: 'ready', status }));
    const stopConnection = client.onConnection((connection) => {
      if (connection === 'open') ask();
    });
    ask();
    return () => {
      live = false;
      stopEvents();
      stopConnection();
    };
  }, [client, enabled]);

  const act = useCallback(
    async <M extends RoomAction & Method>(method: M, params: Params<M>): Promise<string | null> => {
      try {
        // Every RoomAction answers with the room's status (shared/room.ts roomResultSchemas).
        const status = (await client.request(method, params)) as Results[M] & RoomStatus;
        setState({ kind: 'ready', status });
        return null;
      } catch (error) {
        return describeError(error);
      }
    },
    [client],
  );

  return { state, act };
}
