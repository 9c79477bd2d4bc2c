import { describe, expect, it } from 'vitest';
import {
  distinctCurveLabels,
  makeRocCurve,
  mergeRocConfigs,
  rocCurveFromRows,
  trapezoidAuc,
} from './build-roc.ts';
import { parseCsv } from './csv.ts';
import type { RocSource } from './output-source.ts';
import type { RocConfig } from './viewer-config.ts';

const SOURCE: RocSource = {
  type: 'roc',
  content: { storage: 'inline', text: '' },
  format: 'csv',
  schema: [{ name: 'fpr' }, { name: 'tpr' }, { name: 'thresholds' }],
  columns: { fpr: 0, tpr: 1, threshold: 2 },
};

function curve(csv: string, source: RocSource = SOURCE) {
  return rocCurveFromRows(source, parseCsv(csv, { maxRows: 1000 }), 'roc.csv');
}

describe('rocCurveFromRows', () => {
  it('reads the points, sorts them by fpr then tpr, and computes the AUC', () => {
    const result = curve('1,1,0.1\n0,0,inf\n0.5,0.75,0.5\n0,0.5,0.9\n');
    expect(result.points).toEqual([
      { fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY },
      { fpr: 0, tpr: 0.5, threshold: 0.9 },
      { fpr: 0.5, tpr: 0.75, threshold: 0.5 },
      { fpr: 1, tpr: 1, threshold: 0.1 },
    ]);
    // 0.5·(0.5+0.75)/2 + 0.5·(0.75+1)/2 = 0.3125 + 0.4375
    expect(result.auc).toBeCloseTo(0.75, 10);
    expect(result.label).toBe('roc.csv');
    expect(result.truncated).toBe(false);
  });

  it('uses the schema positions', () => {
    const source: RocSource = {
      ...SOURCE,
      schema: [{ name: 'threshold' }, { name: 'tpr' }, { name: 'fpr' }],
      columns: { fpr: 2, tpr: 1, threshold: 0 },
    };
    expect(curve('0.3,1,1\n0.7,0,0', source).points).toEqual([
      { fpr: 0, tpr: 0, threshold: 0.7 },
      { fpr: 1, tpr: 1, threshold: 0.3 },
    ]);
  });

  it('accepts the infinities Python and JavaScript write', () => {
    expect(
      curve('0,0,-inf\n0,0,+Infinity\n0,0,INF').points.map((point) => point.threshold),
    ).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });

  it.each([
    ['', 'roc: no data rows'],
    ['0,0', 'roc: row 1 has 2 cells, schema has 3'],
    ['0,0,1\nx,0,1', 'roc: row 2: fpr "x" is not a number'],
    ['0,1.5,1', 'roc: row 1: tpr 1.5 is outside 0..1'],
    ['-0.1,0,1', 'roc: row 1: fpr -0.1 is outside 0..1'],
    ['0,0,high', 'roc: row 1: threshold "high" is not a number'],
  ])('%j → %s', (csv, message) => {
    expect(() => curve(csv)).toThrow(message);
  });

  it('marks a curve read from a cut file', () => {
    expect(
      rocCurveFromRows(SOURCE, parseCsv('0,0,1\n1,1,0\n0.5,0.', { maxRows: 10, cut: true }), 'x')
        .truncated,
    ).toBe(true);
  });
});

describe('trapezoidAuc', () => {
  it('is 1 for a perfect classifier, 0.5 for the diagonal, 0 for no points', () => {
    expect(
      makeRocCurve(
        'p',
        [
          { fpr: 0, tpr: 0, threshold: 1 },
          { fpr: 0, tpr: 1, threshold: 0.5 },
          { fpr: 1, tpr: 1, threshold: 0 },
        ],
        false,
      ).auc,
    ).toBe(1);
    expect(
      trapezoidAuc([
        { fpr: 0, tpr: 0, threshold: 1 },
        { fpr: 1, tpr: 1, threshold: 0 },
      ]),
    ).toBe(0.5);
    expect(trapezoidAuc([])).toBe(0);
  });
});

describe('merging curves', () => {
  const a: RocConfig = {
    type: 'roc',
    title: 'roc.csv',
    curves: [makeRocCurve('roc.csv', [], false)],
  };
  const b: RocConfig = {
    type: 'roc',
    title: 'roc.csv',
    curves: [makeRocCurve('roc.csv', [], false)],
  };
  const c: RocConfig = { type: 'roc', curves: [makeRocCurve('other', [], false)] };

  it('puts every curve on one chart with distinct labels', () => {
    const merged = mergeRocConfigs([a, b, c]);
    expect(merged.curves.map((item) => item.label)).toEqual(['roc.csv', 'roc.csv (2)', 'other']);
  });

  it('keeps a title only when every config shares it', () => {
    expect(mergeRocConfigs([a, b]).title).toBe('roc.csv');
    expect(mergeRocConfigs([a, c])).not.toHaveProperty('title');
  });

  it('distinctCurveLabels leaves distinct labels alone', () => {
    const curves = [makeRocCurve('x', [], false), makeRocCurve('y', [], false)];
    expect(distinctCurveLabels(curves)).toEqual(curves);
  });
});
