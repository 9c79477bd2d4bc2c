import { describe, expect, it } from 'vitest';
import { createAuthSession } from './create-session.ts';

describe('createAuthSession', () => {
  it('gives the mode without sign-in a session with no token', async () => {
    const session = await createAuthSession({ mode: 'none' });
    expect(session.mode).toBe('none');
    await expect(session.getToken()).resolves.toBeNull();
  });

  it('loads the OIDC session for mode oidc', async () => {
    const session = await createAuthSession(
      {
        mode: 'oidc',
        authority: 'http://127.0.0.1:5556',
        clientId: 'kfp-dashboard',
        scope: 'openid',
        sendToken: 'access_token',
      },
      'http://127.0.0.1:4173',
    );
    expect(session.mode).toBe('oidc');
    expect(session.canSignOut).toBe(true);
  });
});
