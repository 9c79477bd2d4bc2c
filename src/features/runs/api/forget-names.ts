import type { AuthSession, AuthUser } from '@/lib/auth/types.ts';
import { removeUserKeys } from '@/lib/local-storage.ts';
import { KEY_PREFIX } from '../model/name-store.ts';
import { nameStoreUser } from './persisted-names.ts';

/**
 * Removes every name stored for a user (the NameScope user), on every server and namespace: what their sign-out
 * must not leave behind in this browser.
 */
export function forgetUserNames(storage: Storage, user: string): void {
  removeUserKeys(storage, KEY_PREFIX, user);
}

/** Clears the names stored for a user who signs out (the app wires it to `session.onSignOut`). */
export function forgetNamesOnSignOut(user: AuthUser | null, mode: AuthSession['mode']): void {
  try {
    forgetUserNames(window.localStorage, nameStoreUser(mode, user));
  } catch {
    // No localStorage (blocked): nothing was stored either.
  }
}
