import { User, UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOidcSession } from './oidc-session.ts';

const config = {
  mode: 'oidc',
  authority: 'http://127.0.0.1:5556',
  clientId: 'kfp-dashboard',
  scope: 'openid profile email offline_access',
  sendToken: 'access_token',
} as const;
const ORIGIN = 'http://127.0.0.1:4173';
const KEY = 'oidc.user:http://127.0.0.1:5556:kfp-dashboard';

function storeUser(overrides: Partial<ConstructorParameters<typeof User>[0]> = {}): void {
  const user = new User({
    access_token: 'access-1',
    id_token: 'id-1',
    token_type: 'Bearer',
    profile: {
      sub: 'alice',
      iss: config.authority,
      aud: config.clientId,
      exp: 0,
      iat: 0,
      name: 'Alice',
      email: 'alice@example.com',
    },
    expires_at: Math.floor(Date.now() / 1000) + 600,
    ...overrides,
  });
  window.sessionStorage.setItem(KEY, user.toStorageString());
}

afterEach(() => {
  window.sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('createOidcSession', () => {
  it('sends the configured token', async () => {
    storeUser();
    await expect(createOidcSession(config, ORIGIN).getToken()).resolves.toBe('access-1');
    await expect(
      createOidcSession({ ...config, sendToken: 'id_token' }, ORIGIN).getToken(),
    ).resolves.toBe('id-1');
  });

  it('knows the signed-in user after start', async () => {
    storeUser();
    const session = createOidcSession(config, ORIGIN);
    await expect(session.start('/runs')).resolves.toBe('ready');
    expect(session.getUser()).toEqual({
      name: 'Alice',
      email: 'alice@example.com',
      subject: 'alice',
    });
  });

  it('treats an unreadable stored user as signed out and goes to sign in, remembering the URL', async () => {
    window.sessionStorage.setItem(KEY, '{not json');
    const redirect = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    const session = createOidcSession(config, ORIGIN);
    await expect(session.getToken()).resolves.toBeNull();
    await expect(session.start('/runs?ns=kubeflow-alice')).resolves.toBe('redirecting');
    expect(redirect).toHaveBeenCalledWith({ state: '/runs?ns=kubeflow-alice' });
    expect(window.sessionStorage.getItem(KEY)).toBeNull();
  });

  it('renews an expired user with its refresh token instead of redirecting', async () => {
    storeUser({ expires_at: Math.floor(Date.now() / 1000) - 10, refresh_token: 'refresh-1' });
    const silent = vi.spyOn(UserManager.prototype, 'signinSilent').mockResolvedValue(null);
    const redirect = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    silent.mockImplementationOnce(() =>
      Promise.resolve(
        new User({
          access_token: 'fresh',
          token_type: 'Bearer',
          profile: { sub: 'alice', iss: '', aud: '', exp: 0, iat: 0 },
        }),
      ),
    );
    await expect(createOidcSession(config, ORIGIN).start('/runs')).resolves.toBe('ready');
    expect(silent).toHaveBeenCalledOnce();
    expect(redirect).not.toHaveBeenCalled();
  });

  it('shares one renewal among calls that fail together', async () => {
    storeUser({ refresh_token: 'refresh-1' });
    const silent = vi.spyOn(UserManager.prototype, 'signinSilent').mockImplementation(
      () =>
        new Promise((resolve) =>
          setTimeout(
            () =>
              resolve(
                new User({
                  access_token: 'fresh',
                  token_type: 'Bearer',
                  profile: { sub: 'alice', iss: '', aud: '', exp: 0, iat: 0 },
                }),
              ),
            5,
          ),
        ),
    );
    const session = createOidcSession(config, ORIGIN);
    const outcomes = await Promise.all([
      session.onUnauthorized(),
      session.onUnauthorized(),
      session.onUnauthorized(),
    ]);
    expect(outcomes).toEqual(['renewed', 'renewed', 'renewed']);
    expect(silent).toHaveBeenCalledOnce();
  });

  it('goes to sign in again when renewal fails', async () => {
    storeUser({ refresh_token: 'bad' });
    vi.spyOn(UserManager.prototype, 'signinSilent').mockRejectedValue(new Error('invalid_grant'));
    const redirect = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    window.history.replaceState(null, '', '/experiments?ns=kubeflow-alice');
    await expect(createOidcSession(config, ORIGIN).onUnauthorized()).resolves.toBe('redirecting');
    expect(redirect).toHaveBeenCalledWith({ state: '/experiments?ns=kubeflow-alice' });
  });

  it('exchanges the code once even when the callback runs twice (StrictMode), and returns a safe URL', async () => {
    const callback = vi.spyOn(UserManager.prototype, 'signinRedirectCallback').mockResolvedValue(
      new User({
        access_token: 'a',
        token_type: 'Bearer',
        profile: { sub: 'alice', iss: '', aud: '', exp: 0, iat: 0 },
        userState: '/runs/r1?tab=logs',
      }),
    );
    const session = createOidcSession(config, ORIGIN);
    const url = `${ORIGIN}/auth/callback?code=c&state=s`;
    await expect(
      Promise.all([session.completeSignIn(url), session.completeSignIn(url)]),
    ).resolves.toEqual(['/runs/r1?tab=logs', '/runs/r1?tab=logs']);
    expect(callback).toHaveBeenCalledOnce();

    callback.mockResolvedValue(
      new User({
        access_token: 'a',
        token_type: 'Bearer',
        profile: { sub: 'alice', iss: '', aud: '', exp: 0, iat: 0 },
        userState: 'https://evil.example/',
      }),
    );
    await expect(session.completeSignIn(`${url}&again`)).resolves.toBe('/');
  });

  it('signs out by running the sign-out hooks with the user, revoking the refresh token, then ending the session', async () => {
    storeUser({ refresh_token: 'refresh-1' });
    const order: string[] = [];
    const revoke = vi.spyOn(UserManager.prototype, 'revokeTokens').mockImplementation(() => {
      order.push('revoke');
      return Promise.resolve();
    });
    const redirect = vi.spyOn(UserManager.prototype, 'signoutRedirect').mockImplementation(() => {
      order.push('end-session');
      return Promise.resolve();
    });
    const session = createOidcSession(config, ORIGIN);
    await session.start('/runs');
    const cleared: unknown[] = [];
    session.onSignOut((user, mode) => {
      order.push('hook');
      cleared.push(user?.subject, mode);
    });
    await session.signOut();
    expect(order).toEqual(['hook', 'revoke', 'end-session']);
    expect(cleared).toEqual(['alice', 'oidc']);
    expect(revoke).toHaveBeenCalledWith(['refresh_token']);
    expect(redirect).toHaveBeenCalledWith({ post_logout_redirect_uri: `${ORIGIN}/` });
  });

  it('still ends the session when revocation fails', async () => {
    storeUser({ refresh_token: 'refresh-1' });
    vi.spyOn(UserManager.prototype, 'revokeTokens').mockRejectedValue(new Error('offline'));
    const redirect = vi
      .spyOn(UserManager.prototype, 'signoutRedirect')
      .mockResolvedValue(undefined);
    const session = createOidcSession(config, ORIGIN);
    await session.start('/runs');
    await session.signOut();
    expect(redirect).toHaveBeenCalledOnce();
  });
});
