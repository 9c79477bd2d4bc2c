import { describe, expect, it } from 'vitest';
import {
  confusionMatrixFigure,
  MAX_ANNOTATED_CLASSES,
  normalizeRows,
} from './confusion-matrix-figure.ts';

describe('confusionMatrixFigure', () => {
  it('draws a heatmap with true labels as rows (first at the top) and counts in the cells', () => {
    const figure = confusionMatrixFigure({
      type: 'confusion-matrix',
      labels: ['cat', '<i>dog</i>'],
      matrix: [
        [5, 2],
        [1, 7],
      ],
      axes: ['True label', 'Predicted label'],
    });
    expect(figure.data).toEqual([
      expect.objectContaining({
        type: 'heatmap',
        z: [
          [5, 2],
          [1, 7],
        ],
        x: [0, 1],
        y: [0, 1],
        texttemplate: '%{z}',
        customdata: [
          [
            ['cat', 'cat', 5],
            ['cat', '&lt;i&gt;dog&lt;/i&gt;', 2],
          ],
          [
            ['&lt;i&gt;dog&lt;/i&gt;', 'cat', 1],
            ['&lt;i&gt;dog&lt;/i&gt;', '&lt;i&gt;dog&lt;/i&gt;', 7],
          ],
        ],
      }),
    ]);
    expect(figure.layout).toMatchObject({
      xaxis: { title: { text: 'Predicted label' }, ticktext: ['cat', '&lt;i&gt;dog&lt;/i&gt;'] },
      yaxis: { title: { text: 'True label' }, autorange: 'reversed' },
    });
    expect(figure.ariaLabel).toBe('Confusion matrix of 2 classes: True label by Predicted label');
  });

  it('normalised by row: shares of each row (an empty row stays zeros), percentages in the cells, counts on hover', () => {
    const figure = confusionMatrixFigure(
      {
        type: 'confusion-matrix',
        labels: ['a', 'b'],
        matrix: [
          [3, 1],
          [0, 0],
        ],
        axes: ['t', 'p'],
      },
      { normalized: true },
    );
    expect(figure.data[0]).toMatchObject({
      z: [
        [0.75, 0.25],
        [0, 0],
      ],
      zmin: 0,
      zmax: 1,
      texttemplate: '%{z:.1%}',
      customdata: [
        [
          ['a', 'a', 3],
          ['a', 'b', 1],
        ],
        [
          ['b', 'a', 0],
          ['b', 'b', 0],
        ],
      ],
    });
    expect(String(figure.data[0]?.hovertemplate)).toContain('count %{customdata[2]}');
    expect(figure.ariaLabel).toBe('Confusion matrix of 2 classes: t by p, normalised by row');
    expect(normalizeRows([[1, 1, 2]])).toEqual([[0.25, 0.25, 0.5]]);
  });

  it('keeps repeated labels apart and drops cell text for many classes', () => {
    const labels = Array.from({ length: MAX_ANNOTATED_CLASSES + 1 }, () => 'same');
    const matrix = labels.map(() => labels.map(() => 1));
    const [trace] = confusionMatrixFigure({
      type: 'confusion-matrix',
      labels,
      matrix,
      axes: ['target', 'predicted'],
    }).data;
    expect(trace?.x).toEqual(labels.map((_, i) => i));
    expect(trace).not.toHaveProperty('texttemplate');
  });
});
