import type { AuthConfig } from '../config.ts';
import { recordSignInAttempt } from './return-url.ts';
import { runSignOutHooks, SignInLoopError, type AuthSession, type SignOutHook } from './types.ts';

const noop = () => () => undefined;

/**
 * `proxy`: a gateway in front of us holds a cookie session; we send no token, and when it expires a full
 * reload lets the gateway send the user through its login and back to the same URL.
 * `none`: a single-user KFP without login.
 */
export function createSimpleSession(
  config: Extract<AuthConfig, { mode: 'proxy' | 'none' }>,
  storage: Storage = window.sessionStorage,
): AuthSession {
  const logoutUrl = config.mode === 'proxy' ? config.logoutUrl : undefined;
  const signOutHooks = new Set<SignOutHook>();
  return {
    mode: config.mode,
    canSignOut: logoutUrl !== undefined,
    start: () => Promise.resolve('ready'),
    getToken: () => Promise.resolve(null),
    onUnauthorized() {
      if (config.mode === 'none') return Promise.resolve('redirecting');
      if (recordSignInAttempt(storage)) return Promise.reject(new SignInLoopError());
      window.location.reload();
      return Promise.resolve('redirecting');
    },
    completeSignIn: () => Promise.resolve('/'),
    async signOut() {
      await runSignOutHooks(signOutHooks, null, config.mode);
      if (logoutUrl) window.location.assign(logoutUrl);
    },
    onSignOut(hook) {
      signOutHooks.add(hook);
      return () => signOutHooks.delete(hook);
    },
    getUser: () => null,
    subscribe: noop,
  };
}
