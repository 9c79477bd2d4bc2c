import { describe, expect, it } from 'vitest';
import type { ParsedOutput } from './output-source.ts';
import { parseUiMetadata, parseUiMetadataText } from './parse-ui-metadata.ts';

const CM_SCHEMA = [
  { name: 'target', type: 'CATEGORY' },
  { name: 'predicted', type: 'CATEGORY' },
  { name: 'count', type: 'NUMBER' },
];
const ROC_SCHEMA = [
  { name: 'fpr', type: 'NUMBER' },
  { name: 'tpr', type: 'NUMBER' },
  { name: 'thresholds', type: 'NUMBER' },
];

/** The one parsed output of a file holding only `output`. */
function one(output: unknown): ParsedOutput {
  const result = parseUiMetadata({ outputs: [output] });
  if (!result.ok) throw new Error(result.error.message);
  const [parsed] = result.outputs;
  if (!parsed) throw new Error('no output');
  return parsed;
}

function messageOf(output: unknown): string {
  const parsed = one(output);
  return parsed.status === 'invalid' ? parsed.error.message : `not invalid: ${parsed.status}`;
}

describe('parseUiMetadata: messages', () => {
  it.each([
    ['output not an object', 'just text', 'output 1: expected an object, got "just text"'],
    ['no type', { source: 'x' }, 'output 1: "type" is required, got nothing'],
    ['type not a string', { type: 5 }, 'output 1: "type" is required, got 5'],
    ['no source', { type: 'markdown', storage: 'inline' }, 'markdown: "source" is required'],
    ['empty source', { type: 'web-app', source: '' }, 'web-app: "source" is required'],
    [
      'source not a string',
      { type: 'markdown', source: { a: 1 } },
      'markdown: "source" must be a string, got an object',
    ],
    [
      'storage not a string',
      { type: 'markdown', storage: true, source: 'x' },
      'markdown: "storage" must be a string such as "inline" or "gcs", got true',
    ],
    [
      'bad URI',
      { type: 'web-app', source: 'ftp://h/p.html' },
      'web-app: unsupported storage scheme "ftp://" in "ftp://h/p.html" (expected gs://, minio://, s3://, http(s)://, or volume://)',
    ],
    [
      'relative path',
      { type: 'table', source: 'table.csv', header: ['a'] },
      'table: "table.csv" is not a storage URI (expected gs://, minio://, s3://, http(s)://, or volume://)',
    ],
    [
      'table format',
      { type: 'table', format: 'json', source: 'gs://b/t', header: ['a'] },
      'table: format "json" is not supported (only "csv")',
    ],
    [
      'table without header',
      { type: 'table', source: 'gs://b/t' },
      'table: "header" is required (the column names)',
    ],
    [
      'header not strings',
      { type: 'table', source: 'gs://b/t', header: ['a', 2] },
      'table: "header" must be an array of strings (the column names)',
    ],
    [
      'empty header',
      { type: 'table', source: 'gs://b/t', header: [] },
      'table: "header" is empty (the column names)',
    ],
    [
      'cm without schema',
      { type: 'confusion_matrix', source: 'gs://b/c', labels: ['a'] },
      'confusion matrix: "schema" is required (columns target, predicted and count)',
    ],
    [
      'cm schema not array',
      { type: 'confusion_matrix', source: 'gs://b/c', labels: ['a'], schema: { target: 1 } },
      'confusion matrix: "schema" must be an array of {"name", "type"} objects, got an object',
    ],
    [
      'cm schema column without name',
      {
        type: 'confusion_matrix',
        source: 'gs://b/c',
        labels: ['a'],
        schema: [{ name: 'target' }, { type: 'x' }],
      },
      'confusion matrix: schema column 2 has no "name"',
    ],
    [
      'cm schema missing count',
      {
        type: 'confusion_matrix',
        source: 'gs://b/c',
        labels: ['a'],
        schema: [{ name: 'target' }, { name: 'predicted' }, { name: 'n' }],
      },
      'confusion matrix: schema needs columns target, predicted and count; missing count (got "target", "predicted", "n")',
    ],
    [
      'cm without labels',
      { type: 'confusion_matrix', source: 'gs://b/c', schema: CM_SCHEMA },
      'confusion matrix: "labels" is required (the class names, in order)',
    ],
    [
      'cm labels not strings',
      { type: 'confusion_matrix', source: 'gs://b/c', schema: CM_SCHEMA, labels: [1, 2] },
      'confusion matrix: "labels" must be an array of strings (the class names, in order)',
    ],
    [
      'cm empty labels',
      { type: 'confusion_matrix', source: 'gs://b/c', schema: CM_SCHEMA, labels: [] },
      'confusion matrix: "labels" is empty (the class names, in order)',
    ],
    [
      'cm repeated label',
      { type: 'confusion_matrix', source: 'gs://b/c', schema: CM_SCHEMA, labels: ['a', 'b', 'a '] },
      'confusion matrix: label "a" appears twice',
    ],
    [
      'cm too many labels',
      {
        type: 'confusion_matrix',
        source: 'gs://b/c',
        schema: CM_SCHEMA,
        labels: Array.from({ length: 201 }, (_, i) => `l${i}`),
      },
      'confusion matrix: 201 labels is over the limit of 200',
    ],
    [
      'cm format',
      {
        type: 'confusion_matrix',
        format: 'tsv',
        source: 'gs://b/c',
        schema: CM_SCHEMA,
        labels: ['a'],
      },
      'confusion matrix: format "tsv" is not supported (only "csv")',
    ],
    [
      'roc without schema',
      { type: 'roc', source: 'gs://b/r' },
      'roc: "schema" is required (columns fpr, tpr and threshold…)',
    ],
    [
      'roc schema missing columns',
      {
        type: 'roc',
        source: 'gs://b/r',
        schema: [{ name: 'fpr' }, { name: 'recall' }, { name: 'cutoff' }],
      },
      'roc: schema needs columns fpr, tpr and threshold…; missing tpr, threshold… (got "fpr", "recall", "cutoff")',
    ],
    ['tensorboard without source', { type: 'tensorboard' }, 'tensorboard: "source" is required'],
    [
      'tensorboard only commas',
      { type: 'tensorboard', source: ' , ' },
      'tensorboard: "source" is required',
    ],
    [
      'tensorboard bad log dir',
      { type: 'tensorboard', source: 'gs://b/ok,/tmp/logs' },
      'tensorboard: "/tmp/logs" is not a storage URI (expected gs://, minio://, s3://, http(s)://, or volume://)',
    ],
    [
      'tensorboard image not a string',
      { type: 'tensorboard', source: 'gs://b/l', image: 3 },
      'tensorboard: "image" must be a string, got 3',
    ],
  ])('%s', (_name, output, message) => {
    expect(messageOf(output)).toBe(message);
  });

  it('an invalid output carries an error config with its type', () => {
    expect(one({ type: 'roc', source: 'gs://b/r' })).toEqual({
      status: 'invalid',
      error: {
        type: 'error',
        outputType: 'roc',
        message: 'roc: "schema" is required (columns fpr, tpr and threshold…)',
      },
    });
  });
});

describe('parseUiMetadata: the file', () => {
  it.each([[null], [[]], [{ outputs: 'x' }], [{ output: [] }]])('refuses %j', (value) => {
    expect(parseUiMetadata(value)).toEqual({
      ok: false,
      error: {
        type: 'error',
        outputType: 'ui metadata',
        message: 'ui metadata: expected an object with an "outputs" array',
      },
    });
  });

  it('accepts an empty outputs list', () => {
    expect(parseUiMetadata({ outputs: [] })).toEqual({ ok: true, outputs: [] });
  });

  it('refuses too many outputs', () => {
    const outputs = Array.from({ length: 101 }, () => ({
      type: 'markdown',
      storage: 'inline',
      source: 'x',
    }));
    const result = parseUiMetadata({ outputs });
    expect(!result.ok && result.error.message).toBe(
      'ui metadata: 101 outputs is over the limit of 100',
    );
  });

  it('parseUiMetadataText reports bad JSON, huge and deep files', () => {
    const bad = parseUiMetadataText('{"outputs": [');
    expect(!bad.ok && bad.error.message).toMatch(/^ui metadata: not valid JSON \(/);
    const huge = parseUiMetadataText(`{"outputs": [], "pad": "${'x'.repeat(17 * 1024 * 1024)}"}`);
    expect(!huge.ok && huge.error.message).toBe('ui metadata: 17 MB is over the 16 MB limit');
    const deep = parseUiMetadataText(`{"outputs": [${'['.repeat(70)}${']'.repeat(70)}]}`);
    expect(!deep.ok && deep.error.message).toBe('ui metadata: nested deeper than 64 levels');
  });

  it('parseUiMetadataText parses a good file', () => {
    const result = parseUiMetadataText(
      JSON.stringify({ outputs: [{ type: 'roc', source: 'gs://b/r.csv', schema: ROC_SCHEMA }] }),
    );
    expect(result.ok && result.outputs[0]).toMatchObject({
      status: 'ok',
      source: { type: 'roc', columns: { fpr: 0, tpr: 1, threshold: 2 } },
    });
  });
});
