import { describe, expect, it } from 'vitest';
import { diffParameters, visibleParameterRows, withDefaults } from './parameter-diff.ts';

describe('diffParameters', () => {
  const rows = diffParameters([
    [
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
      { name: 'source', value: 'iris.csv' },
    ],
    [
      { name: 'a', value: '1' },
      { name: 'b', value: '3' },
    ],
    [
      { name: 'b', value: '2' },
      { name: 'a', value: '1' },
      { name: 'extra', value: '' },
    ],
  ]);

  it('has one row per parameter name in first-seen order, runs as columns', () => {
    expect(rows.map((row) => row.name)).toEqual(['a', 'b', 'source', 'extra']);
    expect(rows.find((row) => row.name === 'b')?.values).toEqual(['2', '3', '2']);
  });

  it('marks rows whose values differ, a missing parameter included', () => {
    expect(Object.fromEntries(rows.map((row) => [row.name, row.differs]))).toEqual({
      a: false,
      b: true,
      source: true,
      extra: true,
    });
    expect(rows.find((row) => row.name === 'source')?.values).toEqual([
      'iris.csv',
      undefined,
      undefined,
    ]);
  });

  it('an empty string is a value, not a missing parameter', () => {
    const [row] = diffParameters([[{ name: 'x', value: '' }], [{ name: 'x', value: '' }]]);
    expect(row).toEqual({ name: 'x', values: ['', ''], defaults: [false, false], differs: false });
  });

  it('filters to the differing rows on request', () => {
    expect(visibleParameterRows(rows, true).map((row) => row.name)).toEqual([
      'b',
      'source',
      'extra',
    ]);
    expect(visibleParameterRows(rows, false)).toHaveLength(4);
  });

  it('compares runs without parameters', () => {
    expect(diffParameters([[], []])).toEqual([]);
  });
});

describe('withDefaults', () => {
  const declared = [
    { name: 'rates', defaultValue: '[0.1,0.2]' },
    { name: 'epochs', defaultValue: '10' },
    { name: 'source', defaultValue: undefined },
  ];

  it('fills what the run did not set from the declared defaults, in declaration order', () => {
    expect(
      withDefaults(
        [
          { name: 'fail_task', value: 'train' },
          { name: 'epochs', value: '5' },
        ],
        declared,
      ),
    ).toEqual([
      { name: 'rates', value: '[0.1,0.2]', fromDefault: true },
      { name: 'epochs', value: '5' },
      { name: 'fail_task', value: 'train' },
    ]);
  });

  it('a default equal to a set value does not differ; the row knows which is the default', () => {
    const [rates] = diffParameters([
      withDefaults([], declared),
      withDefaults([{ name: 'rates', value: '[0.1,0.2]' }], declared),
    ]);
    expect(rates).toEqual({
      name: 'rates',
      values: ['[0.1,0.2]', '[0.1,0.2]'],
      defaults: [true, false],
      differs: false,
    });
  });
});
