import { expect, type Page } from '@playwright/test';
import { LogViewerPanel } from './log-viewer.ts';
import type { RunPage } from './run-page.ts';
import { nodeState, openNode } from './tutorial.ts';
import { RunOutput } from './visualizations.ts';

/**
 * What the kfp 1.8 and the kfp 2 compilations of the tutorial's pipelines share: the typed values,
 * the mpld3 frames of the data visualization and the printed prime with the exit handler.
 */

/** `check_if_prime` of the recursion pipelines. */
export function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

export const [epochs, imgsz] = [3, 320];
export const imageUrl = 'https://raw.githubusercontent.com/ultralytics/assets/main/im/zidane.jpg';

/** The data visualization's one parameter, typed over its default. */
export const imageUrlParameter = {
  image_url: {
    default: 'https://raw.githubusercontent.com/ultralytics/assets/main/im/bus.jpg',
    value: imageUrl,
  },
};

/** The YOLO pipelines' parameters, typed over their defaults. */
export const yoloParameters = {
  epochs: { default: '10', value: String(epochs) },
  imgsz: { default: '640', value: String(imgsz) },
};

/** Both mpld3 plots drawn in their sandboxed frames; `card` is the cards' title ("Static HTML"…). */
export async function expectMpld3Frames(page: Page, runId: string, card: string): Promise<void> {
  const output = new RunOutput(page);
  await output.open(runId);
  for (const [step, title] of [
    ['display-image-from-path', 'example.jpg'],
    ['plot-csv-from-path', 'example.csv'],
  ] as const) {
    await output.reveal(step);
    const frame = output.card(step, card).locator('iframe');
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts', { timeout: 20_000 });
    // mpld3's renderer draws the figure (an SVG titled with the file's name) inside the frame.
    await expect(frame.contentFrame().locator('svg').getByText(title)).toBeVisible();
  }
}

/**
 * `cs-print` got the prime (its input parameters read `input`) and printed it; the exit handler ran
 * and says so in its log.
 */
export async function expectPrintedPrimeAndExitHandler(
  page: Page,
  run: RunPage,
  prime: number,
  input: string,
): Promise<void> {
  await openNode(run, 'cs-print');
  await run.nodeTab('Inputs / outputs').click();
  await expect(run.panel.getByRole('region', { name: 'Input parameters' })).toContainText(input);
  await run.nodeTab('Logs').click();
  const log = new LogViewerPanel(page);
  await expect(log.lines).toContainText(`The next prime number is: ${String(prime)}`);
  await expect(run.graph.getByRole('button', { name: 'exit-task Runs on exit' })).toBeVisible();
  await expect(nodeState(run, 'exit-task')).toHaveAttribute('data-state', 'SUCCEEDED');
  await openNode(run, 'exit-task');
  await run.nodeTab('Logs').click();
  await expect(log.lines).toContainText('Exit handler: the pipeline has finished.');
}

/** The YOLO training's TensorBoard card (`step` wrote its ui metadata) points at the training volume. */
export async function expectTensorBoard(output: RunOutput, step: string): Promise<void> {
  await output.reveal(step);
  await expect(output.card(step, 'TensorBoard')).toContainText(
    'volume://example-pipeline-volume/yolo/train',
  );
}
