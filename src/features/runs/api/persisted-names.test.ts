import { beforeEach, describe, expect, it } from 'vitest';
import {
  nameStoreKey,
  NAME_STORE_CAP,
  serializeNames,
  type StoredName,
} from '../model/name-store.ts';
import { openNameStore } from './persisted-names.ts';

const scope = {
  server: 'http://127.0.0.1:4173/pipeline',
  user: 'oidc:alice@example.com',
  namespace: 'kubeflow-alice',
};
const key = nameStoreKey(scope);

describe('openNameStore (localStorage)', () => {
  beforeEach(() => localStorage.clear());

  it('remembers found names across openings (a reload, another tab)', () => {
    openNameStore(localStorage, key).remember([['versions', 'v1', 'pipe v1']]);
    const again = openNameStore(localStorage, key);
    expect(again.get('versions', 'v1')).toBe('pipe v1');
    expect(again.get('experiments', 'v1')).toBeUndefined();
    // Only ids and names are written.
    expect(localStorage.getItem(key)).toBe(serializeNames([['versions', 'v1', 'pipe v1']]));
  });

  it('keeps namespaces (and users) apart', () => {
    openNameStore(localStorage, key).remember([['experiments', 'e1', 'alice exp']]);
    expect(
      openNameStore(localStorage, nameStoreKey({ ...scope, namespace: 'kubeflow-bob' })).get(
        'experiments',
        'e1',
      ),
    ).toBeUndefined();
    expect(
      openNameStore(localStorage, nameStoreKey({ ...scope, user: 'oidc:bob@example.com' })).get(
        'experiments',
        'e1',
      ),
    ).toBeUndefined();
    expect(openNameStore(localStorage, key).get('experiments', 'e1')).toBe('alice exp');
  });

  it('starts empty over corrupt or foreign data and replaces it with its own', () => {
    localStorage.setItem(key, '{"v":1,"names":[["versions","v1",{"token":"secret"}]]');
    const store = openNameStore(localStorage, key);
    expect(store.get('versions', 'v1')).toBeUndefined();
    store.remember([['versions', 'v2', 'pipe v2']]);
    expect(openNameStore(localStorage, key).get('versions', 'v2')).toBe('pipe v2');
    expect(localStorage.getItem(key)).not.toContain('secret');
  });

  it('merges with names another tab wrote meanwhile', () => {
    const tabA = openNameStore(localStorage, key);
    openNameStore(localStorage, key).remember([['experiments', 'e1', 'from tab B']]);
    tabA.remember([['experiments', 'e2', 'from tab A']]);
    expect(tabA.get('experiments', 'e1')).toBe('from tab B');
    const reloaded = openNameStore(localStorage, key);
    expect([reloaded.get('experiments', 'e1'), reloaded.get('experiments', 'e2')]).toEqual([
      'from tab B',
      'from tab A',
    ]);
  });

  it('drops the least recently used names over the cap', () => {
    const store = openNameStore(localStorage, key);
    store.remember(
      Array.from({ length: NAME_STORE_CAP }, (_, index): StoredName => [
        'versions',
        `v${String(index)}`,
        `n${String(index)}`,
      ]),
    );
    store.remember([['versions', 'v0', 'n0']]); // v0 shown again: v1 is now the oldest
    store.remember([['versions', 'new', 'newest']]);
    const reloaded = openNameStore(localStorage, key);
    expect(reloaded.get('versions', 'v0')).toBe('n0');
    expect(reloaded.get('versions', 'v1')).toBeUndefined();
    expect(reloaded.get('versions', 'v2')).toBe('n2');
    expect(reloaded.get('versions', 'new')).toBe('newest');
  });

  it('works in memory when storage refuses to write', () => {
    const full: Storage = {
      length: 0,
      clear: () => undefined,
      key: () => null,
      removeItem: () => undefined,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const store = openNameStore(full, key);
    store.remember([['versions', 'v1', 'pipe v1']]);
    expect(store.get('versions', 'v1')).toBe('pipe v1');
    expect(openNameStore(undefined, key).get('versions', 'v1')).toBeUndefined();
  });
});
