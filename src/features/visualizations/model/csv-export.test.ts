import { describe, expect, it } from 'vitest';
import { csvForDownload, neutraliseCell } from './csv-export.ts';

describe('csvForDownload', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of [
      '=HYPERLINK("http://evil.example","x")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
    ])
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it('keeps plain numbers and ordinary text as they are', () => {
    for (const cell of ['-0.5', '+3', '1e-3', '-.25', 'cat', 'a=b', '', ' =1'])
      expect(neutraliseCell(cell)).toBe(cell);
  });

  it('writes the neutralised cells as CSV, quoted where needed', () => {
    expect(
      csvForDownload([
        ['name', 'value'],
        ['=1+1', '-1'],
        ['@x,y', 'ok'],
      ]),
    ).toBe('name,value\n\'=1+1,-1\n"\'@x,y",ok');
  });
});
