/** localStorage, or undefined where the browser refuses it (disabled, sandboxed): callers then keep nothing. */
export function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Removes the keys `<prefix><JSON [server, user, …]>` whose user is `user`: what a user's sign-out must not
 * leave in this browser (the runs list's names, the namespaces env-info gave them). Other keys stay.
 */
export function removeUserKeys(storage: Storage, prefix: string, user: string): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) {
    let scope: unknown;
    try {
      scope = JSON.parse(key.slice(prefix.length));
    } catch {
      continue;
    }
    if (Array.isArray(scope) && scope[1] === user) storage.removeItem(key);
  }
}
