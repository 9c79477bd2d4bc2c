import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { inMemoryReader } from './in-memory-reader.ts';
import { loadParsedOutputs, loadUiMetadataViewers } from './load-viewers.ts';
import { parseUiMetadataText } from './parse-ui-metadata.ts';
import type {
  ConfusionMatrixConfig,
  RocConfig,
  TableConfig,
  ViewerConfig,
} from './viewer-config.ts';

/** Every file of ../shared/fixtures/ui-metadata, served at the URIs its metadata files name. */
const dir = join(requireSharedDir(), 'fixtures', 'ui-metadata');
const files = readdirSync(dir).sort();
const text = (name: string): string => readFileSync(join(dir, name), 'utf8');
const URIS: Readonly<Record<string, string>> = {
  'gs://bucket/roc/roc.csv': 'eval-output_roc.csv',
  'gs://bucket/roc/roc2.csv': 'eval-output_roc2.csv',
  'gs://bucket/table.csv': 'eval-output_table.csv',
  'gs://bucket/confusionmatrix/confusion_matrix.csv': 'model-output_confusion_matrix.csv',
  'gs://some/path/hello-world.html': 'model-output_hello-world.html',
};
const store = Object.fromEntries(Object.entries(URIS).map(([uri, name]) => [uri, text(name)]));
const dataLines = (name: string): string[][] =>
  text(name)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));

function only<T extends ViewerConfig['type']>(
  configs: ViewerConfig[],
  type: T,
): Extract<ViewerConfig, { type: T }> {
  const found = configs.filter(
    (config): config is Extract<ViewerConfig, { type: T }> => config.type === type,
  );
  expect(found).toHaveLength(1);
  const [config] = found;
  if (!config) throw new Error(`no ${type}`);
  return config;
}

describe('shared fixtures: ui-metadata', () => {
  it('every fixture file is covered: metadata parsed, data served', () => {
    const metadataFiles = files.filter((name) => name.endsWith('.json'));
    expect(metadataFiles.length).toBeGreaterThanOrEqual(3);
    expect([...metadataFiles, ...Object.values(URIS)].sort()).toEqual(files);
  });

  it.each(files.filter((name) => name.endsWith('.json')))(
    '%s parses with no invalid output',
    (name) => {
      const result = parseUiMetadataText(text(name));
      expect(result.ok).toBe(true);
      expect(result.ok && result.outputs.filter((output) => output.status !== 'ok')).toEqual([]);
    },
  );

  it('model-output_metadata.json: markdown, a 20-class confusion matrix, web-apps (one missing file)', async () => {
    const reader = inMemoryReader(store);
    const { configs, skipped } = await loadUiMetadataViewers(text('model-output_metadata.json'), {
      read: reader.read,
    });
    expect(skipped).toEqual([]);
    expect(configs.map((config) => config.type)).toEqual([
      'markdown',
      'confusion-matrix',
      'web-app',
      'error',
    ]);

    expect(only(configs, 'markdown').markdown).toBe(
      '# Title\n[some link here](http://example.com)',
    );

    const matrix: ConfusionMatrixConfig = only(configs, 'confusion-matrix');
    const rows = dataLines('model-output_confusion_matrix.csv');
    expect(matrix.labels).toHaveLength(20);
    expect(matrix.matrix).toHaveLength(20);
    expect(matrix.matrix.every((row) => row.length === 20)).toBe(true);
    const total = rows.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(matrix.matrix.flat().reduce((sum, n) => sum + n, 0)).toBe(total);
    for (const [target, predicted, count] of rows) {
      expect(
        matrix.matrix[matrix.labels.indexOf(target ?? '')]?.[
          matrix.labels.indexOf(predicted ?? '')
        ],
      ).toBe(Number(count));
    }

    expect(only(configs, 'web-app').html).toContain(
      '<div class="error message">Hello World!</div>',
    );
    expect(only(configs, 'error').message).toBe(
      'web-app: could not read gs://some/path/hello-world-big.html (404 not found: gs://some/path/hello-world-big.html)',
    );
  });

  it('eval-output_metadata.json: ROC, tensorboard and a 10-column table', async () => {
    const { configs } = await loadUiMetadataViewers(text('eval-output_metadata.json'), {
      read: inMemoryReader(store).read,
    });
    expect(configs.map((config) => config.type)).toEqual(['roc', 'tensorboard', 'table']);

    const roc: RocConfig = only(configs, 'roc');
    const [curve] = roc.curves;
    expect(curve?.points).toHaveLength(dataLines('eval-output_roc.csv').length);
    expect(curve?.points.at(-1)).toMatchObject({ fpr: 1, tpr: 1 });
    expect(curve?.auc).toBeCloseTo(0.95465, 4); // trapezoid rule, checked independently with Python

    expect(only(configs, 'tensorboard')).toEqual({
      type: 'tensorboard',
      logDirs: ['gs://path/to/logdir'],
    });

    const table: TableConfig = only(configs, 'table');
    expect(table.header).toEqual([
      'id',
      'category',
      'description',
      'district',
      'resolution',
      'long',
      'lat',
      'hour',
      'weekday',
      'dayinyear',
    ]);
    expect(table.rows).toEqual(dataLines('eval-output_table.csv'));
    expect(table.truncated).toBe(false);
  });

  it('both eval metadata files of one run draw their ROC curves on one chart', async () => {
    const outputs = ['eval-output_metadata.json', 'eval-output_metadata2.json'].flatMap((name) => {
      const result = parseUiMetadataText(text(name));
      return result.ok ? result.outputs : [];
    });
    const { configs } = await loadParsedOutputs(outputs, { read: inMemoryReader(store).read });
    const roc = only(configs, 'roc');
    expect(roc.curves.map((curve) => curve.label)).toEqual(['roc.csv', 'roc2.csv']);
    expect(roc.curves[1]?.points).toHaveLength(dataLines('eval-output_roc2.csv').length);
    expect(roc.curves[1]?.auc).toBeCloseTo(0.91994, 4);
  });
});
