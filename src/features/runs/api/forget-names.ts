import type { AuthSession, AuthUser } from '@/lib/auth/types.ts';
import { KEY_PREFIX } from '../model/name-store.ts';
import { nameStoreUser } from './persisted-names.ts';

/**
 * Removes every name stored for a user (the NameScope user), on every server and namespace: what their sign-out
 * must not leave behind in this browser.
 */
export function forgetUserNames(storage: Storage, user: string): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    let scope: unknown;
    try {
      scope = JSON.parse(key.slice(KEY_PREFIX.length));
    } catch {
      continue;
    }
    if (Array.isArray(scope) && scope[1] === user) storage.removeItem(key);
  }
}

/** Clears the names stored for a user who signs out (the app wires it to `session.onSignOut`). */
export function forgetNamesOnSignOut(user: AuthUser | null, mode: AuthSession['mode']): void {
  try {
    forgetUserNames(window.localStorage, nameStoreUser(mode, user));
  } catch {
    // No localStorage (blocked): nothing was stored either.
  }
}
