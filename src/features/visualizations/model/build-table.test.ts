import { describe, expect, it } from 'vitest';
import { tableFromRows } from './build-table.ts';
import { parseCsv } from './csv.ts';
import type { TableSource } from './output-source.ts';

const SOURCE: TableSource = {
  type: 'table',
  content: { storage: 'inline', text: '' },
  format: 'csv',
  header: ['id', 'name', 'score'],
  title: 't.csv',
};

describe('tableFromRows', () => {
  it('keeps the header from the metadata and trims cells', () => {
    expect(
      tableFromRows(SOURCE, parseCsv('1, ann ,0.5\n2,"bob, jr",0.7\n', { maxRows: 10 })),
    ).toEqual({
      type: 'table',
      title: 't.csv',
      header: ['id', 'name', 'score'],
      rows: [
        ['1', 'ann', '0.5'],
        ['2', 'bob, jr', '0.7'],
      ],
      truncated: false,
    });
  });

  it('accepts an empty table', () => {
    expect(tableFromRows(SOURCE, parseCsv('', { maxRows: 10 })).rows).toEqual([]);
  });

  it('passes on truncation', () => {
    expect(tableFromRows(SOURCE, parseCsv('1,a,1\n2,b,2\n3,c,3\n', { maxRows: 2 })).truncated).toBe(
      true,
    );
  });

  it.each([
    ['1,a,1\n2,b,2\n3,c', 'table: row 3 has 2 cells, header has 3'],
    ['1,a,1,extra', 'table: row 1 has 4 cells, header has 3'],
    ['only', 'table: row 1 has 1 cell, header has 3'],
  ])('%j → %s', (csv, message) => {
    expect(() => tableFromRows(SOURCE, parseCsv(csv, { maxRows: 10 }))).toThrow(message);
  });
});
