import { describe, expect, it } from 'vitest';
import { highlightPieces } from './highlight.ts';

describe('highlightPieces', () => {
  it('returns the whole text as one plain piece without matches', () => {
    expect(highlightPieces('hello', 0, [], 0, 0)).toEqual([{ text: 'hello', match: -1 }]);
    expect(highlightPieces('', 0, [], 0, 0)).toEqual([{ text: '', match: -1 }]);
  });

  it('cuts the text around matches and names each match by index', () => {
    const matches = [
      { line: 4, start: 0, end: 2 },
      { line: 4, start: 4, end: 6 },
    ];
    expect(highlightPieces('abcdefg', 0, matches, 0, 2)).toEqual([
      { text: 'ab', match: 0 },
      { text: 'cd', match: -1 },
      { text: 'ef', match: 1 },
      { text: 'g', match: -1 },
    ]);
  });

  it('clips matches to a row that shows only part of a long line', () => {
    const matches = [
      { line: 0, start: 8, end: 12 },
      { line: 0, start: 15, end: 16 },
      { line: 0, start: 25, end: 30 },
    ];
    // The row shows characters 10..20 of the line.
    expect(highlightPieces('0123456789', 10, matches, 0, 3)).toEqual([
      { text: '01', match: 0 },
      { text: '234', match: -1 },
      { text: '5', match: 1 },
      { text: '6789', match: -1 },
    ]);
  });
});
