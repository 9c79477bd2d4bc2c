import { describe, expect, it } from 'vitest';
import { visualizationsFromV2Artifacts } from './from-v2-artifacts.ts';
import { readV2Artifact, type V2Artifact } from './v2-artifact.ts';

function artifact(value: Record<string, unknown>, outputKey?: string): V2Artifact {
  const read = readV2Artifact(value, outputKey);
  if (!read) throw new Error('not an artifact');
  return read;
}

const CONFUSION = {
  annotationSpecs: [
    { displayName: 'setosa' },
    { displayName: 'versicolor' },
    { displayName: 'virginica' },
  ],
  rows: [{ row: [10, 0, 0] }, { row: [0, 8, 2] }, { row: [0, 1, 9] }],
};
const CONFIDENCE = [
  { confidenceThreshold: 2, falsePositiveRate: 0, recall: 0 },
  { confidenceThreshold: 0.5, falsePositiveRate: 0.25, recall: 0.75 },
  { confidenceThreshold: 0, falsePositiveRate: 1, recall: 1 },
];

describe('visualizationsFromV2Artifacts: metrics', () => {
  it('system.Metrics with a metadata map of numbers → one metrics config per artifact', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({
        name: 'metrics',
        type: 'system.Metrics',
        metadata: {
          display_name: 'eval',
          accuracy: 0.9,
          loss: '0.25',
          note: 'text',
          nested: { a: 1 },
        },
      }),
    ]);
    expect(result.configs).toEqual([
      {
        type: 'metrics',
        title: 'eval',
        scalars: [
          { name: 'accuracy', value: 0.9, format: 'RAW' },
          { name: 'loss', value: 0.25, format: 'RAW' },
        ],
      },
    ]);
  });

  it('newer API: one Metric artifact per scalar, grouped by output key', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({ name: 'accuracy', type: 'Metric', number_value: 0.91 }, 'metrics'),
      artifact({ name: 'auc', type: 'Metric', number_value: 0.97 }, 'eval_metrics'),
      artifact({ name: 'f1', type: 'Metric', number_value: 0.88 }, 'metrics'),
    ]);
    expect(result.configs).toEqual([
      {
        type: 'metrics',
        title: 'metrics',
        scalars: [
          { name: 'accuracy', value: 0.91, format: 'RAW' },
          { name: 'f1', value: 0.88, format: 'RAW' },
        ],
      },
      {
        type: 'metrics',
        title: 'eval_metrics',
        scalars: [{ name: 'auc', value: 0.97, format: 'RAW' }],
      },
    ]);
  });
});

describe('visualizationsFromV2Artifacts: classification metrics', () => {
  it('confusionMatrix and confidenceMetrics → a confusion matrix and a ROC curve', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({
        name: 'classification',
        type: 'ClassificationMetric',
        metadata: {
          display_name: 'iris',
          confusionMatrix: CONFUSION,
          confidenceMetrics: CONFIDENCE,
        },
      }),
    ]);
    expect(result.configs).toEqual([
      {
        type: 'confusion-matrix',
        title: 'iris',
        labels: ['setosa', 'versicolor', 'virginica'],
        matrix: [
          [10, 0, 0],
          [0, 8, 2],
          [0, 1, 9],
        ],
        axes: ['True label', 'Predicted label'],
      },
      {
        type: 'roc',
        title: 'iris',
        curves: [
          {
            label: 'iris',
            truncated: false,
            auc: (0.25 * 0.75) / 2 + (0.75 * 1.75) / 2,
            points: [
              { fpr: 0, tpr: 0, threshold: 2 },
              { fpr: 0.25, tpr: 0.75, threshold: 0.5 },
              { fpr: 1, tpr: 1, threshold: 0 },
            ],
          },
        ],
      },
    ]);
  });

  it('unwraps {struct} / {list} as newer APIs send them', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({
        name: 'm',
        type: 'system.ClassificationMetrics',
        metadata: {
          confusionMatrix: { struct: CONFUSION },
          confidenceMetrics: { list: CONFIDENCE },
        },
      }),
    ]);
    expect(result.configs.map((config) => config.type)).toEqual(['confusion-matrix', 'roc']);
  });

  it('an artifact with neither gives nothing', () => {
    expect(
      visualizationsFromV2Artifacts([
        artifact({ name: 'm', type: 'ClassificationMetric', metadata: {} }),
      ]).configs,
    ).toEqual([]);
  });

  const cm = (confusionMatrix: unknown) =>
    visualizationsFromV2Artifacts([
      artifact({ name: 'cm', type: 'ClassificationMetric', metadata: { confusionMatrix } }),
    ]).configs[0];
  const roc = (confidenceMetrics: unknown) =>
    visualizationsFromV2Artifacts([
      artifact({ name: 'r', type: 'ClassificationMetric', metadata: { confidenceMetrics } }),
    ]).configs[0];

  it.each([
    ['not an object', [1], 'confusion matrix: expected {annotationSpecs, rows}, got an array'],
    [
      'no annotationSpecs',
      { rows: [] },
      'confusion matrix: "annotationSpecs" must be an array of {displayName}',
    ],
    [
      'empty annotationSpecs',
      { annotationSpecs: [], rows: [] },
      'confusion matrix: "annotationSpecs" is empty',
    ],
    [
      'spec without displayName',
      { annotationSpecs: [{ displayName: 'a' }, { name: 'b' }], rows: [] },
      'confusion matrix: annotationSpecs 2 has no "displayName"',
    ],
    [
      'no rows',
      { annotationSpecs: [{ displayName: 'a' }] },
      'confusion matrix: "rows" must be an array of {row: [numbers]}',
    ],
    [
      'too few rows',
      { ...CONFUSION, rows: CONFUSION.rows.slice(0, 2) },
      'confusion matrix: 3 labels (annotationSpecs) need 3 rows, got 2',
    ],
    [
      'row without row',
      { ...CONFUSION, rows: [{ row: [1, 0, 0] }, { cells: [] }, { row: [0, 0, 1] }] },
      'confusion matrix: rows 2 has no "row" array',
    ],
    [
      'not square',
      { ...CONFUSION, rows: [{ row: [1, 0, 0] }, { row: [0, 1] }, { row: [0, 0, 1] }] },
      'confusion matrix: row 2 has 2 values, 3 labels need 3',
    ],
    [
      'bad value',
      { ...CONFUSION, rows: [{ row: [1, 0, 0] }, { row: [0, '1', 0] }, { row: [0, 0, 1] }] },
      'confusion matrix: row 2, value 2 must be a count (a number, not negative), got "1"',
    ],
    [
      'negative',
      { ...CONFUSION, rows: [{ row: [1, 0, 0] }, { row: [0, 1, 0] }, { row: [0, -1, 1] }] },
      'confusion matrix: row 3, value 2 must be a count (a number, not negative), got -1',
    ],
  ])('confusion matrix %s', (_name, value, message) => {
    expect(cm(value)).toEqual({
      type: 'error',
      outputType: 'confusion matrix',
      message,
      title: 'cm',
    });
  });

  it('refuses too many labels', () => {
    const specs = Array.from({ length: 201 }, (_, i) => ({ displayName: `c${i}` }));
    expect(cm({ annotationSpecs: specs, rows: [] })).toMatchObject({
      message: 'confusion matrix: 201 labels is over the limit of 200',
    });
  });

  it.each([
    ['not a list', { a: 1 }, 'roc: confidenceMetrics must be an array, got an object'],
    ['empty', [], 'roc: confidenceMetrics is empty'],
    ['entry not an object', [3], 'roc: confidenceMetrics 1 must be an object, got 3'],
    [
      'fpr missing',
      [{ confidenceThreshold: 1, recall: 0 }],
      'roc: confidenceMetrics 1: falsePositiveRate must be a number in 0..1, got nothing',
    ],
    [
      'recall out of range',
      [{ confidenceThreshold: 1, falsePositiveRate: 0, recall: 2 }],
      'roc: confidenceMetrics 1: recall must be a number in 0..1, got 2',
    ],
    [
      'threshold text',
      [{ confidenceThreshold: 'high', falsePositiveRate: 0, recall: 0 }],
      'roc: confidenceMetrics 1: confidenceThreshold must be a number, got "high"',
    ],
  ])('confidence metrics %s', (_name, value, message) => {
    expect(roc(value)).toEqual({ type: 'error', outputType: 'roc', message, title: 'r' });
  });

  it('accepts a numeric-string threshold', () => {
    expect(roc([{ confidenceThreshold: '0.5', falsePositiveRate: 0, recall: 0 }])).toMatchObject({
      curves: [{ points: [{ threshold: 0.5 }] }],
    });
  });
});
