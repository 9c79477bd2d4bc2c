import { checkRowWidth, numberCell } from './cells.ts';
import type { CsvRows } from './csv.ts';
import { quote } from './guards.ts';
import type { ConfusionMatrixSource } from './output-source.ts';
import type { ConfusionMatrixConfig } from './viewer-config.ts';
import { VisualizationError } from './viewer-config.ts';

const WHAT = 'confusion matrix';

/** Rows to parse for a matrix: one more than needed, to tell "too many" without reading them all. */
export function confusionMatrixRowCap(source: ConfusionMatrixSource): number {
  return source.labels.length ** 2 + 1;
}

/**
 * A confusion matrix from CSV rows `target,predicted,count` (column order from the schema): exactly
 * labels² rows, every (target, predicted) pair once, counts numeric and not negative.
 */
export function confusionMatrixFromRows(
  source: ConfusionMatrixSource,
  csv: CsvRows,
): ConfusionMatrixConfig {
  const { labels, columns, schema } = source;
  const size = labels.length;
  const needed = size * size;
  if (csv.rows.length !== needed) {
    const got = csv.rows.length > needed ? `more than ${needed}` : String(csv.rows.length);
    const cut =
      csv.truncated && csv.rows.length < needed ? ' before the size limit cut the file' : '';
    throw new VisualizationError(WHAT, `${size} labels need ${needed} rows, got ${got}${cut}`);
  }
  const index = new Map(labels.map((label, i) => [label.trim(), i]));
  const matrix = labels.map(() => labels.map((): number | undefined => undefined));
  csv.rows.forEach((row, i) => {
    const rowNumber = i + 1;
    checkRowWidth(row, rowNumber, schema.length, WHAT, 'schema');
    const target = labelIndex(index, row[columns.target], rowNumber, 'target');
    const predicted = labelIndex(index, row[columns.predicted], rowNumber, 'predicted');
    const count = numberCell(row[columns.count], rowNumber, 'count', WHAT);
    if (count < 0)
      throw new VisualizationError(WHAT, `row ${rowNumber}: count ${count} is negative`);
    const cells = matrix[target];
    if (!cells || cells[predicted] !== undefined) {
      throw new VisualizationError(
        WHAT,
        `row ${rowNumber} repeats target ${quote(labels[target] ?? '')}, predicted ${quote(labels[predicted] ?? '')}`,
      );
    }
    cells[predicted] = count;
  });
  // labels² rows with no repeated pair fill every cell.
  return {
    type: 'confusion-matrix',
    labels,
    matrix: matrix.map((cells) => cells.map((cell) => cell ?? 0)),
    axes: [
      schema[columns.target]?.name ?? 'target',
      schema[columns.predicted]?.name ?? 'predicted',
    ],
    ...(source.title === undefined ? {} : { title: source.title }),
  };
}

function labelIndex(
  index: ReadonlyMap<string, number>,
  cell: string | undefined,
  rowNumber: number,
  column: string,
): number {
  const label = (cell ?? '').trim();
  const found = index.get(label);
  if (found === undefined) {
    throw new VisualizationError(
      WHAT,
      `row ${rowNumber}: ${column} ${quote(label)} is not one of the labels`,
    );
  }
  return found;
}
