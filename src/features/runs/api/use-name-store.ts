import { useMemo } from 'react';
import { useAuth } from '@/lib/auth/auth-context.tsx';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { localStorageOrNothing } from '@/lib/local-storage.ts';
import { openNameStore, storeKey, type NameStore } from './persisted-names.ts';

/** The name store of the signed-in user's namespace on this KFP server. */
export function useNameStore(namespace: string | undefined): NameStore {
  const client = useKfpClient();
  const { mode, user } = useAuth();
  const key = storeKey(client, mode, user, namespace);
  return useMemo(() => openNameStore(localStorageOrNothing(), key), [key]);
}
