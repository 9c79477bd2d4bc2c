import { rateCell, checkRowWidth, extendedNumberCell } from './cells.ts';
import type { CsvRows } from './csv.ts';
import type { RocSource } from './output-source.ts';
import type { RocConfig, RocCurve, RocPoint } from './viewer-config.ts';
import { VisualizationError } from './viewer-config.ts';

const WHAT = 'roc';

/** One ROC curve from CSV rows, with columns found by the schema. */
export function rocCurveFromRows(source: RocSource, csv: CsvRows, label: string): RocCurve {
  if (csv.rows.length === 0) throw new VisualizationError(WHAT, 'no data rows');
  const { fpr, tpr, threshold } = source.columns;
  const points = csv.rows.map((row, i): RocPoint => {
    checkRowWidth(row, i + 1, source.schema.length, WHAT, 'schema');
    return {
      fpr: rateCell(row[fpr], i + 1, 'fpr', WHAT),
      tpr: rateCell(row[tpr], i + 1, 'tpr', WHAT),
      threshold: extendedNumberCell(row[threshold], i + 1, 'threshold', WHAT),
    };
  });
  return makeRocCurve(label, points, csv.truncated);
}

/** Sorts the points (fpr, then tpr) and computes the AUC. */
export function makeRocCurve(
  label: string,
  points: readonly RocPoint[],
  truncated: boolean,
): RocCurve {
  const sorted = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  return { label, points: sorted, auc: trapezoidAuc(sorted), truncated };
}

/** Area under a curve sorted by fpr, by the trapezoid rule. */
export function trapezoidAuc(sorted: readonly RocPoint[]): number {
  let area = 0;
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current)
      area += ((current.fpr - previous.fpr) * (current.tpr + previous.tpr)) / 2;
  }
  return area;
}

/** Gives every curve a distinct label: a repeated `roc.csv` becomes `roc.csv (2)`. */
export function distinctCurveLabels(curves: readonly RocCurve[]): RocCurve[] {
  const seen = new Map<string, number>();
  return curves.map((curve) => {
    const count = (seen.get(curve.label) ?? 0) + 1;
    seen.set(curve.label, count);
    return count === 1 ? curve : { ...curve, label: `${curve.label} (${count})` };
  });
}

/** Several ROC configs (of one run or task) → one chart with all their curves. */
export function mergeRocConfigs(configs: readonly RocConfig[]): RocConfig {
  const curves = distinctCurveLabels(configs.flatMap((config) => config.curves));
  const title = configs[0]?.title;
  const shared = title !== undefined && configs.every((config) => config.title === title);
  return shared ? { type: 'roc', curves, title } : { type: 'roc', curves };
}
