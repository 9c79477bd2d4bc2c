import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthSession, AuthUser } from './types.ts';

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext value={session}>{children}</AuthContext>;
}

export function useAuthSession(): AuthSession {
  const session = use(AuthContext);
  if (!session) throw new Error('useAuth needs an <AuthProvider> above it.');
  return session;
}

export interface UseAuth {
  readonly mode: AuthSession['mode'];
  /** Null in proxy and none modes (the gateway knows the user, we do not). */
  readonly user: AuthUser | null;
  readonly canSignOut: boolean;
  readonly signOut: () => Promise<void>;
}

export function useAuth(): UseAuth {
  const session = useAuthSession();
  const user = useSyncExternalStore(session.subscribe, session.getUser);
  return {
    mode: session.mode,
    user,
    canSignOut: session.canSignOut,
    signOut: () => session.signOut(),
  };
}
