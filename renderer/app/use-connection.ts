/**
 * The connection to the host as React state, so the banner and the save
 * indicator update when a browser's socket drops and comes back.
 */
import { useSyncExternalStore } from 'react';
import type { ConnectionState } from '../api/client';
import { useClient } from '../api/client-context';

export function useConnection(): ConnectionState {
  const client = useClient();
  return useSyncExternalStore(
    (onChange) => client.onConnection(onChange),
    () => client.connection,
  );
}
