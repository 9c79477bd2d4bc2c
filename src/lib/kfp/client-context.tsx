import { createContext, use, type ReactNode } from 'react';
import type { KfpClient } from './client.ts';

const KfpClientContext = createContext<KfpClient | null>(null);

export function KfpClientProvider({
  client,
  children,
}: {
  client: KfpClient;
  children: ReactNode;
}) {
  return <KfpClientContext value={client}>{children}</KfpClientContext>;
}

/**
 * The app's one KFP client. Features bind their queryOptions to it (`runQueries(client).list(…)`);
 * it is not part of any query key, as there is exactly one per app.
 */
export function useKfpClient(): KfpClient {
  const client = use(KfpClientContext);
  if (!client) throw new Error('useKfpClient needs a <KfpClientProvider> above it.');
  return client;
}
