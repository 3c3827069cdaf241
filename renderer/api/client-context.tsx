/**
 * Makes the one JourneyClient available to every component without passing
 * it through each layer. Tests can provide a client of their own.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { JourneyClient } from './client';

const ClientContext = createContext<JourneyClient | null>(null);

export function ClientProvider({ client, children }: { client: JourneyClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): JourneyClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient is used outside <ClientProvider>.');
  return client;
}
