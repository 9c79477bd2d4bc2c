import type { UnauthorizedOutcome } from '../kfp/client.ts';

export interface AuthUser {
  readonly name: string;
  readonly email: string | undefined;
  /** The identity provider's stable id of the user (OIDC `sub`), when the login mode knows it. */
  readonly subject?: string | undefined;
}

export type SignOutHook = (
  user: AuthUser | null,
  mode: 'oidc' | 'proxy' | 'none',
) => void | Promise<void>;

/** Runs every hook (and waits for them); one that fails does not keep the others, or the sign-out, from running. */
export async function runSignOutHooks(
  hooks: ReadonlySet<SignOutHook>,
  user: AuthUser | null,
  mode: 'oidc' | 'proxy' | 'none',
): Promise<void> {
  await Promise.allSettled([...hooks].map(async (hook) => hook(user, mode)));
}

/** What the app needs from a login mode (oidc, proxy, none). Only src/lib/auth knows how each works. */
export interface AuthSession {
  readonly mode: 'oidc' | 'proxy' | 'none';
  /**
   * Makes sure someone is signed in before the app renders. 'redirecting' means the page is leaving
   * for the identity provider and will come back to `returnUrl`.
   */
  readonly start: (returnUrl: string) => Promise<'ready' | 'redirecting'>;
  /** The bearer token for KFP calls, or null when the mode sends none. */
  readonly getToken: () => Promise<string | null>;
  /** Called by the KFP client on a 401 or a login page: renew the token, or go and sign in again. */
  readonly onUnauthorized: () => Promise<UnauthorizedOutcome>;
  /** Finishes the OIDC redirect on /auth/callback (once, even if called twice) and gives the URL to go back to. */
  readonly completeSignIn: (callbackUrl: string) => Promise<string>;
  readonly canSignOut: boolean;
  /** Signs out: runs the sign-out hooks, revokes what can be revoked (OIDC: the refresh token), leaves. */
  readonly signOut: () => Promise<void>;
  /**
   * Registers what to clear for a user when they sign out (the app wires features' stored data here, so this
   * library knows no feature). The hook gets the user signing out (null when the mode does not know them).
   */
  readonly onSignOut: (hook: SignOutHook) => () => void;
  readonly getUser: () => AuthUser | null;
  readonly subscribe: (listener: () => void) => () => void;
}

/** Too many trips to the identity provider in a short time: the server keeps refusing a fresh token. */
export class SignInLoopError extends Error {
  constructor() {
    super(
      'You signed in, but the server keeps refusing the session. Check that the KFP gateway accepts tokens from this identity provider.',
    );
    this.name = 'SignInLoopError';
  }
}
