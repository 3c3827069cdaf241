/**
 * The room behind a code, as the join screen shows it: the workshop's title,
 * its teams and their people (who already has a device in the room). Asked
 * again after a refused join, since someone may have taken a name meanwhile.
 * A wrong code, or too many of them, comes back as the host's sentence.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RoomPreview } from '../../../shared/room';
import { ClientError, describeError } from '../../api/client';
import { useClient } from '../../api/client-context';

export type PreviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly preview: RoomPreview }
  | {
      readonly kind: 'failed';
      readonly message: string;
      /**
       * Whether asking again with the same code may help (the room is not open yet, the line dropped).
       * A wrong code stays wrong, and each try counts towards the host's limit on wrong codes.
       */
      readonly mayRetry: boolean;
    };

interface Loaded {
  readonly code: string;
  readonly state: PreviewState;
}

export function useRoomPreview(code: string): { readonly state: PreviewState; readonly reload: () => void } {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    client.request('room/preview', { code }).then(
      (preview) => {
        if (live) setLoaded({ code, state: { kind: 'ready', preview } });
      },
      (error: unknown) => {
        const mayRetry = !(error instanceof ClientError && error.code === 'invalid');
        if (live) setLoaded({ code, state: { kind: 'failed', message: describeError(error), mayRetry } });
      },
    );
    return () => {
      live = false;
    };
  }, [client, code, generation]);

  // What was loaded for another code is not shown while this one loads.
  const state: PreviewState = loaded?.code === code ? loaded.state : { kind: 'loading' };
  return { state, reload };
}
