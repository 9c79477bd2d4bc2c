import { describe, expect, it } from 'vitest';
import { executeComponent } from './index.ts';
import { decode, testTask } from '../../testing/test-task.ts';

const metadataOf = (bytes: Uint8Array | undefined): { outputs: Record<string, unknown>[] } => {
  const parsed: unknown = JSON.parse(decode(bytes));
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('outputs' in parsed) ||
    !Array.isArray(parsed.outputs)
  )
    throw new Error('not metadata');
  return {
    outputs: parsed.outputs.filter(
      (o): o is Record<string, unknown> => typeof o === 'object' && o !== null,
    ),
  };
};
const ui = [{ name: 'mlpipeline-ui-metadata', type: '' }];

/** No resource the page would fetch: no src/href to http(s), no link tags, no imports. */
function assertSelfContained(html: string) {
  expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
  expect(html).not.toMatch(/<link\b|@import|<script[^>]+src=/i);
}

describe('data visualization', () => {
  it('display_image_from_path writes an inline mpld3 web-app with the image', () => {
    const result = executeComponent(
      testTask({
        component: 'display-image-from-path',
        inputs: { image_path: '/usr/share/example-pipeline-volume/street.jpg' },
        outputArtifacts: ui,
      }),
    );
    const [output] = metadataOf(result.artifacts['mlpipeline-ui-metadata']).outputs;
    expect(output).toMatchObject({ type: 'web-app', storage: 'inline' });
    const html = String(output?.source);
    expect(html).toMatch(/<div id="fig_el\d+"><\/div>/);
    expect(html).toContain('mpld3.draw_figure(');
    expect(html).toContain('data:image/png;base64,iVBORw0KGgo');
    assertSelfContained(html);
  });

  it('plot_csv_from_path plots two series', () => {
    const result = executeComponent(
      testTask({
        component: 'plot-csv-from-path',
        inputs: { csv_path: '/usr/share/example-pipeline-volume/weather.csv' },
        outputArtifacts: ui,
      }),
    );
    const html = String(metadataOf(result.artifacts['mlpipeline-ui-metadata']).outputs[0]?.source);
    expect(html).toContain('"label":"temperature"');
    expect(html).toContain('"label":"humidity"');
    assertSelfContained(html);
  });

  it('reading outside the mounted volume fails', () => {
    const result = executeComponent(
      testTask({ component: 'plot-csv-from-path', inputs: { csv_path: '/data/weather.csv' } }),
    );
    expect(result.outcome).toBe('failed');
    expect(result.log.at(-1)).toBe(
      "FileNotFoundError: [Errno 2] No such file or directory: '/data/weather.csv'",
    );
  });

  it('get_example_data_to_volume logs the download with timestamps', () => {
    const result = executeComponent(
      testTask({
        component: 'get-example-data-to-volume',
        startedAt: '2026-03-04T10:00:00Z',
        inputs: {
          url: 'https://example.org/street.jpg',
          save_path: '/usr/share/example-pipeline-volume/street.jpg',
        },
      }),
    );
    expect(result.log.join('\n')).toMatch(
      /^2026-03-04 10:00:\d\d,\d{3} INFO Saved https:\/\/example\.org\/street\.jpg to \/usr\/share\/example-pipeline-volume\/street\.jpg$/m,
    );
  });

  it('reads constants that kfp 1.x inlines into the container arguments', () => {
    const result = executeComponent(
      testTask({
        component: 'get-example-data-to-volume-2',
        inputs: { csv_url: 'https://example.org/data.csv' },
        command: [
          'sh',
          '-ec',
          'program',
          '--url',
          '{{inputs.parameters.csv_url}}',
          '--save-path',
          '/usr/share/example-pipeline-volume/data.csv',
          '----output-paths',
          '/tmp/outputs/x/data',
        ],
      }),
    );
    expect(result.log.join('\n')).toContain(
      'INFO Saved https://example.org/data.csv to /usr/share/example-pipeline-volume/data.csv',
    );
  });
});

describe('YOLO', () => {
  it('gpu_available_check logs nvidia-smi', () => {
    const log = executeComponent(testTask({ component: 'gpu-available-check' })).log.join('\n');
    expect(log).toContain('NVIDIA-SMI 535.154.05');
    expect(log).toContain('Tesla T4');
  });

  it('yolo_train writes roc, confusion matrix, table and tensorboard outputs with their CSV files, and metrics', () => {
    const result = executeComponent(
      testTask({
        component: 'yolo-train',
        runId: 'run-1',
        podName: 'yolo-pod-1',
        inputs: { epochs: '5', imgsz: '640' },
        outputParameters: [{ name: 'yolo-train-Output', type: 'String' }],
        outputArtifacts: [...ui, { name: 'mlpipeline-metrics', type: '' }],
      }),
    );
    expect(result.outputs['yolo-train-Output']).toBe(
      '/usr/share/example-pipeline-volume/yolo/train/weights/best.pt',
    );
    const outputs = metadataOf(result.artifacts['mlpipeline-ui-metadata']).outputs;
    expect(outputs.map((o) => o.type)).toEqual(['roc', 'confusion_matrix', 'table', 'tensorboard']);
    const objects = new Map(
      (result.extraObjects ?? []).map((o) => [`minio://${o.bucket}/${o.key}`, decode(o.data)]),
    );
    for (const output of outputs.slice(0, 3)) {
      expect(objects.has(String(output.source)), String(output.source)).toBe(true);
      expect(String(output.source)).toMatch(
        /^minio:\/\/mlpipeline\/yolo-results\/run-1\/yolo-pod-1\//,
      );
    }
    const labels = outputs[1]?.labels;
    expect(Array.isArray(labels)).toBe(true);
    const n = Array.isArray(labels) ? labels.length : 0;
    expect(objects.get(String(outputs[1]?.source))?.split('\n')).toHaveLength(n * n);
    const roc =
      objects
        .get(String(outputs[0]?.source))
        ?.split('\n')
        .map((row) => row.split(',').map(Number)) ?? [];
    expect(roc.every((row) => row.length === 3 && row.every((v) => v >= 0 && v <= 1))).toBe(true);
    const header = outputs[2]?.header;
    expect(objects.get(String(outputs[2]?.source))?.split('\n')[0]?.split(',')).toHaveLength(
      Array.isArray(header) ? header.length : -1,
    );
    const metrics: unknown = JSON.parse(decode(result.artifacts['mlpipeline-metrics']));
    expect(metrics).toMatchObject({
      metrics: [
        { name: 'map50', format: 'RAW' },
        { name: 'map50-95' },
        { name: 'precision', format: 'PERCENTAGE' },
        { name: 'recall' },
      ],
    });
    expect(result.log.filter((l) => /^\s+5\/5\s/.test(l))).toHaveLength(8);
    expect(result.durationMs).toBeGreaterThan(5 * 5000);
  });

  it('predict → draw_bbox → visualize_image hands a real PNG down the chain', () => {
    const predicted = executeComponent(
      testTask({
        component: 'yolo-predict',
        inputs: {
          checkpoint: '/v/best.pt',
          predict_data: '/usr/share/example-pipeline-volume/images/bus.jpg',
        },
        outputArtifacts: [{ name: 'yolo-predict-predictions', type: '' }],
      }),
    );
    const pickled = predicted.artifacts['yolo-predict-predictions'];
    expect(decode(pickled)).toMatch(/^\(dp0\nVsource\n[\s\S]*\.$/);
    const drawn = executeComponent(
      testTask({
        component: 'draw-bbox',
        inputs: { predict_data: '/usr/share/example-pipeline-volume/images/bus.jpg' },
        inputArtifacts: pickled ? { predictions: pickled } : {},
        outputArtifacts: [{ name: 'draw-bbox-output_image', type: '' }],
      }),
    );
    const png = drawn.artifacts['draw-bbox-output_image'];
    expect(png ? Array.from(png.subarray(0, 4)) : []).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const shown = executeComponent(
      testTask({
        component: 'visualize-image',
        inputArtifacts: png ? { 'draw-bbox-output_image': png } : {},
        outputArtifacts: ui,
      }),
    );
    const html = String(metadataOf(shown.artifacts['mlpipeline-ui-metadata']).outputs[0]?.source);
    expect(html).toContain('data:image/png;base64,iVBORw0KGgo');
    expect(shown.log).toContain('Image: mode=RGB size=(192, 144)');
  });

  it('tensorboard_visualization points at the volume', () => {
    const result = executeComponent(
      testTask({
        component: 'tensorboard-visualization',
        inputs: { log_dir: '/usr/share/example-pipeline-volume/yolo/train' },
        outputArtifacts: ui,
      }),
    );
    expect(metadataOf(result.artifacts['mlpipeline-ui-metadata']).outputs[0]).toMatchObject({
      type: 'tensorboard',
      source: 'volume://example-pipeline-volume/yolo/train',
    });
  });
});

describe('v2 training components', () => {
  it('load_dataset cannot read a relative path', () => {
    const result = executeComponent(
      testTask({
        component: 'comp-load-dataset',
        pipelineKind: 'v2',
        inputs: { source: 'iris.csv' },
      }),
    );
    expect(result.outcome).toBe('failed');
    expect(result.log.join('\n')).toContain(
      "FileNotFoundError: [Errno 2] No such file or directory: 'iris.csv'",
    );
  });

  it('evaluate_model reads the accuracy the model was trained to', () => {
    const trained = executeComponent(
      testTask({
        component: 'comp-train-model',
        pipelineKind: 'v2',
        inputs: { learning_rate: 0.01, epochs: 5 },
        outputArtifacts: [
          { name: 'model', type: 'system.Model' },
          { name: 'metrics', type: 'system.Metrics' },
        ],
      }),
    );
    const model = trained.artifacts.model;
    const metrics: unknown = JSON.parse(decode(trained.artifacts.metrics));
    expect(metrics).toMatchObject({ learning_rate: 0.01 });
    const evaluated = executeComponent(
      testTask({
        component: 'comp-evaluate-model',
        pipelineKind: 'v2',
        inputArtifacts: model ? { model } : {},
        outputParameters: [{ name: 'Output', type: 'NUMBER_DOUBLE' }],
        outputArtifacts: [{ name: 'metrics', type: 'system.ClassificationMetrics' }],
      }),
    );
    const accuracy = evaluated.outputs.Output;
    expect(typeof accuracy).toBe('number');
    const trainedAccuracy =
      typeof metrics === 'object' && metrics !== null && 'accuracy' in metrics
        ? Number(metrics.accuracy)
        : NaN;
    expect(Number(accuracy)).toBeLessThanOrEqual(trainedAccuracy);
    expect(Number(accuracy)).toBeGreaterThan(trainedAccuracy - 0.031);
  });
});
