import { describe, expect, it, vi } from 'vitest';
import { inMemoryReader } from './in-memory-reader.ts';
import { hasV1Visualizations, loadV1NodeViewers } from './load-v1-node.ts';

const metadata = JSON.stringify({
  outputs: [{ type: 'markdown', storage: 'inline', source: '# hi' }],
});
const metrics = JSON.stringify({
  metrics: [{ name: 'accuracy', numberValue: 0.9, format: 'PERCENTAGE' }],
});
const options = { read: inMemoryReader({}).read };

describe('loadV1NodeViewers', () => {
  it('shows the ui-metadata outputs, then mlpipeline-metrics as a metrics table', async () => {
    const files: Record<string, string> = {
      'train-mlpipeline-ui-metadata': metadata,
      'mlpipeline-metrics': metrics,
    };
    const read = vi.fn((name: string) => Promise.resolve(files[name] ?? ''));
    const loaded = await loadV1NodeViewers(
      ['train-mlpipeline-ui-metadata', 'mlpipeline-metrics', 'main-logs'],
      read,
      options,
    );
    expect(loaded.configs).toEqual([
      { type: 'markdown', markdown: '# hi' },
      { type: 'metrics', scalars: [{ name: 'accuracy', value: 0.9, format: 'PERCENTAGE' }] },
    ]);
    expect(read.mock.calls.map(([name]) => name).sort()).toEqual([
      'mlpipeline-metrics',
      'train-mlpipeline-ui-metadata',
    ]);
  });

  it('a bad metrics file is an error card beside the other viewers', async () => {
    const read = (name: string) =>
      Promise.resolve(name === 'mlpipeline-metrics' ? '{"metrics": 3}' : metadata);
    const loaded = await loadV1NodeViewers(
      ['mlpipeline-ui-metadata', 'mlpipeline-metrics'],
      read,
      options,
    );
    expect(loaded.configs).toEqual([
      { type: 'markdown', markdown: '# hi' },
      expect.objectContaining({
        type: 'error',
        outputType: 'metrics',
        message: 'metrics: expected an object with a "metrics" array',
      }),
    ]);
  });

  it('metrics alone, and ui-metadata alone when the artifact names are unknown', async () => {
    const onlyMetrics = await loadV1NodeViewers(
      ['mlpipeline-metrics'],
      () => Promise.resolve(metrics),
      options,
    );
    expect(onlyMetrics.configs.map((config) => config.type)).toEqual(['metrics']);
    const read = vi.fn(() => Promise.resolve(metadata));
    const unknown = await loadV1NodeViewers(undefined, read, options);
    expect(unknown.configs.map((config) => config.type)).toEqual(['markdown']);
    expect(read).toHaveBeenCalledWith('mlpipeline-ui-metadata', expect.any(Number));
  });

  it('hasV1Visualizations', () => {
    expect(hasV1Visualizations(['main-logs', 'x-mlpipeline-metrics'])).toBe(true);
    expect(hasV1Visualizations(['main-logs', 'model'])).toBe(false);
  });
});
