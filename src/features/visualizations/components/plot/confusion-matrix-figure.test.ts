import { describe, expect, it } from 'vitest';
import { confusionMatrixFigure, MAX_ANNOTATED_CLASSES } from './confusion-matrix-figure.ts';

describe('confusionMatrixFigure', () => {
  it('draws a heatmap with true labels as rows (first at the top) and counts in the cells', () => {
    const figure = confusionMatrixFigure({ type: 'confusion-matrix', labels: ['cat', '<i>dog</i>'], matrix: [[5, 2], [1, 7]], axes: ['True label', 'Predicted label'] });
    expect(figure.data).toEqual([
      expect.objectContaining({
        type: 'heatmap',
        z: [[5, 2], [1, 7]],
        x: [0, 1],
        y: [0, 1],
        texttemplate: '%{z}',
        customdata: [[['cat', 'cat'], ['cat', '&lt;i&gt;dog&lt;/i&gt;']], [['&lt;i&gt;dog&lt;/i&gt;', 'cat'], ['&lt;i&gt;dog&lt;/i&gt;', '&lt;i&gt;dog&lt;/i&gt;']]],
      }),
    ]);
    expect(figure.layout).toMatchObject({
      xaxis: { title: { text: 'Predicted label' }, ticktext: ['cat', '&lt;i&gt;dog&lt;/i&gt;'] },
      yaxis: { title: { text: 'True label' }, autorange: 'reversed' },
    });
    expect(figure.ariaLabel).toBe('Confusion matrix of 2 classes: True label by Predicted label');
  });

  it('keeps repeated labels apart and drops cell text for many classes', () => {
    const labels = Array.from({ length: MAX_ANNOTATED_CLASSES + 1 }, () => 'same');
    const matrix = labels.map(() => labels.map(() => 1));
    const [trace] = confusionMatrixFigure({ type: 'confusion-matrix', labels, matrix, axes: ['target', 'predicted'] }).data;
    expect(trace?.x).toEqual(labels.map((_, i) => i));
    expect(trace).not.toHaveProperty('texttemplate');
  });
});
