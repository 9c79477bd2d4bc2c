import { describe, expect, it } from 'vitest';
import { confusionMatrixFromRows, confusionMatrixRowCap } from './build-confusion-matrix.ts';
import { parseCsv } from './csv.ts';
import type { ConfusionMatrixSource } from './output-source.ts';
import { VisualizationError } from './viewer-config.ts';

function source(
  labels: string[],
  order: Array<'target' | 'predicted' | 'count'> = ['target', 'predicted', 'count'],
): ConfusionMatrixSource {
  return {
    type: 'confusion_matrix',
    content: { storage: 'inline', text: '' },
    format: 'csv',
    schema: order.map((name) => ({ name })),
    columns: {
      target: order.indexOf('target'),
      predicted: order.indexOf('predicted'),
      count: order.indexOf('count'),
    },
    labels,
  };
}

function build(labels: string[], csv: string, order?: Array<'target' | 'predicted' | 'count'>) {
  const src = source(labels, order);
  return confusionMatrixFromRows(src, parseCsv(csv, { maxRows: confusionMatrixRowCap(src) }));
}

describe('confusionMatrixFromRows', () => {
  it('fills matrix[target][predicted] in label order, whatever the row order', () => {
    const config = build(['cat', 'dog'], 'dog,dog,7\ncat,dog,2\ndog,cat,1\ncat,cat,5\n');
    expect(config).toEqual({
      type: 'confusion-matrix',
      labels: ['cat', 'dog'],
      matrix: [
        [5, 2],
        [1, 7],
      ],
      axes: ['target', 'predicted'],
    });
  });

  it('reads the columns in the schema order', () => {
    const config = build(['a', 'b'], '1,a,a\n2,b,a\n3,a,b\n4,b,b', [
      'count',
      'predicted',
      'target',
    ]);
    expect(config.matrix).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('trims cells and accepts decimal counts (normalised matrices)', () => {
    expect(build(['x'], ' x , x , 0.25 ').matrix).toEqual([[0.25]]);
  });

  it.each([
    [
      ['a', 'b', 'c'],
      'a,a,1\na,b,1\na,c,1\nb,a,1\nb,b,1\nb,c,1\nc,a,1\nc,b,1',
      'confusion matrix: 3 labels need 9 rows, got 8',
    ],
    [['a'], 'a,a,1\na,a,2', 'confusion matrix: 1 labels need 1 rows, got more than 1'],
    [['a', 'b'], 'a,a,1\na,b\nb,a,1\nb,b,1', 'confusion matrix: row 2 has 2 cells, schema has 3'],
    [
      ['a', 'b'],
      'a,a,1\na,b,1,9\nb,a,1\nb,b,1',
      'confusion matrix: row 2 has 4 cells, schema has 3',
    ],
    [
      ['a', 'b'],
      'a,a,1\na,z,1\nb,a,1\nb,b,1',
      'confusion matrix: row 2: predicted "z" is not one of the labels',
    ],
    [
      ['a', 'b'],
      'a,a,1\na,b,1\nq,a,1\nb,b,1',
      'confusion matrix: row 3: target "q" is not one of the labels',
    ],
    [
      ['a', 'b'],
      'a,a,1\na,b,many\nb,a,1\nb,b,1',
      'confusion matrix: row 2: count "many" is not a number',
    ],
    [['a', 'b'], 'a,a,1\na,b,\nb,a,1\nb,b,1', 'confusion matrix: row 2: count "" is not a number'],
    [['a', 'b'], 'a,a,1\na,b,-3\nb,a,1\nb,b,1', 'confusion matrix: row 2: count -3 is negative'],
    [
      ['a', 'b'],
      'a,a,1\na,b,Infinity\nb,a,1\nb,b,1',
      'confusion matrix: row 2: count "Infinity" is not a number',
    ],
    [
      ['a', 'b'],
      'a,a,1\na,b,1\na,b,1\nb,b,1',
      'confusion matrix: row 3 repeats target "a", predicted "b"',
    ],
  ])('%j: %s', (labels, csv, message) => {
    expect(() => build(labels, csv)).toThrow(
      new VisualizationError('confusion matrix', message.replace('confusion matrix: ', '')),
    );
  });

  it('says when the file was cut before all rows were read', () => {
    const src = source(['a', 'b']);
    expect(() =>
      confusionMatrixFromRows(src, parseCsv('a,a,1\na,b,1\nb,a', { maxRows: 5, cut: true })),
    ).toThrow('confusion matrix: 2 labels need 4 rows, got 2 before the size limit cut the file');
  });

  it('parses only labels² + 1 rows of a huge file', () => {
    const src = source(['a']);
    expect(confusionMatrixRowCap(src)).toBe(2);
    const csv = parseCsv('a,a,1\n'.repeat(100_000), { maxRows: confusionMatrixRowCap(src) });
    expect(csv.rows).toHaveLength(2);
  });
});
