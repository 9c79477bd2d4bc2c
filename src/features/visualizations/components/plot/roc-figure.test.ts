import { describe, expect, it } from 'vitest';
import { makeRocCurve } from '../../model/build-roc.ts';
import type { RocPoint } from '../../model/viewer-config.ts';
import { plotNumber, plotText } from './figure.ts';
import { MAX_DRAWN_POINTS, rocFigure, thinPoints } from './roc-figure.ts';

const points: RocPoint[] = [
  { fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY },
  { fpr: 0.25, tpr: 0.75, threshold: 0.5 },
  { fpr: 1, tpr: 1, threshold: 0 },
];

describe('rocFigure', () => {
  it('draws one line per curve with its AUC in the legend and thresholds on hover', () => {
    const figure = rocFigure({
      type: 'roc',
      curves: [makeRocCurve('roc.csv', points, false), makeRocCurve('<b>x</b>', points, true)],
    });
    expect(figure.data).toEqual([
      expect.objectContaining({
        type: 'scatter',
        mode: 'lines',
        name: 'roc.csv (AUC 0.750)',
        x: [0, 0.25, 1],
        y: [0, 0.75, 1],
        text: ['∞', '0.5', '0'],
      }),
      expect.objectContaining({ name: '&lt;b&gt;x&lt;/b&gt; (AUC 0.750, partial)' }),
    ]);
    expect(figure.layout).toMatchObject({
      xaxis: { range: [0, 1] },
      yaxis: { range: [0, 1] },
      shapes: [{ type: 'line', x0: 0, y0: 0, x1: 1, y1: 1 }],
    });
    expect(figure.ariaLabel).toBe('ROC curve: roc.csv, AUC 0.750; <b>x</b>, AUC 0.750');
  });

  it('thins long curves for drawing, keeping both ends', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      fpr: i / 19_999,
      tpr: i / 19_999,
      threshold: 1 - i / 19_999,
    }));
    const [trace] = rocFigure({ type: 'roc', curves: [makeRocCurve('big', many, false)] }).data;
    const xs = trace?.x;
    expect(Array.isArray(xs) && xs.length).toBe(MAX_DRAWN_POINTS);
    expect(Array.isArray(xs) && [xs[0], xs.at(-1)]).toEqual([0, 1]);
  });
});

describe('helpers', () => {
  it('thinPoints leaves short curves alone', () => {
    expect(thinPoints(points, 10)).toEqual(points);
    expect(thinPoints(points, 2)).toEqual([points[0], points[2]]);
  });

  it('plotText escapes the tags plotly would read', () => {
    expect(plotText('<a href="javascript:x">a & b</a>')).toBe(
      '&lt;a href="javascript:x"&gt;a &amp; b&lt;/a&gt;',
    );
  });

  it('plotNumber', () => {
    expect([
      plotNumber(Number.NEGATIVE_INFINITY),
      plotNumber(0.123456),
      plotNumber(12345.678),
    ]).toEqual(['-∞', '0.1235', '12350']);
  });
});
