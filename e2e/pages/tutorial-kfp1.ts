import { expect } from '@playwright/test';
import { LogViewerPanel } from './log-viewer.ts';
import {
  epochs,
  expectMpld3Frames,
  expectPrintedPrimeAndExitHandler,
  expectTensorBoard,
  imageUrl,
  imageUrlParameter,
  imgsz,
  isPrime,
  yoloParameters,
} from './tutorial-checks.ts';
import { executionOptions, openNode, type TutorialPipeline } from './tutorial.ts';
import { plotOf, RunOutput } from './visualizations.ts';

/**
 * The pipeline tutorial's four pipelines as kfp 1.8 compiles them (../shared/seed/pipeline-tutorial.md:
 * data handling, data visualization, YOLO on a GPU, recursion with conditions and an exit handler),
 * with what each run must show. Expected figures are computed from the pipelines' own logic.
 */

/**
 * `find_next_prime(start)`: checks `start`; when it is not prime, `sub_one` and a recursive call with
 * `start - 1`. Answers the prime it prints and how many recursive calls it takes to get there.
 */
function nextPrimeRecursion(start: number): { prime: number; depth: number } {
  let n = start;
  while (!isPrime(n)) n -= 1;
  return { prime: n, depth: start - n };
}

const [a, b] = [7, 6];
const start = 28;

export const kfp1Pipelines: readonly TutorialPipeline[] = [
  {
    pipeline: 'Data handling',
    file: 'data-handling.yaml',
    sdk: 'kfp 1.8',
    what: 'the product of the typed numbers passes through the text file',
    parameters: { a: { default: '3', value: String(a) }, b: { default: '2.5', value: String(b) } },
    shows: { node: 'get-text-file', tab: 'Logs' },
    async check({ page, run }) {
      await openNode(run, 'get-text-file');
      await run.nodeTab('Logs').click();
      await expect(new LogViewerPanel(page).lines).toContainText(
        `Content of the text file: ${String(a * b)}`,
      );
    },
  },
  {
    pipeline: 'Data visualization',
    file: 'data-visualization.yaml',
    sdk: 'kfp 1.8',
    what: 'downloads the typed image URL and shows both mpld3 plots as web apps',
    parameters: imageUrlParameter,
    shows: { node: 'plot-csv-from-path', tab: 'Visualizations' },
    async check({ page, run, runId }) {
      await openNode(run, 'Download image');
      await run.nodeTab('Logs').click();
      await expect(new LogViewerPanel(page).lines).toContainText(`Downloading ${imageUrl}`);
      await expectMpld3Frames(page, runId, 'Static HTML');
    },
  },
  {
    pipeline: 'YOLO object detection',
    file: 'yolo-object-detection.yaml',
    sdk: 'kfp 1.8',
    what: 'trains for the typed epochs at the typed image size; ROC, confusion matrix, table, metrics and TensorBoard',
    parameters: yoloParameters,
    shows: { node: 'yolo-train', tab: 'Visualizations' },
    async check({ page, run, runId }) {
      await openNode(run, 'yolo-train');
      await run.nodeTab('Logs').click();
      const log = new LogViewerPanel(page);
      await log.regexToggle.click();
      await log.findBox.fill(`^\\s+${String(epochs)}/${String(epochs)}\\s`);
      // The last epoch's progress lines (one per batch) exist, and none of a later epoch.
      await expect(log.matchCount).toHaveText(/^1 of \d+$/);
      await log.findBox.fill(`^\\s+${String(epochs + 1)}/${String(epochs)}\\s`);
      await expect(log.matchCount).toHaveText('No matches');
      await log.regexToggle.click();
      await log.findBox.fill(`Starting training for ${String(epochs)} epochs`);
      await expect(log.matchCount).toHaveText('1 of 1');
      await log.findBox.fill(`Image sizes ${String(imgsz)} train`);
      await expect(log.matchCount).toHaveText('1 of 1');

      const output = new RunOutput(page);
      await output.open(runId);
      await output.reveal('yolo-train');
      const confusion = output.card('yolo-train', 'confusion_matrix.csv · Confusion matrix');
      const { layout } = await plotOf(confusion);
      const yaxis = layout.yaxis;
      expect(yaxis !== null && typeof yaxis === 'object' && Reflect.get(yaxis, 'ticktext')).toEqual(
        ['person', 'bicycle', 'car', 'motorcycle', 'bus', 'truck', 'background'],
      );
      await expect(
        output.card('yolo-train', 'roc.csv · ROC curve').locator('.legendtext'),
      ).toContainText(/AUC \d\.\d{3}/);
      await expect(output.card('yolo-train', 'per_class_metrics.csv · Table')).toContainText(
        'person',
      );
      await expect(
        output.card('yolo-train', 'Metrics').getByRole('row', { name: /^map50 \d\.\d{3}$/ }),
      ).toBeVisible();
      await expectTensorBoard(output, 'TensorBoard logs');
    },
  },
  {
    pipeline: 'Recursion, conditions and exit handlers',
    file: 'recursion-conditions-and-exit-handlers.yaml',
    sdk: 'kfp 1.8',
    what: 'the graph unrolls the real recursion depth, skips the untaken branch and runs the exit handler',
    parameters: { start: { default: '50', value: String(start) } },
    shows: { node: 'cs-print', tab: 'Inputs / outputs' },
    async check({ page, run }) {
      const { prime, depth } = nextPrimeRecursion(start);
      expect(depth).toBeGreaterThan(1);
      // One check per level: the start and every number below it down to the prime.
      await openNode(run, 'check-if-prime');
      await expect(run.panel).toContainText(
        `${String(depth + 1)}/${String(depth + 1)} succeeded · recursed ${String(depth)} levels deep`,
      );
      await expect(executionOptions(run)).toHaveCount(depth + 1);
      await expect(executionOptions(run, `depth ${String(depth)} · succeeded`)).toHaveCount(1);
      // The deepest check found the prime: its own log says so, and a reload lands on the same execution and tab.
      await run.panel
        .getByLabel('Execution')
        .selectOption({ label: `depth ${String(depth)} · succeeded` });
      await run.nodeTab('Logs').click();
      const log = new LogViewerPanel(page);
      await expect(log.lines).toContainText(`${String(prime)} is prime: True`);
      await expect(page).toHaveURL(/[?&]exec=\d+/);
      await page.reload();
      await expect(
        run.panel.getByRole('heading', { name: 'check-if-prime', exact: true }),
      ).toBeVisible();
      await expect(run.nodeTab('Logs')).toHaveAttribute('aria-selected', 'true');
      await expect(log.lines).toContainText(`${String(prime)} is prime: True`);

      // "Prime" (condition-4 as kfp 1.8 names it) is skipped on every level but the last; "recurse"
      // (condition-3) only on the last.
      await openNode(run, 'condition-4');
      await expect(run.panel).toContainText(`1/${depth + 1} succeeded, ${depth} skipped`);
      await expect(executionOptions(run, /· skipped$/)).toHaveCount(depth);
      await expect(executionOptions(run, `depth ${String(depth)} · succeeded`)).toHaveCount(1);
      await openNode(run, 'condition-3');
      await expect(run.panel).toContainText(`${depth}/${depth + 1} succeeded, 1 skipped`);
      await expect(executionOptions(run, `depth ${String(depth)} · skipped`)).toHaveCount(1);
      await openNode(run, 'sub-one');
      await expect(run.panel).toContainText(`${depth}/${depth} succeeded`);

      // The prime is printed once, at the deepest level; the exit handler ran and says so in its log.
      // kfp 1.8 exports cs_print's unused return value as an artifact, not a parameter: its log says it.
      await expectPrintedPrimeAndExitHandler(page, run, prime, String(prime));
    },
  },
];
