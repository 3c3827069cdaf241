/**
 * One open workshop as the screens see it: the newest snapshot (by the
 * host's sequence number — an older one arriving late is ignored), whether
 * every change is saved, and dispatch/undo/redo that report refusals as
 * sentences instead of throwing.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClientCommand } from '../../shared/commands';
import type { WorkshopSnapshot } from '../../shared/wire';
import { ClientError, describeError } from '../api/client';
import type { DispatchOutcome } from '../features/screen-props';
import { useNotify } from '../ui';
import { useClient } from './client-context';
import { showsAhead, withPending } from './optimistic';

export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

export interface WorkshopSession {
  readonly snapshot: WorkshopSnapshot | null;
  /** Why the workshop could not be opened, when it could not. */
  readonly loadError: string | null;
  readonly saveState: SaveState;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
}

export function useWorkshop(workshopId: string): WorkshopSession {
  const client = useClient();
  const { toast, announce } = useNotify();
  const [snapshot, setSnapshot] = useState<WorkshopSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  /** Commands sent but not yet confirmed, shown ahead of the host (see optimistic.ts). */
  const [ahead, setAhead] = useState<readonly ClientCommand[]>([]);
  const seq = useRef(-1);
  // After the connection dropped, the host may have restarted and counted from zero again.
  const acceptAnyNext = useRef(false);

  const accept = useCallback(
    (next: WorkshopSnapshot) => {
      if (next.workshopId !== workshopId) return;
      if (!acceptAnyNext.current && next.seq <= seq.current) return;
      acceptAnyNext.current = false;
      seq.current = next.seq;
      setSnapshot(next);
    },
    [workshopId],
  );

  useEffect(() => {
    let live = true;
    seq.current = -1;
    client.request('workshop/open', { workshopId }).then(
      (opened) => {
        if (live) accept(opened);
      },
      (error: unknown) => {
        if (live) setLoadError(describeError(error));
      },
    );
    const stopChanges = client.onEvent('workshop/changed', accept);
    const stopConnection = client.onConnection((state) => {
      if (state === 'reconnecting') acceptAnyNext.current = true;
    });
    return () => {
      live = false;
      stopChanges();
      stopConnection();
      client.leaveWorkshop();
    };
  }, [client, workshopId, accept]);

  /** Runs one request that returns a snapshot, keeping the save state honest. */
  const run = useCallback(
    async (send: () => Promise<WorkshopSnapshot>): Promise<DispatchOutcome> => {
      setPending((n) => n + 1);
      try {
        const answer = await send();
        accept(answer);
        setFailure(null);
        return { ok: true, workshop: answer.state };
      } catch (error) {
        const message = describeError(error);
        if (error instanceof ClientError && error.isRefusal) {
          // The host said no to this one change; everything else is still saved.
          announce(message, true);
        } else {
          setFailure(message);
          toast(message, 'error');
        }
        return { ok: false, message };
      } finally {
        setPending((n) => n - 1);
      }
    },
    [accept, announce, toast],
  );

  const dispatch = useCallback(
    async (command: ClientCommand) => {
      const shown = showsAhead(command);
      if (shown) setAhead((list) => [...list, command]);
      try {
        return await run(() => client.request('workshop/dispatch', { workshopId, command }));
      } finally {
        if (shown) setAhead((list) => list.filter((pending) => pending !== command));
      }
    },
    [client, run, workshopId],
  );

  const shownSnapshot = useMemo(
    () => (snapshot && ahead.length > 0 ? { ...snapshot, state: withPending(snapshot.state, ahead) } : snapshot),
    [snapshot, ahead],
  );

  const undo = useCallback(async () => {
    const outcome = await run(() => client.request('workshop/undo', { workshopId }));
    if (outcome.ok) announce('Undone.');
  }, [announce, client, run, workshopId]);

  const redo = useCallback(async () => {
    const outcome = await run(() => client.request('workshop/redo', { workshopId }));
    if (outcome.ok) announce('Redone.');
  }, [announce, client, run, workshopId]);

  const saveState: SaveState =
    failure !== null ? { kind: 'failed', message: failure } : pending > 0 ? { kind: 'saving' } : { kind: 'saved' };

  return { snapshot: shownSnapshot, loadError, saveState, dispatch, undo, redo };
}
