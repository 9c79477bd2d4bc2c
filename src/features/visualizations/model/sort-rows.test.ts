import { describe, expect, it } from 'vitest';
import { compareCells, nextSort, sortRows } from './sort-rows.ts';

describe('sortRows', () => {
  const rows = [
    ['b', '10'],
    ['a', '9'],
    ['c', 'n/a'],
    ['d', '9'],
    ['e', '-1.5e1'],
  ];

  it('sorts numbers by value, text after them, and keeps file order for ties', () => {
    expect(sortRows(rows, { column: 1, direction: 'asc' }).map((row) => row[0])).toEqual([
      'e',
      'a',
      'd',
      'b',
      'c',
    ]);
    expect(sortRows(rows, { column: 1, direction: 'desc' }).map((row) => row[0])).toEqual([
      'c',
      'b',
      'a',
      'd',
      'e',
    ]);
  });

  it('sorts text in natural order, and leaves the input alone', () => {
    const names = [['row 10'], ['Row 2'], ['row 1']];
    expect(sortRows(names, { column: 0, direction: 'asc' })).toEqual([
      ['row 1'],
      ['Row 2'],
      ['row 10'],
    ]);
    expect(names[0]).toEqual(['row 10']);
    expect(sortRows(names, undefined)).toBe(names);
  });

  it('treats missing cells as empty text', () => {
    expect(compareCells(undefined, 'a')).toBeLessThan(0);
    expect(sortRows([['x'], ['y', '1']], { column: 1, direction: 'asc' })).toEqual([
      ['y', '1'],
      ['x'],
    ]);
  });
});

describe('nextSort', () => {
  it('cycles ascending → descending → none, and starts over on another column', () => {
    const asc = nextSort(undefined, 2);
    expect(asc).toEqual({ column: 2, direction: 'asc' });
    const desc = nextSort(asc, 2);
    expect(desc).toEqual({ column: 2, direction: 'desc' });
    expect(nextSort(desc, 2)).toBeUndefined();
    expect(nextSort(desc, 0)).toEqual({ column: 0, direction: 'asc' });
  });
});
