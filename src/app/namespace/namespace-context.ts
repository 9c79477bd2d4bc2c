import { createContext, use } from 'react';

/** Whether the pages below may render yet. */
export type NamespaceStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly kind: 'redirect'; readonly namespace: string }
  | { readonly kind: 'denied'; readonly namespace: string }
  | { readonly kind: 'none-available' }
  | { readonly kind: 'ready' };

export interface NamespaceState {
  readonly status: NamespaceStatus;
  /** Multi-user install (healthz `multi_user`). */
  readonly multiUser: boolean;
  /** The current namespace (`?ns=`); undefined in a single-user install. */
  readonly namespace: string | undefined;
  /** The namespaces the picker offers. */
  readonly namespaces: readonly string[];
  /** The user name the central dashboard reports (env-info), when there is one. */
  readonly envUser: string | undefined;
  /** Switches namespace: leaves detail pages for the list of the same section, resetting its filters. */
  readonly setNamespace: (namespace: string) => void;
}

export const NamespaceContext = createContext<NamespaceState | null>(null);

/** Route modules read the namespace here and hand it to features (which may not import the app layer). */
export function useNamespace(): NamespaceState {
  const state = use(NamespaceContext);
  if (!state) throw new Error('useNamespace needs the NamespaceProvider (the app shell) above it.');
  return state;
}
