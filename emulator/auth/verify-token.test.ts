import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../lib/errors.ts';
import { startIdentityProvider, type IdentityProvider } from '../idp/server.ts';
import { accessTokenFor } from '../idp/sign-in.ts';
import { kfpAudience } from './constants.ts';
import { createAuthenticator } from './verify-token.ts';

const redirectUri = 'http://127.0.0.1:5173/auth/callback';
let idp: IdentityProvider;
let aliceToken: string;

beforeAll(async () => {
  idp = await startIdentityProvider({
    port: 0,
    redirectUris: [redirectUri],
    postLogoutRedirectUris: [],
    accessTokenTtlSeconds: 1,
  });
  aliceToken = await accessTokenFor({
    issuer: idp.issuer,
    redirectUri,
    username: 'alice',
    password: 'alice',
  });
});
afterAll(() => idp.close());

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const authenticator = () =>
  createAuthenticator({ mode: 'oidc', issuer: idp.issuer, audience: kfpAudience });
const headers = (init: Record<string, string>) => new Headers(init);

describe('createAuthenticator (oidc)', () => {
  it('answers 401 without a token, and never trusts kubeflow-userid', async () => {
    const error = await failure(
      authenticator().authenticate(headers({ 'kubeflow-userid': 'alice@example.com' })),
    );
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^Missing bearer token/);
  });

  it('says when the header or the token is malformed', async () => {
    expect(
      (
        await failure(
          authenticator().authenticate(headers({ authorization: 'Basic YWxpY2U6YWxpY2U=' })),
        )
      ).message,
    ).toMatch(/^Malformed Authorization header/);
    expect(
      (await failure(authenticator().authenticate(headers({ authorization: 'Bearer not-a-jwt' }))))
        .message,
    ).toMatch(/^Malformed access token/);
  });

  it('refuses a token for another audience', async () => {
    const other = createAuthenticator({
      mode: 'oidc',
      issuer: idp.issuer,
      audience: 'urn:something:else',
    });
    const error = await failure(
      other.authenticate(headers({ authorization: `Bearer ${aliceToken}` })),
    );
    expect(error.message).toContain('claim "aud"');
  });

  it('refuses a token signed with another key, even under the right key id', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const { kid } = decodeProtectedHeader(aliceToken);
    const forged = await new SignJWT({ preferred_username: 'bob' })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', ...(kid === undefined ? {} : { kid }) })
      .setIssuer(idp.issuer)
      .setAudience(kfpAudience)
      .setSubject('bob')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const error = await failure(
      authenticator().authenticate(headers({ authorization: `Bearer ${forged}` })),
    );
    expect(error.status).toBe(401);
    expect(error.message).toContain('signature does not verify');
  });

  it('refuses an expired token and says so', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const error = await failure(
      authenticator().authenticate(headers({ authorization: `Bearer ${aliceToken}` })),
    );
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^Expired access token/);
  });
});

describe('createAuthenticator (none)', () => {
  it('has no caller and checks nothing', async () => {
    const none = createAuthenticator({ mode: 'none' });
    expect(none.mode).toBe('none');
    await expect(none.authenticate(headers({}))).resolves.toBeNull();
  });
});
