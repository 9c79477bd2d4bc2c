import type { AuthUser } from '@/lib/auth/types.ts';
import { localStorageOrNothing, removeUserKeys } from '@/lib/local-storage.ts';
import type { NamespaceList } from './namespace-queries.ts';

/**
 * The namespaces env-info gave a signed-in user on a KFP server last time, kept in localStorage so the
 * next load's list can go out beside env-info instead of after it (route-prefetch.ts): on a multi-user
 * server a list page otherwise waits two round trips (env-info, then the list). Only for a user the app
 * knows (OIDC `sub`): in proxy mode the user is known only from env-info itself. A stale hint costs
 * one refused request (the server checks every namespace; the shell still waits for env-info before it
 * shows the page). Forgotten with the user's sign-out (start.ts).
 */
const PREFIX = 'kfp-dashboard:granted:';

type Scope = readonly [server: string, user: string];

const keyOf = (scope: Scope) => `${PREFIX}${JSON.stringify(scope)}`;

/** The hint's user: the identity provider's id; none for a mode that does not know it. */
function userOf(user: AuthUser | null): string | undefined {
  return user?.subject;
}

export function rememberGranted(server: string, user: AuthUser | null, list: NamespaceList): void {
  const subject = userOf(user);
  if (subject === undefined) return;
  try {
    localStorageOrNothing()?.setItem(
      keyOf([server, subject]),
      JSON.stringify({ namespaces: list.namespaces, openEnded: list.openEnded }),
    );
  } catch {
    // Full or disabled storage: the next load waits for env-info, as without the hint.
  }
}

/** Whether env-info gave `user` `namespace` on `server` last time (false when nothing or junk is kept). */
export function wasGranted(server: string, user: AuthUser | null, namespace: string): boolean {
  const subject = userOf(user);
  if (subject === undefined) return false;
  let kept: unknown;
  try {
    kept = JSON.parse(localStorageOrNothing()?.getItem(keyOf([server, subject])) ?? 'null');
  } catch {
    return false;
  }
  if (typeof kept !== 'object' || kept === null) return false;
  const namespaces: unknown = Reflect.get(kept, 'namespaces');
  return (
    Reflect.get(kept, 'openEnded') === true ||
    (Array.isArray(namespaces) && namespaces.includes(namespace))
  );
}

/** Removes what is kept for `user` on every server: their sign-out must not leave it in this browser. */
export function forgetGranted(
  user: AuthUser | null,
  store: Storage | undefined = localStorageOrNothing(),
): void {
  const subject = userOf(user);
  if (subject === undefined || store === undefined) return;
  removeUserKeys(store, PREFIX, subject);
}
