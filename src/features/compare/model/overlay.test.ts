import { describe, expect, it } from 'vitest';
import { overlayCurves } from './overlay.ts';

describe('overlayCurves', () => {
  it('names every curve after its run and output, keeping its data', () => {
    const curves = overlayCurves([
      { runName: 'A', source: 'evaluate #0', curves: [{ label: 'metrics', auc: 0.9 }] },
      { runName: 'B', source: 'evaluate #0', curves: [{ label: 'metrics', auc: 0.8 }] },
      {
        runName: 'B',
        source: 'roc',
        curves: [
          { label: 'class 1', auc: 0.7 },
          { label: 'class 2', auc: 0.6 },
        ],
      },
    ]);
    expect(curves).toEqual([
      { label: 'A · evaluate #0', auc: 0.9 },
      { label: 'B · evaluate #0', auc: 0.8 },
      { label: 'B · roc: class 1', auc: 0.7 },
      { label: 'B · roc: class 2', auc: 0.6 },
    ]);
  });
});
