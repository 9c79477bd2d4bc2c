import { csvFormatRows } from 'd3-dsv';

/** A plain number (`-0.5`, `+3`, `1e-3`): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'` (Excel, LibreOffice and Google Sheets then show it as typed), unless it is a plain number.
 */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The table as CSV for download, with formula-like cells neutralised. */
export function csvForDownload(rows: readonly (readonly string[])[]): string {
  return csvFormatRows(rows.map((row) => row.map(neutraliseCell)));
}
