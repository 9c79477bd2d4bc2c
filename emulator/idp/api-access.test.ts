import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../kfp-api-app.ts';
import { kfpAudience } from '../auth/constants.ts';
import { createAuthenticator } from '../auth/verify-token.ts';
import { expectContract } from '../contract/expect-contract.ts';
import { executeComponent } from '../sim/behaviours/index.ts';
import { createLogStore } from '../sim/log-store.ts';
import { createObjectStore } from '../sim/object-store.ts';
import { createSimEngine } from '../sim/sim-engine.ts';
import { createStore } from '../store/store.ts';
import { startIdentityProvider, type IdentityProvider } from './server.ts';
import { accessTokenFor } from './sign-in.ts';

/**
 * The whole identity chain against the API: real IdP tokens, the JWKS-verifying authenticator and
 * createApp's namespace checks (multi-user mode).
 */
const redirectUri = 'http://127.0.0.1:5173/auth/callback';
const alicePipelines = '/apis/v2beta1/pipelines?namespace=kubeflow-alice';
let idp: IdentityProvider;
let app: ReturnType<typeof createApp>;
const tokens = new Map<string, string>();

beforeAll(async () => {
  idp = await startIdentityProvider({
    port: 0,
    redirectUris: [redirectUri],
    postLogoutRedirectUris: [],
  });
  for (const user of ['alice', 'bob']) {
    tokens.set(
      user,
      await accessTokenFor({ issuer: idp.issuer, redirectUri, username: user, password: user }),
    );
  }
  const objects = createObjectStore();
  const logs = createLogStore();
  app = createApp({
    store: await createStore(),
    engine: createSimEngine({ speed: 1, seed: 1, behaviour: executeComponent, objects, logs }),
    authenticator: createAuthenticator({
      mode: 'oidc',
      issuer: idp.issuer,
      audience: kfpAudience,
      jwksUri: idp.jwksUri,
    }),
  });
});
afterAll(() => idp.close());

function as(user: string, init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${tokens.get(user) ?? ''}`);
  return { ...init, headers };
}

describe('API access with identity-provider tokens', () => {
  it('lets alice create and list pipelines in her namespace', async () => {
    const created = await app.request(
      '/apis/v2beta1/pipelines',
      as('alice', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ display_name: 'demo', namespace: 'kubeflow-alice' }),
      }),
    );
    expect(created.status).toBe(200);
    await expectContract('v2beta1', 'POST', '/apis/v2beta1/pipelines', created);
    const listed = await app.request(alicePipelines, as('alice'));
    expect(listed.status).toBe(200);
    expect(await expectContract('v2beta1', 'GET', alicePipelines, listed)).toMatchObject({
      pipelines: [{ display_name: 'demo', namespace: 'kubeflow-alice' }],
      total_size: 1,
    });
  });

  it("refuses bob in alice's namespace with 403", async () => {
    const response = await app.request(alicePipelines, as('bob'));
    expect(response.status).toBe(403);
    expect(await expectContract('v2beta1', 'GET', alicePipelines, response)).toMatchObject({
      code: 7,
    });
  });

  it('answers 401 without a token, even with a kubeflow-userid header', async () => {
    const response = await app.request(alicePipelines, {
      headers: { 'kubeflow-userid': 'alice@example.com' },
    });
    expect(response.status).toBe(401);
    expect(await expectContract('v2beta1', 'GET', alicePipelines, response)).toMatchObject({
      code: 16,
    });
  });
});
