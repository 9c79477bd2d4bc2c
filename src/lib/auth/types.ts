import type { UnauthorizedOutcome } from '../kfp/client.ts';

export interface AuthUser {
  readonly name: string;
  readonly email: string | undefined;
  /** The identity provider's stable id of the user (OIDC `sub`), when the login mode knows it. */
  readonly subject?: string | undefined;
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
  readonly signOut: () => Promise<void>;
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
