import { expect } from '@playwright/test';
import { LogViewerPanel } from './log-viewer.ts';
import {
  epochs,
  expectMpld3Frames,
  expectPrintedPrimeAndExitHandler,
  expectTensorBoard,
  imageUrl,
  imageUrlParameter,
  isPrime,
  yoloParameters,
} from './tutorial-checks.ts';
import { openNode, type TutorialPipeline } from './tutorial.ts';
import { v2TaskArtifacts } from './v2-outputs.ts';
import { isRecord, matrix, plotOf, RunOutput } from './visualizations.ts';

/**
 * The tutorial's four pipelines rewritten for kfp 2 (sdk/kfp2: dsl.If, dsl.ExitHandler,
 * dsl.ParallelFor, typed Metrics / ClassificationMetrics / HTML outputs). Their inputs, outputs and
 * artifacts come from tasks[] on KFP master and from ML Metadata on released KFP: the same checks
 * hold on both (the spec tags them `@both-modes`).
 */

const [a, b] = [6, 7];
const [start, window] = [28, 10];

/** `candidates` → `prime_or_zero` per number → `largest`: the largest prime of the window. */
function nextPrimeInWindow(from: number, count: number): number {
  const numbers = Array.from({ length: count }, (_, i) => from - i).filter((n) => n >= 2);
  return Math.max(0, ...numbers.filter(isPrime));
}

export const kfp2Pipelines: readonly TutorialPipeline[] = [
  {
    pipeline: 'Data handling (kfp 2)',
    file: 'data-handling-v2.yaml',
    sdk: 'kfp 2',
    what: 'the product of the typed numbers passes through the text file',
    parameters: { a: { default: '3', value: String(a) }, b: { default: '4', value: String(b) } },
    shows: { node: 'get-text-file', tab: 'Inputs / outputs' },
    async check({ run }) {
      await openNode(run, 'multiply');
      await run.nodeTab('Inputs / outputs').click();
      const inputs = run.panel.getByRole('region', { name: 'Input parameters' });
      await expect(inputs).toContainText(`a${String(a)} · NUMBER_DOUBLE`);
      await expect(inputs).toContainText(`b${String(b)} · NUMBER_DOUBLE`);
      const outputs = run.panel.getByRole('region', { name: 'Output parameters' });
      await expect(outputs).toContainText(`equation${a.toFixed(1)} * ${b.toFixed(1)} = 42.0`);
      await expect(outputs).toContainText(`value${String(a * b)} · NUMBER_DOUBLE`);
      // The text file holds str(42.0); get_text_file returns what it read.
      await openNode(run, 'get-text-file');
      await run.nodeTab('Inputs / outputs').click();
      await expect(run.panel.getByRole('region', { name: 'Input parameters' })).toContainText(
        'text_path42.0 · STRING',
      );
      await expect(run.panel.getByRole('region', { name: 'Output parameters' })).toContainText(
        'Output42.0 · STRING',
      );
    },
  },
  {
    pipeline: 'Data visualization (kfp 2)',
    file: 'data-visualization-v2.yaml',
    sdk: 'kfp 2',
    what: 'downloads the typed image URL and shows both mpld3 plots as system.HTML',
    parameters: imageUrlParameter,
    shows: { node: 'display-image-from-path', tab: 'Visualizations' },
    async check({ page, run, runId }) {
      await openNode(run, 'Download image');
      await run.nodeTab('Inputs / outputs').click();
      await expect(run.panel.getByRole('region', { name: 'Input parameters' })).toContainText(
        `url${imageUrl}`,
      );
      await expectMpld3Frames(page, runId, 'plot · Static HTML');
    },
  },
  {
    pipeline: 'YOLO object detection (kfp 2)',
    file: 'yolo-object-detection-v2.yaml',
    sdk: 'kfp 2',
    what: 'Metrics, a confusion matrix and ROC curve from ClassificationMetrics, the boxes as HTML, TensorBoard',
    parameters: yoloParameters,
    shows: { node: 'Train YOLOv8', tab: 'Visualizations' },
    async check({ page, run, runId, api }) {
      await openNode(run, 'Train YOLOv8');
      await run.nodeTab('Logs').click();
      await expect(new LogViewerPanel(page).lines).toContainText(
        `Starting training for ${String(epochs)} epochs`,
      );
      const artifacts = await v2TaskArtifacts(api, page, runId, 'yolo-train');
      const metadataOf = (name: string) =>
        artifacts.find((artifact) => artifact.output === name)?.metadata ?? {};
      const scalars = metadataOf('metrics');
      // The scalars yolo_train logs (ML Metadata also keeps display_name and store_session_info there).
      expect(
        Object.keys(scalars)
          .filter((key) => typeof scalars[key] === 'number')
          .sort(),
      ).toEqual(['map50', 'map50-95', 'precision', 'recall']);
      const logged = metadataOf('classification');
      const cm = isRecord(logged.confusionMatrix) ? logged.confusionMatrix : {};
      const labels = (Array.isArray(cm.annotationSpecs) ? cm.annotationSpecs : []).map((spec) =>
        isRecord(spec) ? spec.displayName : undefined,
      );
      expect(labels.at(-1)).toBe('background');
      const rows = (Array.isArray(cm.rows) ? cm.rows : []).map((row) =>
        isRecord(row) ? row.row : undefined,
      );

      const output = new RunOutput(page);
      await output.open(runId);
      await output.reveal('Train YOLOv8');
      const table = output.card('Train YOLOv8', 'metrics · Metrics');
      for (const name of ['map50', 'map50-95', 'precision', 'recall']) {
        const value = Number(scalars[name]).toFixed(3);
        await expect(
          table.getByRole('row', { name: `${name} ${value}`, exact: true }),
        ).toBeVisible();
      }
      const { traces, layout } = await plotOf(
        output.card('Train YOLOv8', 'classification · Confusion matrix'),
      );
      expect(matrix(traces[0]?.z, 'z')).toEqual(rows);
      expect(isRecord(layout.yaxis) && layout.yaxis.ticktext).toEqual(labels);
      await expect(
        output.card('Train YOLOv8', 'classification · ROC curve').locator('.legendtext'),
      ).toContainText(/AUC \d\.\d{3}/);

      await output.reveal('Draw bounding boxes');
      const frame = output.card('Draw bounding boxes', 'image · Static HTML').locator('iframe');
      await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
      await expect(frame.contentFrame().locator('svg').getByText('Detections')).toBeVisible();
      // A kfp 2 component may still write v1 ui metadata (`mlpipeline_ui_metadata`): TensorBoard.
      await expectTensorBoard(output, 'tensorboard-visualization');
    },
  },
  {
    pipeline: 'Next prime (kfp 2)',
    file: 'next-prime-v2.yaml',
    sdk: 'kfp 2',
    what: 'checks the window in a parallel loop, prints the prime under its condition, runs the exit handler',
    parameters: {
      start: { default: '50', value: String(start) },
      window: { default: '10', value: String(window) },
    },
    shows: { node: 'cs-print', tab: 'Inputs / outputs' },
    async check({ page, run }) {
      const prime = nextPrimeInWindow(start, window);
      expect(prime).toBeGreaterThan(0);
      await openNode(run, 'prime-or-zero');
      await expect(run.panel).toContainText(`${String(window)}/${String(window)} succeeded`);
      await openNode(run, 'largest');
      await run.nodeTab('Inputs / outputs').click();
      await expect(run.panel.getByRole('region', { name: 'Output parameters' })).toContainText(
        `Output${String(prime)} · NUMBER_INTEGER`,
      );
      await expectPrintedPrimeAndExitHandler(
        page,
        run,
        prime,
        `number${String(prime)} · NUMBER_INTEGER`,
      );
    },
  },
];
