import type { MetricScalar } from './viewer-config.ts';

/**
 * A metric value as the KFP UI shows it: PERCENTAGE as `87.500%`, RAW with three decimals (`0.125`),
 * whole numbers and very large or small values kept readable (`12`, `1.23e-7`).
 */
export function formatMetricValue(scalar: Pick<MetricScalar, 'value' | 'format'>): string {
  const { value, format } = scalar;
  if (!Number.isFinite(value)) return String(value);
  if (format === 'PERCENTAGE') return `${(value * 100).toFixed(3)}%`;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e15)) return value.toExponential(2);
  return value.toFixed(3);
}
