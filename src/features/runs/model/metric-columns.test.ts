import { describe, expect, it } from 'vitest';
import { refusedMetricSort } from './metric-columns.ts';

describe('refusedMetricSort', () => {
  it('names the metric of a sort the server refused (400)', () => {
    expect(refusedMetricSort('metric:accuracy', 400)).toBe('accuracy');
  });

  it('leaves other failures and other sorts alone', () => {
    expect(refusedMetricSort('metric:accuracy', 500)).toBeUndefined();
    expect(refusedMetricSort('metric:accuracy', undefined)).toBeUndefined();
    expect(refusedMetricSort('created_at', 400)).toBeUndefined();
  });
});
