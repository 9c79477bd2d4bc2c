import { describe, expect, it } from 'vitest';
import { metricNumber, metricsFromJson } from './build-metrics.ts';

describe('metricsFromJson (v1 mlpipeline-metrics)', () => {
  it('reads name, numberValue and format', () => {
    const text = JSON.stringify({
      metrics: [
        { name: 'accuracy-score', numberValue: 0.87, format: 'PERCENTAGE' },
        { name: 'loss', numberValue: 1.5, format: 'RAW' },
        { name: 'epochs', numberValue: 10 },
        { name: 'nan-as-string', numberValue: 'Infinity' },
        { name: 'snake', number_value: 3 },
      ],
    });
    expect(metricsFromJson(text)).toEqual({
      type: 'metrics',
      scalars: [
        { name: 'accuracy-score', value: 0.87, format: 'PERCENTAGE' },
        { name: 'loss', value: 1.5, format: 'RAW' },
        { name: 'epochs', value: 10, format: 'RAW' },
        { name: 'nan-as-string', value: Number.POSITIVE_INFINITY, format: 'RAW' },
        { name: 'snake', value: 3, format: 'RAW' },
      ],
    });
  });

  it.each([
    ['{"metrics": {}}', 'metrics: expected an object with a "metrics" array'],
    ['[1]', 'metrics: expected an object with a "metrics" array'],
    ['{"metrics": [3]}', 'metrics: metric 1 must be an object, got 3'],
    ['{"metrics": [{"numberValue": 1}]}', 'metrics: metric 1 has no "name"'],
    [
      '{"metrics": [{"name": "acc"}]}',
      'metrics: metric "acc": "numberValue" must be a number, got nothing',
    ],
    [
      '{"metrics": [{"name": "acc", "numberValue": "high"}]}',
      'metrics: metric "acc": "numberValue" must be a number, got "high"',
    ],
    [
      '{"metrics": [{"name": "acc", "numberValue": 1, "format": "PERCENT"}]}',
      'metrics: metric "acc": format "PERCENT" is not RAW or PERCENTAGE',
    ],
  ])('%s → %s', (text, message) => {
    expect(() => metricsFromJson(text)).toThrow(message);
  });

  it('refuses bad JSON and too many metrics', () => {
    expect(() => metricsFromJson('{')).toThrow(/^metrics: not valid JSON/);
    const many = JSON.stringify({
      metrics: Array.from({ length: 1001 }, (_, i) => ({ name: `m${i}`, numberValue: i })),
    });
    expect(() => metricsFromJson(many)).toThrow('metrics: 1001 metrics is over the limit of 1000');
  });
});

describe('metricNumber', () => {
  it.each([
    [1, 1],
    ['2.5', 2.5],
    ['  ', undefined],
    [Number.NaN, undefined],
    ['NaN', undefined],
    [null, undefined],
    [true, undefined],
  ])('%j → %j', (value, expected) => {
    expect(metricNumber(value)).toBe(expected);
  });
});
