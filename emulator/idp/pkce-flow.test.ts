import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardClientId, kfpAudience } from '../auth/constants.ts';
import { createAuthenticator } from '../auth/verify-token.ts';
import { startIdentityProvider, type IdentityProvider } from './server.ts';
import { refreshTokens, signIn, type TokenSet } from './sign-in.ts';

const dashboard = 'http://127.0.0.1:5173';
const redirectUri = `${dashboard}/auth/callback`;

let idp: IdentityProvider;

beforeAll(async () => {
  idp = await startIdentityProvider({
    port: 0,
    redirectUris: [redirectUri, 'http://127.0.0.1:4173/auth/callback'],
    postLogoutRedirectUris: [`${dashboard}/`],
  });
});
afterAll(() => idp.close());

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });

async function tokensOf(username: string): Promise<TokenSet> {
  const result = await signIn({ issuer: idp.issuer, redirectUri, username, password: username });
  if (!result.ok) throw new Error(`sign-in failed: ${result.status} ${result.html}`);
  return result.tokens;
}

describe('identity provider: authorization code + PKCE', () => {
  it('issues a JWT access token for the KFP API with the user claims', async () => {
    const tokens = await tokensOf('alice');
    expect(decodeProtectedHeader(tokens.accessToken)).toMatchObject({
      alg: 'RS256',
      typ: 'at+jwt',
    });
    const claims = decodeJwt(tokens.accessToken);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: kfpAudience,
      sub: 'alice',
      preferred_username: 'alice',
      email: 'alice@example.com',
      name: 'Alice',
      client_id: dashboardClientId,
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(600);
    expect(tokens.idToken).toBeDefined();
    expect(tokens.refreshToken).toBeDefined();
  });

  it('gives a token the authenticator maps to alice and her namespace', async () => {
    const { accessToken } = await tokensOf('alice');
    const authenticator = createAuthenticator({
      mode: 'oidc',
      issuer: idp.issuer,
      audience: kfpAudience,
      jwksUri: idp.jwksUri,
    });
    await expect(authenticator.authenticate(bearer(accessToken))).resolves.toEqual({
      user: 'alice',
      email: 'alice@example.com',
      namespaces: ['kubeflow-alice'],
    });
  });

  it("maps bob's token to bob", async () => {
    const { accessToken } = await tokensOf('bob');
    const authenticator = createAuthenticator({
      mode: 'oidc',
      issuer: idp.issuer,
      audience: kfpAudience,
    });
    await expect(authenticator.authenticate(bearer(accessToken))).resolves.toMatchObject({
      user: 'bob',
      namespaces: ['kubeflow-bob'],
    });
  });

  it('refreshes with the refresh token, from an allowed browser origin', async () => {
    const first = await tokensOf('alice');
    if (first.refreshToken === undefined) throw new Error('no refresh token');
    const response = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: dashboard },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: dashboardClientId,
        refresh_token: first.refreshToken,
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(dashboard);
    const second = await refreshTokens(idp.issuer, first.refreshToken).catch(
      (error: unknown) => error,
    );
    // Public clients' refresh tokens rotate: the used one is spent.
    expect(second).toBeInstanceOf(Error);
    const body: unknown = await response.json();
    const accessToken: unknown =
      typeof body === 'object' && body !== null ? Reflect.get(body, 'access_token') : undefined;
    expect(decodeJwt(String(accessToken))).toMatchObject({
      aud: kfpAudience,
      sub: 'alice',
      preferred_username: 'alice',
    });
  });

  it('refuses a wrong password with an error on the form', async () => {
    const result = await signIn({
      issuer: idp.issuer,
      redirectUri,
      username: 'alice',
      password: 'bob',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(401);
    expect(result.html).toContain('Invalid username or password.');
    expect(result.html).toMatch(/<label for="username">Username<\/label>/);
    expect(result.html).toMatch(/<label for="password">Password<\/label>/);
    expect(result.html).toContain('>Sign in</button>');
  });

  it('signs out through RP-initiated logout, back to the registered URI only', async () => {
    const result = await signIn({
      issuer: idp.issuer,
      redirectUri,
      username: 'alice',
      password: 'alice',
    });
    if (
      !result.ok ||
      result.tokens.idToken === undefined ||
      result.tokens.refreshToken === undefined
    )
      throw new Error('sign-in failed');
    const end = (target: string) =>
      fetch(
        `${idp.issuer}/session/end?${new URLSearchParams({ id_token_hint: result.tokens.idToken ?? '', post_logout_redirect_uri: target }).toString()}`,
        {
          headers: { cookie: result.cookies },
        },
      );
    expect((await end('http://127.0.0.1:9999/')).status).toBe(400);
    const page = await end(`${dashboard}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('>Sign out</button>');
    const action = /<form [^>]*action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    if (action === undefined || xsrf === undefined) throw new Error(`no logout form in ${html}`);
    const confirm = await fetch(action, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: result.cookies },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe(`${dashboard}/`);
    // The session is gone, and the refresh token with it.
    await expect(refreshTokens(idp.issuer, result.tokens.refreshToken)).rejects.toThrow(
      /invalid_grant/,
    );
  });

  it('refuses a redirect URI that is not registered', async () => {
    const result = await signIn({
      issuer: idp.issuer,
      redirectUri: 'http://127.0.0.1:9999/cb',
      username: 'alice',
      password: 'alice',
    });
    expect(result).toMatchObject({ ok: false, status: 400 });
  });
});
