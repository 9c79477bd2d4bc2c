import { describe, expect, it } from 'vitest';
import {
  compileFind,
  findMatches,
  firstMatchFrom,
  matchAtOrAfter,
  matchCountLabel,
  matchesOnLine,
  NO_FIND,
  stepMatch,
  type LogFind,
} from './find.ts';

const lines = [
  'Loading data',
  'loaded 3 files (a.csv, b.csv)',
  'ERROR: cannot open c.csv',
  'done: ERROR count 1',
];

const find = (query: string, options: Partial<LogFind> = {}) => ({ ...NO_FIND, query, ...options });
const matchesOf = (query: string, options: Partial<LogFind> = {}) =>
  findMatches(lines, compileFind(find(query, options)));

describe('compileFind', () => {
  it('is empty for an empty query', () => {
    expect(compileFind(NO_FIND)).toEqual({ kind: 'empty' });
  });

  it('explains an invalid regular expression instead of throwing', () => {
    const pattern = compileFind(find('(unclosed', { regex: true }));
    expect(pattern).toEqual({
      kind: 'invalid',
      message: 'Invalid regular expression: Unterminated group',
    });
    expect(findMatches(lines, pattern)).toEqual({ matches: [], truncated: false });
  });

  it('treats regex characters as plain text unless regex is on', () => {
    expect(compileFind(find('(unclosed')).kind).toBe('valid');
    expect(matchesOf('a.csv').matches).toEqual([{ line: 1, start: 16, end: 21 }]);
    expect(matchesOf('.csv').matches).toHaveLength(3);
    expect(matchesOf('a.csv', { regex: true }).matches).toEqual([{ line: 1, start: 16, end: 21 }]);
    expect(matchesOf('[abc]\\.csv', { regex: true }).matches.map((m) => m.line)).toEqual([1, 1, 2]);
  });
});

describe('findMatches', () => {
  it('ignores case unless asked to match it', () => {
    expect(matchesOf('load').matches.map((m) => m.line)).toEqual([0, 1]);
    expect(matchesOf('load', { matchCase: true }).matches.map((m) => m.line)).toEqual([1]);
    expect(matchesOf('error', { matchCase: true }).matches).toEqual([]);
    expect(matchesOf('error').matches).toHaveLength(2);
  });

  it('lists every match of a line with its range, in reading order', () => {
    expect(matchesOf('csv').matches).toEqual([
      { line: 1, start: 18, end: 21 },
      { line: 1, start: 25, end: 28 },
      { line: 2, start: 21, end: 24 },
    ]);
  });

  it('skips empty matches without looping forever', () => {
    expect(matchesOf('^', { regex: true }).matches).toEqual([]);
    expect(matchesOf('x*', { regex: true }).matches).toEqual([]);
    expect(matchesOf('s*\\.csv', { regex: true }).matches).toHaveLength(3);
  });

  it('stops at the limit and says the list is cut', () => {
    const list = findMatches(['a a a', 'a a'], compileFind(find('a')), 4);
    expect(list.matches).toHaveLength(4);
    expect(list.truncated).toBe(true);
    expect(findMatches(['a a a', 'a'], compileFind(find('a')), 4).truncated).toBe(false);
  });
});

describe('match navigation', () => {
  const { matches } = findMatches(['x', 'a', 'x a a', 'x', 'a'], compileFind(find('a')));

  it('finds the matches of one line', () => {
    expect(matchesOnLine(matches, 2)).toEqual([1, 3]);
    expect(matchesOnLine(matches, 3)).toEqual([3, 3]);
  });

  it('starts at the first match on or after a line, wrapping to the top', () => {
    expect(firstMatchFrom(matches, 0)).toBe(0);
    expect(firstMatchFrom(matches, 2)).toBe(1);
    expect(firstMatchFrom(matches, 3)).toBe(3);
    expect(firstMatchFrom(matches, 5)).toBe(0);
    expect(firstMatchFrom([], 0)).toBe(-1);
  });

  it('finds the same match again by its position', () => {
    expect(matchAtOrAfter(matches, 2, 4)).toBe(2);
    expect(matchAtOrAfter(matches, 2, 3)).toBe(2);
    expect(matchAtOrAfter(matches, 2, 5)).toBe(3);
    expect(matchAtOrAfter(matches, 4, 1)).toBe(0);
  });

  it('steps to the next and previous match, wrapping at both ends', () => {
    expect(stepMatch(0, 4, 1)).toBe(1);
    expect(stepMatch(3, 4, 1)).toBe(0);
    expect(stepMatch(0, 4, -1)).toBe(3);
    expect(stepMatch(2, 4, -1)).toBe(1);
    expect(stepMatch(-1, 4, 1)).toBe(0);
    expect(stepMatch(-1, 4, -1)).toBe(3);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });

  it('labels the count', () => {
    const valid = compileFind(find('a'));
    expect(matchCountLabel(2, { matches, truncated: false }, valid)).toBe('3 of 4');
    expect(matchCountLabel(-1, { matches, truncated: false }, valid)).toBe('4 matches');
    expect(matchCountLabel(-1, { matches: [], truncated: false }, valid)).toBe('No matches');
    const many = Array.from({ length: 50_000 }, (_, line) => ({ line, start: 0, end: 1 }));
    expect(matchCountLabel(0, { matches: many, truncated: true }, valid)).toBe('1 of 50,000+');
    expect(matchCountLabel(-1, { matches: [], truncated: false }, compileFind(NO_FIND))).toBe('');
  });
});

describe('find on a large log', () => {
  it('searches 100,000 lines with a regex quickly', () => {
    const big = Array.from({ length: 100_000 }, (_, i) =>
      i % 1000 === 999 ? `step ${String(i)} failed` : `step ${String(i)} ok`,
    );
    const started = performance.now();
    const list = findMatches(big, compileFind(find('step \\d+ failed', { regex: true })));
    expect(list.matches).toHaveLength(100);
    expect(list.matches[0]).toEqual({ line: 999, start: 0, end: 15 });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
