/** What the shell should do about the namespace, given the server, the user's namespaces and the URL. */
export type NamespaceResolution =
  | { readonly kind: 'single-user' }
  | { readonly kind: 'redirect'; readonly namespace: string }
  | { readonly kind: 'ok'; readonly namespace: string }
  | { readonly kind: 'denied'; readonly namespace: string }
  | { readonly kind: 'none-available' };

export interface NamespaceInputs {
  readonly multiUser: boolean;
  /** The namespaces the user may work in (env-info or the static config list). */
  readonly available: readonly string[];
  /**
   * Whether a namespace outside `available` may still be tried (cluster admins; a static list, where
   * only the server knows) — the server's 403 then speaks.
   */
  readonly openEnded: boolean;
  /** `?ns=` of the current URL. */
  readonly requested: string | null;
  readonly remembered: string | null;
}

export function resolveNamespace(inputs: NamespaceInputs): NamespaceResolution {
  if (!inputs.multiUser) return { kind: 'single-user' };
  const { requested, remembered, available } = inputs;
  if (requested) {
    if (available.includes(requested) || inputs.openEnded)
      return { kind: 'ok', namespace: requested };
    return { kind: 'denied', namespace: requested };
  }
  if (remembered && available.includes(remembered))
    return { kind: 'redirect', namespace: remembered };
  const first = available[0];
  return first === undefined ? { kind: 'none-available' } : { kind: 'redirect', namespace: first };
}

const STORAGE_KEY = 'kfp-dashboard.namespace';

export function recallNamespace(storage: Storage = window.localStorage): string | null {
  return storage.getItem(STORAGE_KEY);
}

export function rememberNamespace(namespace: string, storage: Storage = window.localStorage): void {
  storage.setItem(STORAGE_KEY, namespace);
}
