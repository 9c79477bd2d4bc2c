import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliClientId, dashboardClientId, kfpAudience } from '../auth/constants.ts';
import { createAuthenticator } from '../auth/verify-token.ts';
import { startIdentityProvider, type IdentityProvider } from './server.ts';

/** The tutorial's get_access_token(): a form POST to the token endpoint with the user's password. */
let idp: IdentityProvider;
let tokenEndpoint: string;

beforeAll(async () => {
  idp = await startIdentityProvider({
    port: 0,
    redirectUris: ['http://127.0.0.1:5173/auth/callback'],
    postLogoutRedirectUris: [],
  });
  const discovery: unknown = await (
    await fetch(`${idp.issuer}/.well-known/openid-configuration`)
  ).json();
  const endpoint =
    typeof discovery === 'object' && discovery !== null && 'token_endpoint' in discovery
      ? discovery.token_endpoint
      : undefined;
  if (typeof endpoint !== 'string') throw new Error('no token_endpoint in discovery');
  tokenEndpoint = endpoint;
});
afterAll(() => idp.close());

function passwordGrant(fields: Record<string, string>): Promise<Response> {
  return fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', ...fields }),
  });
}

describe('password grant (Keycloak direct access grants)', () => {
  it('gives the CLI client a KFP API token for the right password', async () => {
    const response = await passwordGrant({
      client_id: cliClientId,
      username: 'alice',
      password: 'alice',
    });
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    const token =
      typeof body === 'object' && body !== null && 'access_token' in body
        ? body.access_token
        : undefined;
    expect(typeof token).toBe('string');
    const authenticator = createAuthenticator({
      mode: 'oidc',
      issuer: idp.issuer,
      audience: kfpAudience,
      jwksUri: idp.jwksUri,
    });
    const caller = await authenticator.authenticate(
      new Headers({ authorization: `Bearer ${String(token)}` }),
    );
    expect(caller).toEqual({
      user: 'alice',
      email: 'alice@example.com',
      namespaces: ['kubeflow-alice'],
    });
  });

  it("answers a wrong password with Keycloak's 401 invalid_grant body", async () => {
    for (const [username, password] of [
      ['alice', 'bob'],
      ['mallory', 'mallory'],
      ['alice', ''],
    ] as const) {
      const response = await passwordGrant({ client_id: cliClientId, username, password });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: 'invalid_grant',
        error_description: 'Invalid user credentials',
      });
    }
  });

  it("refuses the grant to the dashboard's client", async () => {
    const response = await passwordGrant({
      client_id: dashboardClientId,
      username: 'alice',
      password: 'alice',
    });
    // Keycloak says unauthorized_client here; oidc-provider's own check answers invalid_request.
    expect(response.status).toBe(400);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ error: 'invalid_request' });
    expect(body).not.toHaveProperty('access_token');
  });
});
