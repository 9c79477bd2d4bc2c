import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvAsync, recordChunks } from './csv.ts';

describe('parseCsv', () => {
  it('parses rows without a header, with RFC 4180 quoting', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","multi\nline"\r\n1,2,3\n';
    expect(parseCsv(text, { maxRows: 10 })).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'multi\nline'],
        ['1', '2', '3'],
      ],
      truncated: false,
    });
  });

  it('skips blank lines', () => {
    expect(parseCsv('1,2\n\n  \n3,4\n\n', { maxRows: 10 }).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('stops at the row cap and says so', () => {
    expect(parseCsv('1\n2\n3\n4\n', { maxRows: 2 })).toEqual({
      rows: [['1'], ['2']],
      truncated: true,
    });
    expect(parseCsv('1\n2\n', { maxRows: 2 })).toEqual({ rows: [['1'], ['2']], truncated: false });
  });

  it('drops the partial last record of a cut text', () => {
    expect(parseCsv('1,2\n3,4\n5,', { maxRows: 10, cut: true })).toEqual({
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      truncated: true,
    });
    expect(parseCsv('1,2\n"open\nquote', { maxRows: 10, cut: true })).toEqual({
      rows: [['1', '2']],
      truncated: true,
    });
    expect(parseCsv('no newline at all', { maxRows: 10, cut: true })).toEqual({
      rows: [],
      truncated: true,
    });
  });

  it('gives the same rows whatever the chunk size, quoted newlines included', () => {
    const text = Array.from(
      { length: 50 },
      (_, i) => `${i},"cell ${i}\nwith ""quotes"", and comma",${i * 2}`,
    ).join('\n');
    const whole = parseCsv(text, { maxRows: 1000, chunkChars: 1_000_000 });
    expect(whole.rows).toHaveLength(50);
    for (const chunkChars of [1, 7, 64, 333]) {
      expect(parseCsv(text, { maxRows: 1000, chunkChars })).toEqual(whole);
    }
  });

  it('parses an empty text as no rows', () => {
    expect(parseCsv('', { maxRows: 10 })).toEqual({ rows: [], truncated: false });
  });
});

describe('recordChunks', () => {
  it('cuts only after a newline outside quotes', () => {
    const chunks = [...recordChunks('a,"1\n2"\nb,3\nc,4\n', 3, false)];
    expect(chunks).toEqual(['a,"1\n2"\n', 'b,3\n', 'c,4\n']);
    expect(chunks.join('')).toBe('a,"1\n2"\nb,3\nc,4\n');
  });
});

describe('parseCsvAsync', () => {
  it('yields between chunks and gives the same rows as parseCsv', async () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${i},${i / 1000},x`).join('\n');
    let pauses = 0;
    const rows = await parseCsvAsync(text, {
      maxRows: 10_000,
      chunkChars: 1000,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(rows).toEqual(parseCsv(text, { maxRows: 10_000 }));
    expect(pauses).toBeGreaterThan(10);
  });

  it('stops reading chunks once the cap is reached', async () => {
    const text = 'x\n'.repeat(100_000);
    let pauses = 0;
    const rows = await parseCsvAsync(text, {
      maxRows: 10,
      chunkChars: 100,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(rows.rows).toHaveLength(10);
    expect(rows.truncated).toBe(true);
    expect(pauses).toBeLessThan(3);
  });

  it('uses a timer pause by default', async () => {
    const rows = await parseCsvAsync('1\n2\n3\n', { maxRows: 10, chunkChars: 2 });
    expect(rows.rows).toEqual([['1'], ['2'], ['3']]);
  });
});
