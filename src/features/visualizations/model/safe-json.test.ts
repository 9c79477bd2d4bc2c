import { describe, expect, it } from 'vitest';
import { jsonDepth, parseJsonSafely } from './safe-json.ts';
import { VisualizationError } from './viewer-config.ts';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['[[], {"a": [1]}]', 3],
    ['{"a": "[[[[{{{{"}', 1],
    ['{"a": "quote \\" then [[["}', 1],
    ['{"a": "backslash \\\\", "b": [[1]]}', 3],
  ])('%s → %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});

describe('parseJsonSafely', () => {
  it('parses valid JSON', () => {
    expect(parseJsonSafely('{"outputs": []}', 'ui metadata', { maxChars: 100 })).toEqual({
      outputs: [],
    });
  });

  it('refuses text over the size limit before parsing', () => {
    expect(() =>
      parseJsonSafely(`"${'x'.repeat(2 * 1024 * 1024)}"`, 'ui metadata', { maxChars: 1024 * 1024 }),
    ).toThrow(new VisualizationError('ui metadata', '2 MB is over the 1 MB limit'));
  });

  it('refuses deep nesting with a clear message (and without a stack overflow)', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseJsonSafely(deep, 'ui metadata', { maxChars: 1_000_000 })).toThrow(
      new VisualizationError('ui metadata', 'nested deeper than 64 levels'),
    );
    expect(() => parseJsonSafely('[[[1]]]', 'x', { maxChars: 100, maxDepth: 2 })).toThrow(
      'x: nested deeper than 2 levels',
    );
  });

  it('names the JSON syntax error', () => {
    expect(() => parseJsonSafely('{"outputs": [}', 'ui metadata', { maxChars: 100 })).toThrow(
      /^ui metadata: not valid JSON \(.+\)$/,
    );
  });
});
