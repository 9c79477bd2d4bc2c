import { afterEach, describe, expect, it } from 'vitest';
import { nameStoreKey } from '../model/name-store.ts';
import { forgetNamesOnSignOut } from './forget-names.ts';

afterEach(() => window.localStorage.clear());

describe('forgetNamesOnSignOut', () => {
  it('removes the names stored for the user signing out, on every server and namespace, and nothing else', () => {
    const alice = 'oidc:alice-sub';
    const keys = {
      aliceA: nameStoreKey({ server: 'http://a/pipeline', user: alice, namespace: 'ns-1' }),
      aliceB: nameStoreKey({ server: 'http://b/pipeline', user: alice, namespace: undefined }),
      bob: nameStoreKey({ server: 'http://a/pipeline', user: 'oidc:bob-sub', namespace: 'ns-1' }),
    };
    for (const key of Object.values(keys)) window.localStorage.setItem(key, '[]');
    window.localStorage.setItem('kfp-dashboard.theme', 'dark');
    forgetNamesOnSignOut({ name: 'Alice', email: undefined, subject: 'alice-sub' }, 'oidc');
    expect(window.localStorage.getItem(keys.aliceA)).toBeNull();
    expect(window.localStorage.getItem(keys.aliceB)).toBeNull();
    expect(window.localStorage.getItem(keys.bob)).toBe('[]');
    expect(window.localStorage.getItem('kfp-dashboard.theme')).toBe('dark');
  });
});
