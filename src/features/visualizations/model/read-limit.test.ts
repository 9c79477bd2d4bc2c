import { describe, expect, it } from 'vitest';
import { loadedTextFromBytes, peekFor } from './read-limit.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('loadedTextFromBytes', () => {
  it('keeps a file within the limit whole', () => {
    expect(loadedTextFromBytes(bytes('abc'), 3)).toEqual({
      text: 'abc',
      truncated: false,
      limit: 3,
    });
  });

  it('cuts at the limit and marks the text truncated (peek asks one byte more)', () => {
    expect(peekFor(3)).toBe(4);
    expect(loadedTextFromBytes(bytes('abcd'), 3)).toEqual({
      text: 'abc',
      truncated: true,
      limit: 3,
    });
  });

  it('drops a multi-byte character cut in half instead of showing a replacement character', () => {
    // "é" is 2 bytes: the limit falls between them.
    expect(loadedTextFromBytes(bytes('aé'), 2).text).toBe('a');
  });
});
