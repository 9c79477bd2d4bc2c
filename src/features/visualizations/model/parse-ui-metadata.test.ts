import { describe, expect, it } from 'vitest';
import type { ParsedOutput } from './output-source.ts';
import { parseUiMetadata } from './parse-ui-metadata.ts';

/** The one parsed output of a file holding only `output`. */
function one(output: unknown): ParsedOutput {
  const result = parseUiMetadata({ outputs: [output] });
  if (!result.ok) throw new Error(result.error.message);
  const [parsed] = result.outputs;
  if (!parsed) throw new Error('no output');
  return parsed;
}

describe('parseUiMetadata: each output type', () => {
  it('confusion_matrix with the schema in any column order', () => {
    const parsed = one({
      type: 'confusion_matrix',
      format: 'csv',
      source: 'gs://b/cm/confusion_matrix.csv',
      schema: [{ name: 'count', type: 'NUMBER' }, { name: 'Target' }, { name: ' predicted ' }],
      labels: ['cat', 'dog'],
    });
    expect(parsed).toEqual({
      status: 'ok',
      source: {
        type: 'confusion_matrix',
        title: 'confusion_matrix.csv',
        content: {
          storage: 'uri',
          uri: 'gs://b/cm/confusion_matrix.csv',
          location: { source: 'gcs', bucket: 'b', key: 'cm/confusion_matrix.csv' },
        },
        format: 'csv',
        schema: [{ name: 'count', type: 'NUMBER' }, { name: 'Target' }, { name: ' predicted ' }],
        columns: { target: 1, predicted: 2, count: 0 },
        labels: ['cat', 'dog'],
      },
    });
  });

  it('roc finds fpr, tpr and a column starting with threshold', () => {
    const parsed = one({
      type: 'roc',
      storage: 'inline',
      source: '0,0,1\n1,1,0',
      schema: [{ name: 'tpr' }, { name: 'threshold_x' }, { name: 'fpr' }],
    });
    expect(parsed.status === 'ok' && parsed.source).toMatchObject({
      type: 'roc',
      content: { storage: 'inline', text: '0,0,1\n1,1,0' },
      columns: { fpr: 2, tpr: 0, threshold: 1 },
    });
    expect(parsed.status === 'ok' && 'title' in parsed.source).toBe(false);
  });

  it('table with a header; format defaults to csv', () => {
    const parsed = one({ type: 'table', source: 'minio://mlpipeline/t.csv', header: ['a', 'b'] });
    expect(parsed.status === 'ok' && parsed.source).toMatchObject({
      type: 'table',
      format: 'csv',
      header: ['a', 'b'],
      title: 't.csv',
    });
  });

  it('markdown and web-app, inline or by URI', () => {
    expect(one({ type: 'markdown', storage: 'inline', source: '# Hi' })).toEqual({
      status: 'ok',
      source: { type: 'markdown', content: { storage: 'inline', text: '# Hi' } },
    });
    expect(
      one({ type: 'web-app', storage: 'gcs', source: 'gs://some/path/hello-world.html' }),
    ).toMatchObject({
      status: 'ok',
      source: {
        type: 'web-app',
        title: 'hello-world.html',
        content: {
          storage: 'uri',
          location: { source: 'gcs', bucket: 'some', key: 'path/hello-world.html' },
        },
      },
    });
  });

  it('tensorboard: one or more log dirs, optional name prefix, image and pod template spec', () => {
    expect(one({ type: 'tensorboard', source: 'gs://path/to/logdir' })).toEqual({
      status: 'ok',
      source: { type: 'tensorboard', logDirs: ['gs://path/to/logdir'] },
    });
    const spec = { spec: { containers: [{ env: [{ name: 'X', value: '1' }] }] } };
    expect(
      one({
        type: 'tensorboard',
        source: 'train:gs://b/train, eval:s3://b/eval',
        image: 'tensorflow/tensorflow:2.15.0',
        pod_template_spec: spec,
      }),
    ).toEqual({
      status: 'ok',
      source: {
        type: 'tensorboard',
        logDirs: ['train:gs://b/train', 'eval:s3://b/eval'],
        image: 'tensorflow/tensorflow:2.15.0',
        podTemplateSpec: spec,
      },
    });
  });

  it('skips unknown types (not an error), including prototype names', () => {
    expect(one({ type: 'pie-chart', source: 'x' })).toEqual({
      status: 'skipped',
      type: 'pie-chart',
      reason: 'unknown output type "pie-chart"',
    });
    expect(one({ type: 'constructor', source: 'x' })).toMatchObject({ status: 'skipped' });
    expect(one({ type: '__proto__', source: 'x' })).toMatchObject({ status: 'skipped' });
  });

  it('keeps the order of outputs and isolates a bad one', () => {
    const result = parseUiMetadata({
      outputs: [
        { type: 'markdown', storage: 'inline', source: 'first' },
        { type: 'roc', source: 'gs://b/roc.csv' },
        { type: 'unknown' },
        { type: 'markdown', storage: 'inline', source: 'last' },
      ],
    });
    expect(result.ok && result.outputs.map((output) => output.status)).toEqual([
      'ok',
      'invalid',
      'skipped',
      'ok',
    ]);
  });
});
