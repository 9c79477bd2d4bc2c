import { describe, expect, it } from 'vitest';
import { stripAnsi } from './ansi.ts';
import { splitLogLines } from './split-lines.ts';

describe('splitLogLines', () => {
  it('has no lines for an empty log and one empty line for a lone newline', () => {
    expect(splitLogLines('')).toEqual([]);
    expect(splitLogLines('\n')).toEqual(['']);
  });

  it('does not start an empty line after the final newline, but keeps empty lines inside', () => {
    expect(splitLogLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLogLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLogLines('a\n\n')).toEqual(['a', '']);
  });

  it('ends lines at \\r\\n as well as \\n', () => {
    expect(splitLogLines('one\r\ntwo\nthree\r\n')).toEqual(['one', 'two', 'three']);
  });

  it('overwrites like a terminal on a lone \\r (progress bars)', () => {
    expect(splitLogLines(' 10%|#    |\r 50%|###  |\r100%|#####|\r\ndone\n')).toEqual([
      '100%|#####|',
      'done',
    ]);
    expect(splitLogLines('abcdef\rxy\n')).toEqual(['xycdef']);
    expect(splitLogLines('kept\r\r\n')).toEqual(['kept']);
  });

  it('ends an unterminated OSC sequence (a window title) at its line, so later lines stay', () => {
    expect(splitLogLines('\u001b]0;title\nnext\n')).toEqual(['', 'next']);
  });

  it('strips ANSI colours before splitting', () => {
    expect(splitLogLines('\u001b[31mred\u001b[0m\n\u001b[1;32mgreen\u001b[m\n')).toEqual([
      'red',
      'green',
    ]);
  });

  it('keeps very long lines whole (the layout cuts them into rows)', () => {
    const long = 'x'.repeat(200_000);
    expect(splitLogLines(`a\n${long}\nb`)).toEqual(['a', long, 'b']);
  });

  it('splits 100,000 lines quickly enough for a live log', () => {
    const text = Array.from(
      { length: 100_000 },
      (_, i) => `2024-01-01T00:00:00Z INFO step ${String(i)} done`,
    ).join('\n');
    const started = performance.now();
    const lines = splitLogLines(text);
    expect(lines).toHaveLength(100_000);
    expect(lines[99_999]).toBe('2024-01-01T00:00:00Z INFO step 99999 done');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('stripAnsi', () => {
  it('removes SGR colours, cursor moves, OSC titles and hyperlinks', () => {
    expect(stripAnsi('\u001b[38;5;196mhot\u001b[0m')).toBe('hot');
    expect(stripAnsi('\u001b[2K\u001b[1Gline')).toBe('line');
    expect(stripAnsi('\u001b]0;title\u0007text')).toBe('text');
    expect(stripAnsi('\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
  });

  it('removes other control characters but keeps tabs, newlines and carriage returns', () => {
    expect(stripAnsi('a\u0007b\u0008c\td\r\ne')).toBe('abc\td\r\ne');
    expect(stripAnsi('cut at the end \u001b')).toBe('cut at the end ');
  });

  it('returns plain text unchanged', () => {
    const text = 'plain text: 100% [ok] {json: "yes"}';
    expect(stripAnsi(text)).toBe(text);
  });
});
