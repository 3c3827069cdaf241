/**
 * The library listing as React state: loaded on arrival, reloaded whenever
 * the host says workshops were added, renamed or removed (by this page, by
 * another window, or after a reconnect).
 */
import { useCallback, useEffect, useState } from 'react';
import type { LibraryListing } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';

export interface LibraryState {
  readonly listing: LibraryListing | null;
  readonly loadError: string | null;
  readonly reload: () => void;
}

export function useLibrary(): LibraryState {
  const client = useClient();
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    client.request('library/list', {}).then(
      (next) => {
        if (!live) return;
        setListing(next);
        setLoadError(null);
      },
      (error: unknown) => {
        if (live) setLoadError(describeError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [client, generation]);

  useEffect(() => client.onEvent('library/changed', reload), [client, reload]);

  return { listing, loadError, reload };
}
