import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { unauthenticated } from '../lib/errors.ts';
import type { Authenticator, Caller } from './types.ts';
import { findDevUser, namespacesOf } from './users.ts';

export type AuthenticatorOptions =
  { mode: 'oidc'; issuer: string; audience: string; jwksUri?: string } | { mode: 'none' };

/** `Authorization: Bearer <token>` → the token, or an ApiError(Unauthenticated) saying what is wrong. */
function bearerToken(headers: Headers): string {
  const header = headers.get('authorization');
  if (header === null || header.trim() === '')
    throw unauthenticated('Missing bearer token: send "Authorization: Bearer <access token>".');
  const match = /^Bearer +([^ ]+)$/i.exec(header.trim());
  if (!match?.[1])
    throw unauthenticated('Malformed Authorization header: expected "Bearer <access token>".');
  return match[1];
}

function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return 'Expired access token: sign in again or refresh the token.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `Invalid access token: claim "${error.claim}" ${error.reason === 'check_failed' ? 'is not accepted' : error.reason}.`;
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'Invalid access token: the signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'Invalid access token: it is not signed by a key of the identity provider.';
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'Invalid access token: signing algorithm not allowed.';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return 'Malformed access token: not a signed JWT.';
  if (error instanceof errors.JOSEError)
    return `Access token could not be verified (${error.code}).`;
  return 'Access token could not be verified.';
}

/** The Caller a verified token stands for; the user comes from `preferred_username` (or `sub`). */
export function callerFromClaims(payload: JWTPayload): Caller {
  const name =
    typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub;
  if (name === undefined || name === '') throw unauthenticated('Invalid access token: no subject.');
  const email =
    typeof payload.email === 'string' ? payload.email : (findDevUser(name)?.email ?? name);
  return { user: name, email, namespaces: namespacesOf(name) };
}

/**
 * Verifies bearer JWTs against the identity provider's JWKS: signature (RS256), issuer, audience,
 * expiry, and the access-token type `at+jwt`. A client-sent `kubeflow-userid` header is ignored:
 * only the token says who the caller is.
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  if (options.mode === 'none') return { mode: 'none', authenticate: () => Promise.resolve(null) };
  const { issuer, audience } = options;
  const jwks = createRemoteJWKSet(new URL(options.jwksUri ?? `${issuer.replace(/\/$/, '')}/jwks`));
  return {
    mode: 'oidc',
    async authenticate(headers) {
      const token = bearerToken(headers);
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer,
          audience,
          algorithms: ['RS256'],
          typ: 'at+jwt',
        });
        return callerFromClaims(payload);
      } catch (error) {
        if (error instanceof errors.JOSEError) throw unauthenticated(describeFailure(error));
        throw error;
      }
    },
  };
}
