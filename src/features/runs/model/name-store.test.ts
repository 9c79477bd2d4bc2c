import { describe, expect, it } from 'vitest';
import {
  mergeNames,
  NAME_STORE_CAP,
  nameStoreKey,
  parseStoredNames,
  serializeNames,
  type StoredName,
} from './name-store.ts';

const names: StoredName[] = [
  ['experiments', 'e1', 'exp one'],
  ['versions', 'v1', 'pipe v1'],
  ['recurring-runs', 'r1', 'hourly'],
];

describe('parseStoredNames', () => {
  it('reads back what was serialized', () => {
    expect(parseStoredNames(serializeNames(names))).toEqual(names);
  });

  it('gives nothing for missing, broken, foreign or other-version data', () => {
    for (const text of [
      null,
      '',
      '{',
      'null',
      '42',
      '"names"',
      '[]',
      '{"v":1}',
      '{"v":1,"names":{}}',
      serializeNames(names).replace('"v":1', '"v":2'),
      '{"names":[["versions","v1","x"]]}',
    ]) {
      expect(parseStoredNames(text), String(text)).toEqual([]);
    }
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const text = JSON.stringify({
      v: 1,
      names: [
        ['versions', 'v1', 'pipe v1'],
        ['tokens', 'a', 'b'],
        ['versions', '', 'empty id'],
        ['versions', 'v2', ''],
        ['versions', 'v3'],
        ['versions', 'v4', 'x', 'extra'],
        ['versions', 7, 'x'],
        'versions:v5',
        null,
        ['versions', 'x'.repeat(200), 'long id'],
        ['experiments', 'e1', 'exp one'],
      ],
    });
    expect(parseStoredNames(text)).toEqual([
      ['versions', 'v1', 'pipe v1'],
      ['experiments', 'e1', 'exp one'],
    ]);
  });

  it('keeps one entry per id (the later) and at most the cap', () => {
    const many = Array.from({ length: NAME_STORE_CAP + 10 }, (_, index): StoredName => [
      'versions',
      `v${String(index)}`,
      `name ${String(index)}`,
    ]);
    const parsed = parseStoredNames(serializeNames([...many, ['versions', 'v0', 'renamed']]));
    expect(parsed).toHaveLength(NAME_STORE_CAP);
    expect(parsed.at(-1)).toEqual(['versions', 'v0', 'renamed']);
    expect(parsed[0]).toEqual(['versions', 'v11', 'name 11']);
  });
});

describe('mergeNames', () => {
  it('puts added names last (most recently used) and drops the least recently used over the cap', () => {
    const stored: StoredName[] = [
      ['versions', 'a', 'A'],
      ['versions', 'b', 'B'],
      ['versions', 'c', 'C'],
    ];
    // "a" used again: it moves to the end, so "b" is the oldest and goes first.
    expect(
      mergeNames(
        stored,
        [
          ['versions', 'a', 'A'],
          ['versions', 'd', 'D'],
        ],
        3,
      ),
    ).toEqual([
      ['versions', 'c', 'C'],
      ['versions', 'a', 'A'],
      ['versions', 'd', 'D'],
    ]);
  });

  it('tells kinds apart: the same id of two kinds is two names', () => {
    expect(mergeNames([['experiments', 'x', 'exp']], [['versions', 'x', 'ver']])).toHaveLength(2);
  });
});

describe('nameStoreKey', () => {
  it('is versioned and differs per server, user and namespace', () => {
    const scope = {
      server: 'http://127.0.0.1:4173/pipeline',
      user: 'oidc:alice@example.com',
      namespace: 'kubeflow-alice',
    };
    const keys = [
      scope,
      { ...scope, server: 'https://kfp.example/pipeline' },
      { ...scope, user: 'oidc:bob@example.com' },
      { ...scope, namespace: 'kubeflow-bob' },
      { ...scope, namespace: undefined },
    ].map(nameStoreKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toMatch(/^kfp-dashboard:run-names:v1:/);
  });
});
