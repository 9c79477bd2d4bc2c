import { describe, expect, it } from 'vitest';
import { executeComponent } from './index.ts';
import { asArray, asObject, asString, parseJson } from '../json.ts';
import { decode, testTask } from '../../testing/test-task.ts';

/** The kfp 2 rewrites of the tutorial (sdk/kfp2/components) write typed artifacts, not ui metadata. */
describe('tutorial components in kfp 2', () => {
  it('yolo_train logs map50, map50-95, precision and recall, a confusion matrix and a ROC curve', () => {
    const result = executeComponent(
      testTask({
        component: 'comp-yolo-train',
        pipelineKind: 'v2',
        inputs: { epochs: 3, imgsz: 320 },
        outputArtifacts: [
          { name: 'model', type: 'system.Model' },
          { name: 'metrics', type: 'system.Metrics' },
          { name: 'classification', type: 'system.ClassificationMetrics' },
        ],
      }),
    );
    expect(result.outcome).toBe('succeeded');
    const metrics = asObject(parseJson(decode(result.artifacts.metrics)));
    expect(Object.keys(metrics ?? {})).toEqual(['map50', 'map50-95', 'precision', 'recall']);
    const logged = asObject(parseJson(decode(result.artifacts.classification)));
    const matrix = asObject(logged?.confusionMatrix);
    const labels = (asArray(matrix?.annotationSpecs) ?? []).map((spec) =>
      asString(asObject(spec)?.displayName),
    );
    expect(labels.at(-1)).toBe('background');
    expect(labels.length).toBeGreaterThan(2);
    const rows = (asArray(matrix?.rows) ?? []).map((row) => asArray(asObject(row)?.row));
    expect(rows).toHaveLength(labels.length);
    for (const row of rows) expect(row).toHaveLength(labels.length);
    const roc = asArray(logged?.confidenceMetrics) ?? [];
    expect(roc.length).toBeGreaterThan(2);
    expect(roc[0]).toEqual({ confidenceThreshold: 1, recall: 0, falsePositiveRate: 0 });
    expect(decode(result.artifacts.model)).toContain('best.pt');
  });

  it('the plots and the boxed image are mpld3 pages in their system.HTML outputs', () => {
    for (const [component, inputs, output] of [
      [
        'display-image-from-path',
        { image_path: '/usr/share/example-pipeline-volume/example.jpg' },
        'plot',
      ],
      [
        'plot-csv-from-path',
        { csv_path: '/usr/share/example-pipeline-volume/example.csv' },
        'plot',
      ],
      [
        'draw-bbox',
        { predict_data: '/usr/share/example-pipeline-volume/images/street.jpg' },
        'image',
      ],
    ] as const) {
      const result = executeComponent(
        testTask({
          component: `comp-${component}`,
          pipelineKind: 'v2',
          inputs,
          inputArtifacts:
            component === 'draw-bbox'
              ? { predictions: new TextEncoder().encode('(dp0\nVsource\np1\nVx\n') }
              : {},
          outputArtifacts: [{ name: output, type: 'system.HTML' }],
        }),
      );
      expect(result.outcome, component).toBe('succeeded');
      expect(decode(result.artifacts[output]), component).toMatch(/mpld3|draw_figure/);
      expect(decode(result.artifacts[output]), component).not.toContain('metric_1');
    }
  });
});
