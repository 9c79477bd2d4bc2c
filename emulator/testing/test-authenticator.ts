import type { Authenticator, Caller } from '../auth/types.ts';
import { unauthenticated } from '../lib/errors.ts';

const callers: Readonly<Record<string, Caller>> = {
  alice: { user: 'alice', email: 'alice@example.com', namespaces: ['kubeflow-alice'] },
  bob: { user: 'bob', email: 'bob@example.com', namespaces: ['kubeflow-bob'] },
};

/**
 * For route tests: an oidc-mode authenticator whose "tokens" are user names (`Bearer alice`),
 * standing in for verified JWTs; anything else is rejected like a bad token.
 */
export const testAuthenticator: Authenticator = {
  mode: 'oidc',
  authenticate(headers) {
    const token = /^Bearer (\w+)$/.exec(headers.get('authorization') ?? '')?.[1];
    const caller = token === undefined ? undefined : callers[token];
    if (!caller) return Promise.reject(unauthenticated('Missing bearer token'));
    return Promise.resolve(caller);
  },
};

export const noAuthenticator: Authenticator = {
  mode: 'none',
  authenticate: () => Promise.resolve(null),
};

export const as = (user: string): RequestInit => ({ headers: { authorization: `Bearer ${user}` } });
