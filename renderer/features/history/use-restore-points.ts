/**
 * The workshop's restore points as React state, asked for once when the
 * History dialog opens (the list is a moment's look, not a live feed).
 */
import { useEffect, useState } from 'react';
import type { RestorePoint } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';

export type RestorePointsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'loaded'; readonly points: readonly RestorePoint[] };

export function useRestorePoints(workshopId: string): RestorePointsState {
  const client = useClient();
  const [state, setState] = useState<RestorePointsState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    client.request('history/list', { workshopId }).then(
      ({ points }) => {
        if (live) setState({ kind: 'loaded', points });
      },
      (error: unknown) => {
        if (live) setState({ kind: 'failed', message: describeError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [client, workshopId]);
  return state;
}
