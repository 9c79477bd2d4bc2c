import type { AuthSession, AuthUser } from '@/lib/auth/types.ts';
import { localStorageOrNothing } from '@/lib/local-storage.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import type { LookupKind } from '../model/lookup-plan.ts';
import {
  mergeNames,
  nameStoreKey,
  parseStoredNames,
  serializeNames,
  type NameScope,
  type StoredName,
} from '../model/name-store.ts';

/** Names found by earlier visits (this tab, other tabs, before a reload) of one scope. */
export interface NameStore {
  readonly get: (kind: LookupKind, id: string) => string | undefined;
  /** Keeps found names, or marks them used now (they are then the last the cap drops). */
  readonly remember: (names: readonly StoredName[]) => void;
}

function read(storage: Storage | undefined, key: string): StoredName[] {
  try {
    return parseStoredNames(storage?.getItem(key) ?? null);
  } catch {
    return [];
  }
}

/**
 * A store over `storage` (localStorage in the app): read once when opened; each `remember` merges
 * with what storage holds now (another tab may have added names) and writes back. Storage that is
 * missing, disabled or full only loses the memory across reloads, never a page.
 */
export function openNameStore(storage: Storage | undefined, key: string): NameStore {
  const names = new Map<string, string>();
  const load = (entries: readonly StoredName[]) => {
    names.clear();
    for (const [kind, id, name] of entries) names.set(`${kind}:${id}`, name);
  };
  load(read(storage, key));
  return {
    get: (kind, id) => names.get(`${kind}:${id}`),
    remember: (added) => {
      if (added.length === 0) return;
      const merged = mergeNames(read(storage, key), added);
      load(merged);
      try {
        storage?.setItem(key, serializeNames(merged));
      } catch {
        // Disabled or full storage: the names stay in memory for this page.
      }
    },
  };
}

/** The user part of a name store's scope. */
export function nameStoreUser(mode: AuthSession['mode'], user: AuthUser | null): string {
  return user === null ? '' : `${mode}:${user.subject ?? user.email ?? user.name}`;
}

/**
 * The key of the name store of the signed-in user's namespace on this KFP server. The user is the OIDC
 * subject (or, without one, the email or name); in proxy and none modes the app does not know the user
 * and the scope is the server and namespace only.
 */
export function storeKey(
  client: Pick<KfpClient, 'origin' | 'baseUrl'>,
  mode: AuthSession['mode'],
  user: AuthUser | null,
  namespace: string | undefined,
): string {
  const scope: NameScope = {
    server: `${client.origin}${client.baseUrl}`,
    user: nameStoreUser(mode, user),
    namespace,
  };
  return nameStoreKey(scope);
}

/** The name store of a scope outside React (a route loader). */
export function nameStoreFor(
  client: Pick<KfpClient, 'origin' | 'baseUrl'>,
  session: { readonly mode: AuthSession['mode']; readonly getUser: () => AuthUser | null },
  namespace: string | undefined,
): NameStore {
  return openNameStore(
    localStorageOrNothing(),
    storeKey(client, session.mode, session.getUser(), namespace),
  );
}
