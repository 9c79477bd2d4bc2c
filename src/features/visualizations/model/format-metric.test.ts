import { describe, expect, it } from 'vitest';
import { formatMetricValue } from './format-metric.ts';

describe('formatMetricValue', () => {
  it.each([
    [0.875, 'PERCENTAGE', '87.500%'],
    [1, 'PERCENTAGE', '100.000%'],
    [0.125, 'RAW', '0.125'],
    [2 / 3, 'RAW', '0.667'],
    [12, 'RAW', '12'],
    [-4, 'RAW', '-4'],
    [0.000000123, 'RAW', '1.23e-7'],
    [1e20, 'RAW', '1.00e+20'],
    [0, 'RAW', '0'],
    [Number.POSITIVE_INFINITY, 'RAW', 'Infinity'],
    [Number.NaN, 'PERCENTAGE', 'NaN'],
  ] as const)('%d %s → %s', (value, format, text) => {
    expect(formatMetricValue({ value, format })).toBe(text);
  });
});
