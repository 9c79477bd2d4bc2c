import { expect, test } from '../fixtures.ts';
import { PipelinePage } from '../pages/pipeline-page.ts';
import { RunPage } from '../pages/run-page.ts';
import {
  compiledSteps,
  nodeState,
  openNode,
  pipelineId,
  screenshots,
  screenWindow,
  startFromForm,
  stepButton,
} from '../pages/tutorial.ts';
import { kfp1Pipelines } from '../pages/tutorial-kfp1.ts';
import { kfp2Pipelines } from '../pages/tutorial-kfp2.ts';

/**
 * The tutorial's eight pipelines — its four compiled by the real kfp 1.8 SDK, and the same four
 * rewritten for kfp 2 and compiled by the real kfp 2 compiler (sdk/, emulator/seed/pipelines) — each
 * drawn from its pipeline page, started from the real form (pipeline picker, version, experiment,
 * parameters typed in), watched to the end on the run page's graph, and checked for what it computes
 * and shows. One run per pipeline. The kfp 2 ones read inputs, outputs and artifacts from tasks[] or
 * ML Metadata: they run in both emulator modes (`@both-modes`). With KFP_E2E_SCREENS=<dir>, each run
 * page (graph + a step's opened tab) is saved there in the light and the dark theme.
 */
for (const tutorial of [...kfp1Pipelines, ...kfp2Pipelines]) {
  test(
    `${tutorial.sdk} "${tutorial.pipeline}": ${tutorial.what}`,
    { tag: tutorial.sdk === 'kfp 2' ? ['@both-modes'] : [] },
    async ({ page, signIn, api }) => {
      // One run per pipeline carries all its checks (graph, form, states, outputs): more than the
      // 60 s default on a busy machine.
      test.setTimeout(120_000);
      const steps = compiledSteps(tutorial.file);
      expect(steps.length).toBeGreaterThan(2);
      await signIn('alice', '/pipelines');

      // The pipeline's graph: every step of the compiled file, laid out.
      const pipeline = new PipelinePage(page);
      await pipeline.open(await pipelineId(api, tutorial.pipeline));
      // The layout runs in a worker: the first node may take a while on a busy machine.
      await expect(pipeline.flowNodes.first()).toBeVisible({ timeout: 30_000 });
      for (const step of steps) await expect(stepButton(pipeline.graph, step)).toBeVisible();
      const positions = await pipeline.nodePositions();
      expect(new Set(positions).size).toBe(positions.length);

      // A run with typed parameters, to the end: every step succeeded on the graph.
      const runId = await startFromForm(page, tutorial.pipeline, tutorial.parameters);
      const run = new RunPage(page);
      await expect(run.runState()).toHaveText('Succeeded', { timeout: 40_000 });
      for (const step of steps)
        await expect(nodeState(run, step)).toHaveAttribute('data-state', 'SUCCEEDED');

      await tutorial.check({ page, run, runId, api });

      await screenWindow(page);
      await run.open(runId);
      await openNode(run, tutorial.shows.node);
      await run.nodeTab(tutorial.shows.tab).click();
      await expect(run.nodeTab(tutorial.shows.tab)).toHaveAttribute('aria-selected', 'true');
      await screenshots(page, tutorial.file.replace(/\.yaml$/, ''));
    },
  );
}
