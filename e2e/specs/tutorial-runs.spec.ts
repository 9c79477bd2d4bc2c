import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { LogViewerPanel } from '../pages/log-viewer.ts';
import { RunFormPage } from '../pages/run-form-page.ts';
import { RunPage } from '../pages/run-page.ts';

/**
 * The pipeline tutorial's four pipelines (../shared/seed/pipeline-tutorial.md: data handling, data
 * visualization, YOLO on a GPU, recursion with conditions and an exit handler), each started from the
 * real form — pipeline picker, version, experiment, parameters typed in — and watched to the end on
 * the run page's graph. Expected figures are computed from the pipelines' own logic.
 */

/** `check_if_prime` of the recursion pipeline. */
function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/**
 * `find_next_prime(start)`: checks `start`; when it is not prime, `sub_one` and a recursive call with
 * `start - 1`. Answers the prime it prints and how many recursive calls it takes to get there.
 */
function nextPrimeRecursion(start: number): { prime: number; depth: number } {
  let n = start;
  while (!isPrime(n)) n -= 1;
  return { prime: n, depth: start - n };
}

/** The state holder of the graph node whose name is exactly `name` (its button reads "name subtitle"). */
function nodeState(run: RunPage, page: Page, name: string): Locator {
  return run.graph
    .locator('[data-state]')
    .filter({ has: page.getByRole('button', { name: new RegExp(`^${name}( |$)`) }) })
    .first();
}

/** The node panel's executions (one per loop iteration or recursion level), optionally only those reading `text`. */
function executionOptions(run: RunPage, text?: string | RegExp): Locator {
  const options = run.panel.getByLabel('Execution').locator('option');
  if (text === undefined) return options;
  return options.filter({ hasText: typeof text === 'string' ? new RegExp(`^${text}$`) : text });
}

/** Selects a node by its name; an open panel is closed first (it covers the right side of the graph). */
async function openNode(run: RunPage, name: string): Promise<void> {
  const close = run.panel.getByRole('button', { name: 'Close the step panel' });
  if (await close.isVisible()) {
    await close.click();
    await expect(run.panel).toHaveCount(0);
  }
  await run.graph
    .getByRole('button', { name: new RegExp(`^${name}( |$)`) })
    .first()
    .click();
  await expect(run.panel.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Starts a shared tutorial pipeline (newest version) in the Tutorial experiment with typed parameters. */
async function startFromForm(
  page: Page,
  pipeline: string,
  parameters: Readonly<Record<string, { readonly default: string; readonly value: string }>>,
): Promise<string> {
  const form = new RunFormPage(page);
  await form.open();
  await form.choosePipeline(pipeline);
  await expect(
    page.getByRole('group', { name: 'Version' }).getByRole('button', { name: 'Change version' }),
  ).toBeVisible();
  await form.chooseExperiment('Tutorial');
  for (const [name, { default: defaultValue, value }] of Object.entries(parameters)) {
    await expect(form.parameter(name)).toHaveValue(defaultValue);
    await form.parameter(name).fill(value);
  }
  await form.submitRun.click();
  return form.landedOnRun();
}

test.describe('the tutorial pipelines, started from the form and watched in the graph', () => {
  test('recursion: the graph unrolls the real recursion depth, skips the untaken branch and runs the exit handler', async ({
    page,
    signIn,
  }) => {
    const start = 28;
    const { prime, depth } = nextPrimeRecursion(start);
    expect(depth).toBeGreaterThan(1);
    await signIn('alice', '/runs');
    await startFromForm(page, 'Recursion, conditions and exit handlers', {
      start: { default: '50', value: String(start) },
    });
    const run = new RunPage(page);
    await expect(run.heading).toBeVisible();
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 40_000 });
    for (const name of ['check-if-prime', 'sub-one', 'cs-print', 'exit-task']) {
      await expect(nodeState(run, page, name)).toHaveAttribute('data-state', 'SUCCEEDED');
    }

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
    await openNode(run, 'cs-print');
    await run.nodeTab('Inputs / outputs').click();
    await expect(run.panel.getByRole('region', { name: 'Input parameters' })).toContainText(
      String(prime),
    );
    await run.nodeTab('Logs').click();
    await expect(log.lines).toContainText(`The next prime number is: ${String(prime)}`);
    await expect(run.graph.getByRole('button', { name: 'exit-task Runs on exit' })).toBeVisible();
    await openNode(run, 'exit-task');
    await run.nodeTab('Logs').click();
    await expect(log.lines).toContainText('Exit handler: the pipeline has finished.');
  });

  test('data handling: the product of the typed numbers passes through the text file', async ({
    page,
    signIn,
  }) => {
    const [a, b] = [7, 6];
    await signIn('alice', '/runs');
    await startFromForm(page, 'Data handling', {
      a: { default: '3', value: String(a) },
      b: { default: '2.5', value: String(b) },
    });
    const run = new RunPage(page);
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 30_000 });
    for (const name of ['multiply', 'write-result-to-text', 'get-text-file']) {
      await expect(nodeState(run, page, name)).toHaveAttribute('data-state', 'SUCCEEDED');
    }
    await openNode(run, 'get-text-file');
    await run.nodeTab('Logs').click();
    await expect(new LogViewerPanel(page).lines).toContainText(
      `Content of the text file: ${String(a * b)}`,
    );
  });

  test('YOLO: trains for the typed number of epochs at the typed image size, then predicts, draws and visualizes', async ({
    page,
    signIn,
  }) => {
    const [epochs, imgsz] = [3, 320];
    await signIn('alice', '/runs');
    await startFromForm(page, 'YOLO object detection', {
      epochs: { default: '10', value: String(epochs) },
      imgsz: { default: '640', value: String(imgsz) },
    });
    const run = new RunPage(page);
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 40_000 });
    for (const name of [
      'gpu-available-check',
      'yolo-train',
      'yolo-predict',
      'draw-bbox',
      'visualize-image',
      // set_display_name('TensorBoard logs') in the tutorial's YOLO pipeline.
      'TensorBoard logs',
    ]) {
      await expect(nodeState(run, page, name)).toHaveAttribute('data-state', 'SUCCEEDED');
    }
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
  });

  test('data visualization: downloads the typed image URL and shows both plots as web apps', async ({
    page,
    signIn,
  }) => {
    const imageUrl = 'https://raw.githubusercontent.com/ultralytics/assets/main/im/zidane.jpg';
    await signIn('alice', '/runs');
    const runId = await startFromForm(page, 'Data visualization', {
      image_url: {
        default: 'https://raw.githubusercontent.com/ultralytics/assets/main/im/bus.jpg',
        value: imageUrl,
      },
    });
    const run = new RunPage(page);
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 30_000 });
    // The download steps carry display names (set_display_name in the tutorial).
    for (const name of [
      'Download image',
      'Download CSV',
      'display-image-from-path',
      'plot-csv-from-path',
    ]) {
      await expect(nodeState(run, page, name)).toHaveAttribute('data-state', 'SUCCEEDED');
    }
    await openNode(run, 'Download image');
    await run.nodeTab('Logs').click();
    await expect(new LogViewerPanel(page).lines).toContainText(`Downloading ${imageUrl}`);

    await run.open(runId, '?tab=output');
    for (const step of ['display-image-from-path', 'plot-csv-from-path']) {
      await expect(
        page.getByRole('region', { name: `Output of ${step}` }).locator('iframe'),
      ).toHaveAttribute('sandbox', 'allow-scripts', { timeout: 20_000 });
    }
  });
});
