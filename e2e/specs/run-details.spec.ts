import { expect, test, type KfpApi } from '../fixtures.ts';
import { RunPage } from '../pages/run-page.ts';
import { seededRunId } from '../pages/visualizations.ts';
import { runLabel, seedPipelineDocument, startPipelineRun } from '../seed-runs.ts';

/** Uploads a seed pipeline (kfp 1.x tutorial or KFP v2) through the API and starts one run of it. */
const startRun = (api: KfpApi, file: string, parameters: Record<string, unknown> = {}) =>
  startPipelineRun(api, runLabel('run', file), seedPipelineDocument(file), parameters);

test.describe('run details', () => {
  test('a v1 run finishes in the graph without a reload; a node shows its parameters and logs; the URL restores the view', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const runId = await startRun(api, 'data-handling', { a: 3, b: 4 });
    const run = new RunPage(page);
    await run.open(runId);
    await page.evaluate(() => Reflect.set(window, '__noReload', true));
    await expect(run.node('multiply')).toBeVisible();
    await expect(run.nodeState('get-text-file')).toHaveAttribute('data-state', 'SUCCEEDED', {
      timeout: 30_000,
    });
    await expect(run.runState()).toHaveText('Succeeded');
    expect(await page.evaluate(() => Reflect.get(window, '__noReload') === true)).toBe(true);
    // The header names the experiment (not its id); the pipeline, seeded with the same name, is a
    // second link beside it.
    await expect(
      page
        .getByRole('link', { name: /^e2e-run-data-handling-[a-z0-9]+$/ })
        .and(page.locator('a[href^="/experiments/"]')),
    ).toBeVisible();

    await run.openNode('multiply');
    await expect(run.panel.getByRole('region', { name: 'Input parameters' })).toContainText('a');
    await expect(run.panel.getByRole('region', { name: 'Input parameters' })).toContainText('3');
    await expect(run.panel.getByRole('region', { name: 'Output parameters' })).toContainText('12');
    await run.nodeTab('Logs').click();
    await expect(run.panel.getByText(/3(\.0)? \* 4(\.0)?/).first()).toBeVisible();

    await expect(page).toHaveURL(/node=data-handling%2Fmultiply|node=data-handling\/multiply/);
    await expect(page).toHaveURL(/ntab=logs/);
    await page.reload();
    await expect(run.panel.getByRole('heading', { name: 'multiply' })).toBeVisible();
    await expect(run.nodeTab('Logs')).toHaveAttribute('aria-selected', 'true');
    await run.tab('Details').click();
    await expect(page).toHaveURL(/tab=details/);
    await page.reload();
    await expect(run.tab('Details')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('cell', { name: runId })).toBeVisible();
  });

  // Loop iterations and visualizations of a v2 run: from tasks[] (KFP master) or task details + ML
  // Metadata (released KFP), the same in both passes.
  test(
    'a v2 run shows its loop iterations as a histogram',
    { tag: '@both-modes' },
    async ({ page, signIn, api }) => {
      await signIn('alice', '/runs');
      const runId = await startRun(api, 'training-with-metrics');
      const run = new RunPage(page);
      await run.open(runId);
      await expect(run.runState()).toHaveText('Succeeded', { timeout: 40_000 });
      await expect(run.nodeState('evaluate-model')).toHaveAttribute('data-state', 'SUCCEEDED');
      await run.openNode('for-loop-2');
      await expect(run.panel).toContainText(/3\/3 succeeded/);
      await run.openNode('evaluate-model');
      await run.nodeTab('Visualizations').click();
      await expect(run.panel.getByRole('region', { name: 'metrics' }).first()).toBeVisible();
    },
  );

  // Task states, and each loop iteration's inputs and outputs in the step panel: from tasks[] (KFP
  // master) or task details + ML Metadata (released KFP), the same in both passes.
  test(
    "a seeded v2 run: task states on the graph (the untaken condition skipped), each iteration's inputs and outputs",
    { tag: '@both-modes' },
    async ({ page, signIn, api }) => {
      await signIn('alice', '/runs');
      const rates = [0.05, 0.5];
      const runId = await seededRunId(api, 'High learning rates (nothing registered)');
      const run = new RunPage(page);
      await run.open(runId);
      await expect(run.runState()).toHaveText('Succeeded');
      for (const step of ['load-dataset', 'train-model', 'evaluate-model', 'dataset-report'])
        await expect(run.nodeState(step)).toHaveAttribute('data-state', 'SUCCEEDED');
      // No accuracy reaches the registration threshold: the condition is skipped in every iteration.
      await expect(run.nodeState('condition-3')).toHaveAttribute('data-state', 'SKIPPED');
      await run.openNode('condition-3');
      await expect(run.panel).toContainText(`${rates.length}/${rates.length} skipped`);

      await run.openNode('train-model');
      await expect(run.panel).toContainText(`${rates.length}/${rates.length} succeeded`);
      await run.nodeTab('Inputs / outputs').click();
      for (const [iteration, rate] of rates.entries()) {
        await run.panel
          .getByLabel('Execution')
          .selectOption({ label: `iteration ${String(iteration)} · succeeded` });
        const inputs = run.panel.getByRole('region', { name: 'Input parameters' });
        await expect(inputs).toContainText(`learning_rate${String(rate)} · NUMBER_DOUBLE`);
        await expect(inputs).toContainText('epochs20 · NUMBER_INTEGER');
        await expect(run.panel.getByRole('region', { name: 'Input artifacts' })).toContainText(
          /dataset\s*minio:\/\/mlpipeline\/v2\/artifacts\/training-with-metrics\//,
        );
        const outputs = run.panel.getByRole('region', { name: 'Output artifacts' });
        await expect(outputs).toContainText('system.Metrics');
        await expect(outputs).toContainText('system.Model');
      }
    },
  );

  test('a v1 run output shows its mlpipeline-ui-metadata web app in a sandboxed frame', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const runId = await startRun(api, 'data-visualization');
    const run = new RunPage(page);
    await run.open(runId, '?tab=output');
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 30_000 });
    const output = page.getByRole('region', { name: 'Output of display-image-from-path' });
    await expect(output).toBeVisible({ timeout: 20_000 });
    await expect(output.locator('iframe')).toHaveAttribute('sandbox', 'allow-scripts');
  });

  test('a failing run shows the failed node and Retry', async ({ page, signIn, api }) => {
    await signIn('alice', '/runs');
    const runId = await startRun(api, 'data-handling', { a: 'three', b: 4 });
    const run = new RunPage(page);
    await run.open(runId);
    await expect(run.runState()).toHaveText('Failed', { timeout: 30_000 });
    await expect(run.nodeState('multiply')).toHaveAttribute('data-state', 'FAILED');
    await expect(run.retryButton).toBeVisible();
    await run.openNode('multiply');
    await run.nodeTab('Details').click();
    await expect(run.panel).toContainText(/exit code 1/);
  });

  test('node states change live while a run runs; terminate stops it', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const runId = await startRun(api, 'yolo-object-detection', { epochs: 60 });
    const run = new RunPage(page);
    await run.open(runId);
    await page.evaluate(() => Reflect.set(window, '__noReload', true));
    // The GPU check runs first, then training starts: the same page, new node states.
    await expect(run.nodeState('gpu-available-check')).toHaveAttribute('data-state', 'SUCCEEDED', {
      timeout: 20_000,
    });
    await expect(run.nodeState('yolo-train')).toHaveAttribute('data-state', 'RUNNING', {
      timeout: 20_000,
    });
    await expect(run.terminateButton).toBeVisible();
    await run.terminate();
    await expect(run.runState()).toHaveText(/Canceling|Failed/, { timeout: 20_000 });
    await expect(run.terminateButton).toBeHidden();
    await expect(run.nodeState('yolo-train')).not.toHaveAttribute('data-state', 'RUNNING', {
      timeout: 20_000,
    });
    // Steps after training never start.
    await expect(run.nodeState('visualize-image')).toHaveCount(0);
    expect(await page.evaluate(() => Reflect.get(window, '__noReload') === true)).toBe(true);
  });

  test('a run that does not exist says so and links to the runs list', async ({
    page,
    signIn,
    errorGuard,
  }) => {
    errorGuard.allow(/404/);
    await signIn('alice', '/runs');
    await page.goto('/runs/00000000-0000-0000-0000-000000000000');
    await expect(page.getByText('This run does not exist (any more)')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the runs list' }).click();
    await expect(page).toHaveURL(/\/runs(\?|$)/);
  });
});
