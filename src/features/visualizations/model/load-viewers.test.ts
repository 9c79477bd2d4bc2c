import { describe, expect, it } from 'vitest';
import { inMemoryReader } from './in-memory-reader.ts';
import { FULL_BYTES, PREVIEW_BYTES } from './limits.ts';
import {
  loadParsedOutputs,
  loadSourceViewer,
  loadUiMetadataViewers,
  loadV2Viewers,
  readBudget,
} from './load-viewers.ts';
import { parseUiMetadata } from './parse-ui-metadata.ts';
import { readV2Artifact, type V2Artifact } from './v2-artifact.ts';

const ROC_SCHEMA = [{ name: 'fpr' }, { name: 'tpr' }, { name: 'threshold' }];

function metadata(...outputs: unknown[]): string {
  return JSON.stringify({ outputs });
}

describe('loadUiMetadataViewers', () => {
  it('reads URI sources, uses inline ones, and merges ROC curves', async () => {
    const reader = inMemoryReader({
      'gs://b/roc1.csv': '0,0,1\n1,1,0\n',
      'minio://b/roc2.csv': '0,0,1\n0,1,0.5\n1,1,0\n',
      'gs://b/t.csv': 'x,1\ny,2\n',
    });
    const text = metadata(
      { type: 'markdown', storage: 'inline', source: '# Report' },
      { type: 'roc', source: 'gs://b/roc1.csv', schema: ROC_SCHEMA },
      { type: 'table', source: 'gs://b/t.csv', header: ['name', 'n'] },
      { type: 'roc', source: 'minio://b/roc2.csv', schema: ROC_SCHEMA },
      { type: 'pie', source: 'x' },
    );
    const loaded = await loadUiMetadataViewers(text, { read: reader.read });
    expect(loaded.skipped).toEqual([{ type: 'pie', reason: 'unknown output type "pie"' }]);
    expect(loaded.configs).toEqual([
      { type: 'markdown', markdown: '# Report' },
      {
        type: 'roc',
        curves: [
          {
            label: 'roc1.csv',
            auc: 0.5,
            truncated: false,
            points: [
              { fpr: 0, tpr: 0, threshold: 1 },
              { fpr: 1, tpr: 1, threshold: 0 },
            ],
          },
          {
            label: 'roc2.csv',
            auc: 1,
            truncated: false,
            points: [
              { fpr: 0, tpr: 0, threshold: 1 },
              { fpr: 0, tpr: 1, threshold: 0.5 },
              { fpr: 1, tpr: 1, threshold: 0 },
            ],
          },
        ],
      },
      {
        type: 'table',
        title: 't.csv',
        sourceUri: 'gs://b/t.csv',
        header: ['name', 'n'],
        rows: [
          ['x', '1'],
          ['y', '2'],
        ],
        truncated: false,
      },
    ]);
    expect(reader.requests.map((request) => request.maxBytes)).toEqual([
      FULL_BYTES,
      PREVIEW_BYTES,
      FULL_BYTES,
    ]);
  });

  it('a read failure becomes an error for that output only', async () => {
    const reader = inMemoryReader({});
    const loaded = await loadUiMetadataViewers(
      metadata(
        { type: 'web-app', source: 'gs://b/missing.html' },
        { type: 'markdown', storage: 'inline', source: 'ok' },
      ),
      { read: reader.read },
    );
    expect(loaded.configs).toEqual([
      {
        type: 'error',
        outputType: 'web-app',
        message: 'web-app: could not read gs://b/missing.html (404 not found: gs://b/missing.html)',
        title: 'missing.html',
      },
      { type: 'markdown', markdown: 'ok' },
    ]);
  });

  it('a broken file gives one error config', async () => {
    const loaded = await loadUiMetadataViewers('{"outputs": 3}', { read: inMemoryReader({}).read });
    expect(loaded).toEqual({
      configs: [
        {
          type: 'error',
          outputType: 'ui metadata',
          message: 'ui metadata: expected an object with an "outputs" array',
        },
      ],
      skipped: [],
    });
  });

  it('invalid outputs stay in place as errors', async () => {
    const parsed = parseUiMetadata({
      outputs: [
        { type: 'roc', source: 'gs://b/r' },
        { type: 'markdown', storage: 'inline', source: 'x' },
      ],
    });
    if (!parsed.ok) throw new Error('unexpected');
    const loaded = await loadParsedOutputs(parsed.outputs, { read: inMemoryReader({}).read });
    expect(loaded.configs.map((config) => config.type)).toEqual(['error', 'markdown']);
  });
});

describe('previews and "load all"', () => {
  const rows = Array.from({ length: 80_000 }, (_, i) => `${i},row ${i}`).join('\n');
  const text = metadata({ type: 'table', source: 'gs://b/big.csv', header: ['i', 'label'] });

  it('a table is first read as a 1 MB preview, cut on a whole row and marked truncated', async () => {
    const reader = inMemoryReader({ 'gs://b/big.csv': rows });
    expect(rows.length).toBeGreaterThan(PREVIEW_BYTES);
    const [config] = (await loadUiMetadataViewers(text, { read: reader.read })).configs;
    expect(config?.type === 'table' && config.truncated).toBe(true);
    const kept = config?.type === 'table' ? config.rows : [];
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.length).toBeLessThan(80_000);
    expect(kept.at(-1)).toEqual([String(kept.length - 1), `row ${kept.length - 1}`]);
  });

  it('"load all" reads the whole table in chunks, yielding between them', async () => {
    const reader = inMemoryReader({ 'gs://b/big.csv': rows });
    let pauses = 0;
    const [config] = (
      await loadUiMetadataViewers(text, {
        read: reader.read,
        mode: 'full',
        pause: () => {
          pauses++;
          return Promise.resolve();
        },
      })
    ).configs;
    expect(config?.type === 'table' && config.rows.length).toBe(80_000);
    expect(config?.type === 'table' && config.truncated).toBe(false);
    expect(pauses).toBeGreaterThan(2);
  });

  it('readBudget', () => {
    const parsed = parseUiMetadata({
      outputs: [
        { type: 'table', source: 'gs://b/t', header: ['a'] },
        { type: 'web-app', source: 'gs://b/p' },
      ],
    });
    const [table, app] = parsed.ok ? parsed.outputs : [];
    if (table?.status !== 'ok' || app?.status !== 'ok') throw new Error('unexpected');
    expect(readBudget(table.source)).toBe(PREVIEW_BYTES);
    expect(readBudget(table.source, 'full')).toBe(FULL_BYTES);
    expect(readBudget(app.source)).toBe(FULL_BYTES);
  });
});

describe('loadV2Viewers', () => {
  const artifacts = (...values: Array<[Record<string, unknown>, string]>): V2Artifact[] =>
    values
      .map(([value, key]) => readV2Artifact(value, key))
      .filter((artifact) => artifact !== undefined);

  it('reads HTML, Markdown and ui-metadata files; merges ROC curves from both worlds', async () => {
    const reader = inMemoryReader({
      'minio://mlpipeline/page.html': '<h1>Report</h1>',
      'minio://mlpipeline/notes.md': '*notes*',
      'minio://mlpipeline/ui.json': metadata({
        type: 'roc',
        storage: 'inline',
        source: '0,0,1\n1,1,0',
        schema: ROC_SCHEMA,
      }),
    });
    const loaded = await loadV2Viewers(
      artifacts(
        [{ name: 'accuracy', type: 'Metric', number_value: 0.9 }, 'metrics'],
        [
          {
            name: 'cls',
            type: 'ClassificationMetric',
            metadata: {
              confidenceMetrics: [
                { confidenceThreshold: 1, falsePositiveRate: 0, recall: 0 },
                { confidenceThreshold: 0, falsePositiveRate: 1, recall: 1 },
              ],
            },
          },
          'cls',
        ],
        [{ name: 'page', type: 'HTML', uri: 'minio://mlpipeline/page.html' }, 'page'],
        [{ name: 'notes', type: 'Markdown', uri: 'minio://mlpipeline/notes.md' }, 'notes'],
        [
          { name: 'mlpipeline-ui-metadata', type: 'Artifact', uri: 'minio://mlpipeline/ui.json' },
          'mlpipeline-ui-metadata',
        ],
      ),
      { read: reader.read },
    );
    expect(loaded.configs).toEqual([
      {
        type: 'roc',
        curves: [
          {
            label: 'cls',
            auc: 0.5,
            truncated: false,
            points: [
              { fpr: 0, tpr: 0, threshold: 1 },
              { fpr: 1, tpr: 1, threshold: 0 },
            ],
          },
          {
            label: 'inline data',
            auc: 0.5,
            truncated: false,
            points: [
              { fpr: 0, tpr: 0, threshold: 1 },
              { fpr: 1, tpr: 1, threshold: 0 },
            ],
          },
        ],
      },
      {
        type: 'metrics',
        title: 'metrics',
        scalars: [{ name: 'accuracy', value: 0.9, format: 'RAW' }],
      },
      {
        type: 'web-app',
        html: '<h1>Report</h1>',
        title: 'page',
        sourceUri: 'minio://mlpipeline/page.html',
      },
      {
        type: 'markdown',
        markdown: '*notes*',
        title: 'notes',
        sourceUri: 'minio://mlpipeline/notes.md',
      },
    ]);
  });

  it('an unreadable ui-metadata file is an error config', async () => {
    const loaded = await loadV2Viewers(
      artifacts([{ name: 'mlpipeline-ui-metadata', uri: 'gs://b/gone.json' }, 'x']),
      { read: inMemoryReader({}).read },
    );
    expect(loaded.configs).toEqual([
      {
        type: 'error',
        outputType: 'ui metadata',
        message: 'ui metadata: could not read gs://b/gone.json (404 not found: gs://b/gone.json)',
        title: 'mlpipeline-ui-metadata',
      },
    ]);
  });
});

describe('loadSourceViewer', () => {
  it('never rejects, even when the reader throws something odd', async () => {
    const parsed = parseUiMetadata({ outputs: [{ type: 'markdown', source: 'gs://b/x.md' }] });
    const output = parsed.ok ? parsed.outputs[0] : undefined;
    if (output?.status !== 'ok') throw new Error('unexpected');
    const config = await loadSourceViewer(output.source, {
      read: () => Promise.reject(new Error('boom')),
    });
    expect(config).toEqual({
      type: 'error',
      outputType: 'markdown',
      message: 'markdown: could not read gs://b/x.md (boom)',
      title: 'x.md',
    });
  });
});
