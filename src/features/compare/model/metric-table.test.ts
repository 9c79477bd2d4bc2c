import { describe, expect, it } from 'vitest';
import { mergeMetrics } from './metric-table.ts';

const raw = (name: string, value: number) => ({ name, value, format: 'RAW' as const });

describe('mergeMetrics', () => {
  const rows = mergeMetrics([
    [
      { source: 'train #0 › metrics', scalars: [raw('accuracy', 0.9), raw('loss', 0.2)] },
      { source: 'eval', scalars: [raw('auc', 0.95)] },
    ],
    [{ source: 'train #0 › metrics', scalars: [raw('accuracy', 0.8), raw('loss', 0.2)] }],
    [],
  ]);

  it('has one row per source and metric name, runs as columns', () => {
    expect(rows.map((row) => [row.source, row.name])).toEqual([
      ['train #0 › metrics', 'accuracy'],
      ['train #0 › metrics', 'loss'],
      ['eval', 'auc'],
    ]);
    expect(rows[0]?.cells.map((cell) => cell?.value)).toEqual([0.9, 0.8, undefined]);
  });

  it('marks differing rows and keeps each row range', () => {
    expect(rows.map((row) => row.differs)).toEqual([true, true, true]);
    expect(rows[0]?.range).toEqual({ min: 0.8, max: 0.9 });
    expect(rows[2]?.range).toEqual({ min: 0.95, max: 0.95 });
  });

  it('the same metric under different sources stays apart; equal values do not differ', () => {
    const merged = mergeMetrics([
      [
        { source: 'a', scalars: [raw('x', 1)] },
        { source: 'b', scalars: [raw('x', 2)] },
      ],
      [
        { source: 'a', scalars: [raw('x', 1)] },
        { source: 'b', scalars: [raw('x', 2)] },
      ],
    ]);
    expect(merged.map((row) => [row.source, row.differs])).toEqual([
      ['a', false],
      ['b', false],
    ]);
  });

  it('keeps the first of a repeated metric and ignores non-finite values in the range', () => {
    const [row] = mergeMetrics([
      [{ source: 's', scalars: [raw('x', Number.NaN), raw('x', 5)] }],
      [{ source: 's', scalars: [raw('x', Number.NaN)] }],
    ]);
    expect(row?.cells.map((cell) => cell?.value)).toEqual([Number.NaN, Number.NaN]);
    expect(row?.differs).toBe(false);
    expect(row?.range).toBeUndefined();
  });
});
