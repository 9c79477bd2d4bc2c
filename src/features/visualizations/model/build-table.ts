import { checkRowWidth } from './cells.ts';
import type { CsvRows } from './csv.ts';
import type { TableSource } from './output-source.ts';
import type { TableConfig } from './viewer-config.ts';

/** A table from CSV rows: every row as wide as the header; cells trimmed and kept as plain text. */
export function tableFromRows(source: TableSource, csv: CsvRows): TableConfig {
  const width = source.header.length;
  const rows = csv.rows.map((row, i) => {
    checkRowWidth(row, i + 1, width, 'table', 'header');
    return row.map((cell) => cell.trim());
  });
  return {
    type: 'table',
    header: source.header,
    rows,
    truncated: csv.truncated,
    ...(source.title === undefined ? {} : { title: source.title }),
  };
}
