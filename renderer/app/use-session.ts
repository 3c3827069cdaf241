/**
 * What this page is (the facilitator, a member of the room, or a guest), as
 * React state: the app chooses what to show by it, and changes when the host
 * says the seat changed (renamed, moved to another team, removed).
 */
import { useSyncExternalStore } from 'react';
import type { SessionState } from '../../shared/room';
import { useClient } from '../api/client-context';

export function useSession(): SessionState | null {
  const client = useClient();
  return useSyncExternalStore(
    (onChange) => client.onSession(onChange),
    () => client.session,
  );
}
