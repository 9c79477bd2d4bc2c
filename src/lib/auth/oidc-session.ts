import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthConfig } from '../config.ts';
import type { UnauthorizedOutcome } from '../kfp/client.ts';
import {
  clearSignInAttempts,
  currentUrl,
  recordSignInAttempt,
  safeReturnUrl,
} from './return-url.ts';
import {
  runSignOutHooks,
  SignInLoopError,
  type AuthSession,
  type AuthUser,
  type SignOutHook,
} from './types.ts';

type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

function toAuthUser(user: User | null): AuthUser | null {
  if (!user) return null;
  const p = user.profile;
  const email = typeof p.email === 'string' ? p.email : undefined;
  return { name: p.name ?? p.preferred_username ?? email ?? p.sub, email, subject: p.sub };
}

/**
 * OIDC authorization code + PKCE with oidc-client-ts. The user lives in sessionStorage (the library's
 * default, kept on purpose: a token should not outlive the browser tab); refresh tokens renew it.
 */
export function createOidcSession(
  config: OidcConfig,
  origin: string,
  storage: Storage = window.sessionStorage,
): AuthSession {
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: storage }),
    automaticSilentRenew: true,
    // No silent_redirect_uri / iframe: renewal uses the refresh token only.
    monitorSession: false,
  });

  let user: AuthUser | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: User | null) => {
    user = toAuthUser(next);
    for (const listener of listeners) listener();
  };
  manager.events.addUserLoaded(publish);
  manager.events.addUserUnloaded(() => publish(null));

  /** A stored user that cannot be read (edited, corrupted) counts as signed out. */
  async function loadUser(): Promise<User | null> {
    try {
      const loaded = await manager.getUser();
      publish(loaded);
      return loaded;
    } catch {
      await manager.removeUser();
      return null;
    }
  }

  async function renew(): Promise<boolean> {
    try {
      const renewed = await manager.signinSilent();
      return renewed !== null;
    } catch {
      return false;
    }
  }

  async function redirectToSignIn(returnUrl: string): Promise<'redirecting'> {
    if (recordSignInAttempt(storage)) throw new SignInLoopError();
    await manager.removeUser();
    await manager.signinRedirect({ state: safeReturnUrl(returnUrl) });
    return 'redirecting';
  }

  const signOutHooks = new Set<SignOutHook>();
  let unauthorized: Promise<UnauthorizedOutcome> | null = null;
  const callbacks = new Map<string, Promise<string>>();

  return {
    mode: 'oidc',
    canSignOut: true,

    async start(returnUrl) {
      const loaded = await loadUser();
      if (loaded && !loaded.expired) return 'ready';
      if (loaded?.refresh_token && (await renew())) return 'ready';
      return redirectToSignIn(returnUrl);
    },

    async getToken() {
      const loaded = await loadUser();
      if (!loaded) return null;
      return (config.sendToken === 'id_token' ? loaded.id_token : loaded.access_token) ?? null;
    },

    onUnauthorized() {
      // Many calls fail together when a token dies; they share one renewal.
      unauthorized ??= (async () => {
        const loaded = await loadUser();
        if (loaded?.refresh_token && (await renew())) return 'renewed';
        return redirectToSignIn(currentUrl());
      })().finally(() => {
        unauthorized = null;
      });
      return unauthorized;
    },

    completeSignIn(callbackUrl) {
      // React StrictMode mounts the callback route twice; the code can be exchanged only once.
      let pending = callbacks.get(callbackUrl);
      if (!pending) {
        pending = manager
          .signinRedirectCallback(callbackUrl)
          .then((signedIn) => safeReturnUrl(signedIn.state));
        callbacks.set(callbackUrl, pending);
      }
      return pending;
    },

    async signOut() {
      clearSignInAttempts(storage);
      await runSignOutHooks(signOutHooks, user, 'oidc');
      // The refresh token would otherwise stay valid after sign-out (RFC 7009 revocation at the provider).
      try {
        await manager.revokeTokens(['refresh_token']);
      } catch {
        // No revocation endpoint, or the provider is unreachable: the end-session redirect still signs out.
      }
      await manager.signoutRedirect({ post_logout_redirect_uri: `${origin}/` });
    },

    onSignOut(hook) {
      signOutHooks.add(hook);
      return () => signOutHooks.delete(hook);
    },

    getUser: () => user,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
