/**
 * The whole app: the workshop library, or one open workshop. Which one is
 * open lives in the address's hash (#/workshop/<id>), so a reload or the
 * browser's Back button lands where the person expects.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { JourneyClient } from '../api/client';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { NotifyProvider } from '../ui';
import { ClientProvider } from '../api/client-context';
import { ConnectionBanner } from './ConnectionBanner';
import { WorkshopView } from './WorkshopView';
import './app.css';

const WORKSHOP_HASH = /^#\/workshop\/([^/]+)$/;

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function openWorkshopId(): string | null {
  const match = WORKSHOP_HASH.exec(window.location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function App({ client }: { client: JourneyClient }) {
  const workshopId = useSyncExternalStore(subscribeToHash, openWorkshopId);

  const open = useCallback((id: string) => {
    window.location.hash = `#/workshop/${encodeURIComponent(id)}`;
  }, []);
  const back = useCallback(() => {
    window.location.hash = '#/';
  }, []);

  useEffect(() => {
    if (workshopId === null) document.title = 'Journey Room';
  }, [workshopId]);

  return (
    <ClientProvider client={client}>
      <NotifyProvider>
        <ConnectionBanner />
        {workshopId === null ? (
          <LibraryScreen onOpen={open} />
        ) : (
          <WorkshopView key={workshopId} workshopId={workshopId} onBack={back} />
        )}
      </NotifyProvider>
    </ClientProvider>
  );
}
