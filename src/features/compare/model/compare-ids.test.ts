import { describe, expect, it } from 'vitest';
import {
  canCompare,
  MAX_COMPARE_RUNS,
  parseCompareIds,
  roomForRuns,
  withAddedRuns,
  withoutRun,
} from './compare-ids.ts';

describe('parseCompareIds', () => {
  it('splits, trims and drops empty and repeated ids in order', () => {
    expect(parseCompareIds(' a, b,,a ,c')).toEqual({ kind: 'ok', ids: ['a', 'b', 'c'] });
  });
  it('needs two runs', () => {
    expect(parseCompareIds(null)).toEqual({ kind: 'too-few', ids: [] });
    expect(parseCompareIds('a,a')).toEqual({ kind: 'too-few', ids: ['a'] });
  });
  it('takes at most ten runs', () => {
    const ids = Array.from({ length: MAX_COMPARE_RUNS + 1 }, (_, i) => `r${String(i)}`);
    expect(parseCompareIds(ids.join(','))).toEqual({ kind: 'too-many', ids });
    expect(parseCompareIds(ids.slice(0, MAX_COMPARE_RUNS).join(',')).kind).toBe('ok');
  });
  it('tells whether a selection can be compared', () => {
    expect([0, 1, 2, 10, 11].map(canCompare)).toEqual([false, false, true, true, false]);
  });

  it('removes a run and adds runs at the end, without repeats and up to ten', () => {
    expect(withoutRun(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(withAddedRuns(['a', 'b'], ['c', 'a', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    const nine = Array.from({ length: 9 }, (_, i) => `r${String(i)}`);
    expect(withAddedRuns(nine, ['x', 'y'])).toEqual([...nine, 'x']);
    expect(roomForRuns(nine)).toBe(1);
    expect(roomForRuns([...nine, 'x', 'y'])).toBe(0);
  });
});
