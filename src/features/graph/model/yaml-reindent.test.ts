import { describe, expect, it } from 'vitest';
import { reindentQuotedContinuations } from './yaml-reindent.ts';

describe('reindentQuotedContinuations', () => {
  it('indents continuation lines of open quoted scalars past their collection', () => {
    const text = ['args:', '  - "a \\', '  \\ b"', "  - key: 'x", "  y'", '  - done'].join('\n');
    expect(reindentQuotedContinuations(text)).toBe(
      ['args:', '  - "a \\', '     \\ b"', "  - key: 'x", "     y'", '  - done'].join('\n'),
    );
  });

  it('leaves closed scalars, escaped quotes, plain scalars and block scalars alone', () => {
    const text = [
      'a: "closed \\" still closed"',
      "b: 'it''s closed'",
      'c: plain "with a quote',
      'd: |',
      '  "not a scalar start',
      'e: 1',
    ].join('\n');
    expect(reindentQuotedContinuations(text)).toBe(text);
  });

  it('keeps the number of lines', () => {
    const text = '- "a\n\nb"\n';
    expect(reindentQuotedContinuations(text).split('\n')).toHaveLength(text.split('\n').length);
  });
});
