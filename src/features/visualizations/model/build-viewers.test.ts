import { describe, expect, it } from 'vitest';
import { buildViewer, csvRowCap, inlineText, mergeViewers } from './build-viewers.ts';
import { isCsvSource, type CsvSource, type OutputSource } from './output-source.ts';
import { parseUiMetadata } from './parse-ui-metadata.ts';
import type { ViewerConfig } from './viewer-config.ts';

function sourceOf(output: Record<string, unknown>): OutputSource {
  const result = parseUiMetadata({ outputs: [output] });
  const parsed = result.ok ? result.outputs[0] : undefined;
  if (parsed?.status !== 'ok') throw new Error(`not a valid output: ${JSON.stringify(parsed)}`);
  return parsed.source;
}

function csvSourceOf(output: Record<string, unknown>): CsvSource {
  const source = sourceOf(output);
  if (!isCsvSource(source)) throw new Error('not a CSV source');
  return source;
}

const CM_SCHEMA = [{ name: 'target' }, { name: 'predicted' }, { name: 'count' }];
const ROC_SCHEMA = [{ name: 'fpr' }, { name: 'tpr' }, { name: 'thresholds' }];

describe('buildViewer', () => {
  it('confusion matrix from inline CSV', () => {
    const source = sourceOf({
      type: 'confusion_matrix',
      storage: 'inline',
      source: 'a,a,3\na,b,1\nb,a,0\nb,b,4',
      schema: CM_SCHEMA,
      labels: ['a', 'b'],
    });
    expect(buildViewer(source)).toEqual({
      type: 'confusion-matrix',
      labels: ['a', 'b'],
      matrix: [
        [3, 1],
        [0, 4],
      ],
      axes: ['target', 'predicted'],
    });
  });

  it('roc from a loaded file, labelled by its file name', () => {
    const source = sourceOf({ type: 'roc', source: 'gs://b/roc/roc.csv', schema: ROC_SCHEMA });
    const config = buildViewer(source, { text: '0,0,1\n1,1,0\n', truncated: false });
    expect(config).toMatchObject({
      type: 'roc',
      title: 'roc.csv',
      curves: [{ label: 'roc.csv', auc: 0.5, truncated: false }],
    });
  });

  it('table, with a cut file marked truncated', () => {
    const source = sourceOf({ type: 'table', source: 'gs://b/t.csv', header: ['a', 'b'] });
    expect(buildViewer(source, { text: '1,2\n3,4\n5', truncated: true })).toEqual({
      type: 'table',
      title: 't.csv',
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      truncated: true,
    });
  });

  it('markdown and web-app keep their text as it is', () => {
    const md = sourceOf({ type: 'markdown', storage: 'inline', source: '# T\n<script>x</script>' });
    expect(buildViewer(md)).toEqual({ type: 'markdown', markdown: '# T\n<script>x</script>' });
    const app = sourceOf({ type: 'web-app', source: 'gs://b/page.html' });
    expect(buildViewer(app, { text: '<p>hi</p>', truncated: false })).toEqual({
      type: 'web-app',
      html: '<p>hi</p>',
      title: 'page.html',
    });
  });

  it('tensorboard needs no content', () => {
    const source = sourceOf({ type: 'tensorboard', source: 'gs://b/logs', image: 'tb:1' });
    expect(buildViewer(source)).toEqual({
      type: 'tensorboard',
      logDirs: ['gs://b/logs'],
      image: 'tb:1',
    });
  });

  it('a URI source without loaded content is an error, not a throw', () => {
    const source = sourceOf({ type: 'markdown', source: 'gs://b/readme.md' });
    expect(inlineText(source)).toBeUndefined();
    expect(buildViewer(source)).toEqual({
      type: 'error',
      outputType: 'markdown',
      message: 'markdown: the content was not loaded',
      title: 'readme.md',
    });
  });

  it('a web-app or markdown file cut at the limit is an error (half a page is not shown)', () => {
    const source = sourceOf({ type: 'web-app', source: 'gs://b/big.html' });
    expect(
      buildViewer(source, { text: '<html>', truncated: true, limit: 50 * 1024 * 1024 }),
    ).toEqual({
      type: 'error',
      outputType: 'web-app',
      message: 'web-app: the file is larger than the 50 MB limit',
      title: 'big.html',
    });
    const md = sourceOf({ type: 'markdown', source: 'gs://b/big.md' });
    expect(buildViewer(md, { text: '#', truncated: true })).toMatchObject({
      message: 'markdown: the file is larger than the size limit',
    });
  });

  it('wrong CSV shapes become error configs', () => {
    const cm = sourceOf({
      type: 'confusion_matrix',
      storage: 'inline',
      source: 'a,a,1\na,b,1\nb,a,1',
      schema: CM_SCHEMA,
      labels: ['a', 'b'],
    });
    expect(buildViewer(cm)).toEqual({
      type: 'error',
      outputType: 'confusion matrix',
      message: 'confusion matrix: 2 labels need 4 rows, got 3',
    });
    const table = sourceOf({
      type: 'table',
      storage: 'inline',
      source: 'a,b\nc',
      header: ['x', 'y'],
    });
    expect(buildViewer(table)).toMatchObject({
      type: 'error',
      message: 'table: row 2 has 1 cell, header has 2',
    });
  });

  it('caps rows per type', () => {
    expect(
      csvRowCap(
        csvSourceOf({
          type: 'confusion_matrix',
          storage: 'inline',
          source: 'x',
          schema: CM_SCHEMA,
          labels: ['a', 'b', 'c'],
        }),
      ),
    ).toBe(10);
    expect(
      csvRowCap(csvSourceOf({ type: 'roc', storage: 'inline', source: 'x', schema: ROC_SCHEMA })),
    ).toBe(100_000);
    expect(
      csvRowCap(csvSourceOf({ type: 'table', storage: 'inline', source: 'x', header: ['a'] })),
    ).toBe(100_000);
  });
});

describe('mergeViewers', () => {
  const roc = (label: string): ViewerConfig => ({
    type: 'roc',
    curves: [{ label, points: [], auc: 0, truncated: false }],
  });
  const md = (markdown: string): ViewerConfig => ({ type: 'markdown', markdown });
  const board = (dir: string, image?: string): ViewerConfig => ({
    type: 'tensorboard',
    logDirs: [dir],
    ...(image ? { image } : {}),
  });

  it('merges all ROC curves into the place of the first, and tensorboards likewise', () => {
    const merged = mergeViewers([
      md('1'),
      roc('a'),
      board('gs://b/x', 'img'),
      md('2'),
      roc('b'),
      board('gs://b/y'),
      board('gs://b/x'),
    ]);
    expect(merged).toEqual([
      md('1'),
      {
        type: 'roc',
        curves: [
          { label: 'a', points: [], auc: 0, truncated: false },
          { label: 'b', points: [], auc: 0, truncated: false },
        ],
      },
      { type: 'tensorboard', logDirs: ['gs://b/x', 'gs://b/y'], image: 'img' },
      md('2'),
    ]);
  });

  it('leaves a single ROC alone and keeps errors in place', () => {
    const error: ViewerConfig = { type: 'error', outputType: 'roc', message: 'roc: no data rows' };
    expect(mergeViewers([error, roc('a')])).toEqual([error, roc('a')]);
  });
});
