import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kfpAudience } from '../auth/constants.ts';
import { createAuthenticator } from '../auth/verify-token.ts';
import { startIdentityProvider, type IdentityProvider } from '../idp/server.ts';
import { accessTokenFor } from '../idp/sign-in.ts';
import { envInfoRoutes } from './env-info.ts';

const redirectUri = 'http://127.0.0.1:5173/auth/callback';
let idp: IdentityProvider;

beforeAll(async () => {
  idp = await startIdentityProvider({
    port: 0,
    redirectUris: [redirectUri],
    postLogoutRedirectUris: [],
  });
});
afterAll(() => idp.close());

const path = '/api/workgroup/env-info';

describe('GET /api/workgroup/env-info', () => {
  it("lists the caller's profile namespace", async () => {
    const app = envInfoRoutes(
      createAuthenticator({ mode: 'oidc', issuer: idp.issuer, audience: kfpAudience }),
      {
        logoutUrl: `${idp.issuer}/session/end`,
      },
    );
    const token = await accessTokenFor({
      issuer: idp.issuer,
      redirectUri,
      username: 'bob',
      password: 'bob',
    });
    const response = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: 'bob@example.com',
      platform: {
        kubeflowVersion: '1.10.0',
        provider: 'other://',
        providerName: 'other',
        logoutUrl: `${idp.issuer}/session/end`,
      },
      namespaces: [{ user: 'bob@example.com', namespace: 'kubeflow-bob', role: 'owner' }],
      isClusterAdmin: false,
    });
  });

  it('answers 401 with a KFP error body without a token, whatever kubeflow-userid says', async () => {
    const app = envInfoRoutes(
      createAuthenticator({ mode: 'oidc', issuer: idp.issuer, audience: kfpAudience }),
    );
    const response = await app.request(path, {
      headers: { 'kubeflow-userid': 'alice@example.com' },
    });
    expect(response.status).toBe(401);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ code: 16 });
    expect(JSON.stringify(body)).toContain('"message":"Missing bearer token');
  });

  it('answers the anonymous user with no namespaces in none mode', async () => {
    const response = await envInfoRoutes(createAuthenticator({ mode: 'none' })).request(path);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      user: 'anonymous@kubeflow.org',
      namespaces: [],
      isClusterAdmin: false,
    });
  });
});
