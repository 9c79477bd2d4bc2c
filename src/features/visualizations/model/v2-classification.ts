import { makeRocCurve } from './build-roc.ts';
import { isFiniteNumber } from './guards.ts';
import { MAX_CONFUSION_LABELS, MAX_ROC_POINTS } from './limits.ts';
import { unwrapValue } from './v2-artifact.ts';
import type { ConfusionMatrixConfig, RocConfig, RocPoint } from './viewer-config.ts';
import { VisualizationError } from './viewer-config.ts';
import { isRecord, describeValue } from '@/lib/parse/reader.ts';

/**
 * system.ClassificationMetrics → viewer configs. `confusionMatrix` is `{annotationSpecs:
 * [{displayName}], rows: [{row: [n…]}]}`: square, one row and one column per annotation spec.
 * `confidenceMetrics` is `[{confidenceThreshold, falsePositiveRate, recall}]`. Either may be wrapped
 * as `{struct: …}` / `{list: …}`.
 */

const CM = 'confusion matrix';
const ROC = 'roc';

export function confusionMatrixFromV2(value: unknown, title: string): ConfusionMatrixConfig {
  const matrix = unwrapValue(value);
  if (!isRecord(matrix))
    throw new VisualizationError(
      CM,
      `expected {annotationSpecs, rows}, got ${describeValue(matrix)}`,
    );
  const specs = unwrapValue(matrix.annotationSpecs);
  if (!Array.isArray(specs))
    throw new VisualizationError(CM, '"annotationSpecs" must be an array of {displayName}');
  if (specs.length === 0) throw new VisualizationError(CM, '"annotationSpecs" is empty');
  if (specs.length > MAX_CONFUSION_LABELS) {
    throw new VisualizationError(
      CM,
      `${specs.length} labels is over the limit of ${MAX_CONFUSION_LABELS}`,
    );
  }
  const labels = specs.map((spec: unknown, i) => {
    const name = isRecord(spec) ? spec.displayName : undefined;
    if (typeof name !== 'string')
      throw new VisualizationError(CM, `annotationSpecs ${i + 1} has no "displayName"`);
    return name;
  });
  const rows = unwrapValue(matrix.rows);
  if (!Array.isArray(rows))
    throw new VisualizationError(CM, '"rows" must be an array of {row: [numbers]}');
  const size = labels.length;
  if (rows.length !== size) {
    throw new VisualizationError(
      CM,
      `${size} labels (annotationSpecs) need ${size} rows, got ${rows.length}`,
    );
  }
  const data = rows.map((entry: unknown, i) => {
    const row = unwrapValue(isRecord(entry) ? entry.row : undefined);
    if (!Array.isArray(row)) throw new VisualizationError(CM, `rows ${i + 1} has no "row" array`);
    if (row.length !== size) {
      throw new VisualizationError(
        CM,
        `row ${i + 1} has ${row.length} values, ${size} labels need ${size}`,
      );
    }
    return row.map((cell: unknown, j) => {
      if (!isFiniteNumber(cell) || cell < 0) {
        throw new VisualizationError(
          CM,
          `row ${i + 1}, value ${j + 1} must be a count (a number, not negative), got ${describeValue(cell)}`,
        );
      }
      return cell;
    });
  });
  return {
    type: 'confusion-matrix',
    labels,
    matrix: data,
    axes: ['True label', 'Predicted label'],
    title,
  };
}

export function rocFromV2(value: unknown, title: string): RocConfig {
  const list = unwrapValue(value);
  if (!Array.isArray(list))
    throw new VisualizationError(
      ROC,
      `confidenceMetrics must be an array, got ${describeValue(list)}`,
    );
  if (list.length === 0) throw new VisualizationError(ROC, 'confidenceMetrics is empty');
  const kept: unknown[] = list.slice(0, MAX_ROC_POINTS);
  const points = kept.map((entry, i): RocPoint => {
    const item = unwrapValue(entry);
    if (!isRecord(item))
      throw new VisualizationError(
        ROC,
        `confidenceMetrics ${i + 1} must be an object, got ${describeValue(item)}`,
      );
    return {
      fpr: rate(item.falsePositiveRate, i, 'falsePositiveRate'),
      tpr: rate(item.recall, i, 'recall'),
      threshold: threshold(item.confidenceThreshold, i),
    };
  });
  return { type: 'roc', curves: [makeRocCurve(title, points, list.length > kept.length)], title };
}

function rate(value: unknown, index: number, field: string): number {
  if (!isFiniteNumber(value) || value < 0 || value > 1) {
    throw new VisualizationError(
      ROC,
      `confidenceMetrics ${index + 1}: ${field} must be a number in 0..1, got ${describeValue(value)}`,
    );
  }
  return value;
}

function threshold(value: unknown, index: number): number {
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  throw new VisualizationError(
    ROC,
    `confidenceMetrics ${index + 1}: confidenceThreshold must be a number, got ${describeValue(value)}`,
  );
}
