import { quote } from './guards.ts';
import { MAX_METRICS, METRICS_JSON_BYTES } from './limits.ts';
import { parseJsonSafely } from './safe-json.ts';
import type { MetricFormat, MetricScalar, MetricsConfig } from './viewer-config.ts';
import { VisualizationError } from './viewer-config.ts';
import { isRecord, describeValue } from '@/lib/parse/reader.ts';

const WHAT = 'metrics';

/** v1 `mlpipeline-metrics`: `{"metrics": [{"name", "numberValue", "format": "RAW" | "PERCENTAGE"}]}`. */
export function metricsFromJson(text: string): MetricsConfig {
  const value = parseJsonSafely(text, WHAT, { maxChars: METRICS_JSON_BYTES });
  if (!isRecord(value) || !Array.isArray(value.metrics)) {
    throw new VisualizationError(WHAT, 'expected an object with a "metrics" array');
  }
  const metrics: unknown[] = value.metrics;
  if (metrics.length > MAX_METRICS) {
    throw new VisualizationError(
      WHAT,
      `${metrics.length} metrics is over the limit of ${MAX_METRICS}`,
    );
  }
  return { type: 'metrics', scalars: metrics.map(readMetric) };
}

function readMetric(metric: unknown, index: number): MetricScalar {
  const position = `metric ${index + 1}`;
  if (!isRecord(metric))
    throw new VisualizationError(
      WHAT,
      `${position} must be an object, got ${describeValue(metric)}`,
    );
  const name = metric.name;
  if (typeof name !== 'string' || name.trim() === '')
    throw new VisualizationError(WHAT, `${position} has no "name"`);
  const value = metricNumber(metric.numberValue ?? metric.number_value);
  if (value === undefined) {
    throw new VisualizationError(
      WHAT,
      `metric ${quote(name)}: "numberValue" must be a number, got ${describeValue(metric.numberValue ?? metric.number_value)}`,
    );
  }
  return { name, value, format: metricFormat(metric.format, name) };
}

/** A JSON number, or a numeric string (protobuf JSON writes doubles such as "NaN" as strings). */
export function metricNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    if (!Number.isNaN(parsed)) return parsed;
  }
  return undefined;
}

function metricFormat(format: unknown, name: string): MetricFormat {
  if (
    format === undefined ||
    format === null ||
    format === '' ||
    format === 'RAW' ||
    format === 'UNSPECIFIED'
  )
    return 'RAW';
  if (format === 'PERCENTAGE') return 'PERCENTAGE';
  throw new VisualizationError(
    WHAT,
    `metric ${quote(name)}: format ${describeValue(format)} is not RAW or PERCENTAGE`,
  );
}
