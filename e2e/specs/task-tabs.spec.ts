import { expect, test, type KfpApi } from '../fixtures.ts';
import { RunPage } from '../pages/run-page.ts';
import { runLabel, saveScreens, seedPipelineDocument, startPipelineRun } from '../seed-runs.ts';

const NS = 'kubeflow-alice';
/** Set to a directory to save light and dark screenshots of the tabs there (for review, never the repo). */
const SCREENS = process.env.TASKTABS_SCREENS;

/** Uploads a seed pipeline and runs it once with `parameters`; answers the run id. */
const startRun = (api: KfpApi, file: string, parameters: Record<string, unknown>) =>
  startPipelineRun(api, runLabel('pod', file), seedPipelineDocument(file), parameters);

const screenshots = (run: RunPage, name: string) => saveScreens(run.page, SCREENS, name);

test.describe('task tabs: pod and events', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a step stuck Pending on a GPU says why on its node, in its Pod tab and in its events', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const run = new RunPage(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await run.open(
      // A v1 (Argo) run: its workflow names the pending pod. (A v2 run's pending executor has no
      // pod name in ML Metadata until its launcher starts; see the README.)
      await startRun(api, 'yolo-object-detection', { pending_task: 'yolo-train' }),
      `?ns=${NS}`,
    );
    const train = run.node('yolo-train');
    await expect(train).toContainText(/Unschedulable: 0\/3 nodes are available/, {
      timeout: 60_000,
    });
    await expect(run.runState()).toHaveText('Running');

    await run.openNode('yolo-train');
    await run.nodeTab('Pod').click();
    const status = run.panel.getByRole('status');
    await expect(status).toContainText('Pending · Unschedulable');
    await expect(status).toContainText('3 Insufficient nvidia.com/gpu');
    const resources = run.panel.getByRole('region', { name: 'Resources' });
    await expect(resources.getByRole('row', { name: /nvidia\.com\/gpu/ })).toContainText('1');
    const volumes = run.panel.getByRole('region', { name: 'Volumes' });
    await expect(volumes.getByRole('row', { name: /PVC example-pipeline-volume/ })).toContainText(
      '/usr/share/example-pipeline-volume',
    );
    await expect(run.panel.getByRole('region', { name: 'Pod' })).toContainText('not scheduled');
    await screenshots(run, 'pod-pending-gpu');

    await run.nodeTab('Events').click();
    const events = run.panel.getByRole('table', { name: 'Pod events, newest first' });
    await expect(events.getByRole('row', { name: /FailedScheduling/ })).toContainText('Warning');
    await expect(events.getByRole('row', { name: /NotTriggerScaleUp/ })).toContainText(
      "pod didn't trigger scale-up",
    );
    await expect(page).toHaveURL(/ntab=events/);
    await screenshots(run, 'events-pending-gpu');

    await run.terminate();
    // A terminated run ends Failed (KFP 2.17 reports the terminated workflow so).
    await expect(run.runState()).toHaveText('Failed', { timeout: 30_000 });
  });

  test('a finished step shows its pod, volumes and kubelet events newest first; a vanished pod says it is gone', async ({
    page,
    signIn,
    api,
    errorGuard,
  }) => {
    // The UI server's answers for a deleted pod: 500 for the pod, 404 for its log.
    errorGuard.allow(/status of (500|404)/);
    await signIn('alice', '/runs');
    const run = new RunPage(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await run.open(await startRun(api, 'data-visualization-v2', {}), `?ns=${NS}`);
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 90_000 });
    await run.openNode('plot-csv-from-path');
    await run.nodeTab('Pod').click();
    await expect(run.panel.getByRole('status')).toHaveText('Succeeded');
    const containers = run.panel.getByRole('region', { name: 'Containers' });
    await expect(containers.getByRole('row', { name: /^main/ })).toContainText(
      'Terminated · Completed (exit 0)',
    );
    await expect(run.panel.getByRole('region', { name: 'Pod' })).toContainText('kfp-emulator-node');
    await screenshots(run, 'pod-succeeded');
    await run.nodeTab('Events').click();
    const rows = run.panel
      .getByRole('table', { name: 'Pod events, newest first' })
      .getByRole('row');
    await expect(rows.nth(1)).toContainText('Started container main');
    await expect(rows.last()).toContainText('Successfully assigned');
    // The visualization task mounts the tutorial's PVC: its details show the spec's mount beside the pod's.
    await run.nodeTab('Details').click();
    const mounts = run.panel.getByRole('table', { name: 'Volumes of the step' });
    await expect(mounts.getByRole('row', { name: /example-pipeline-volume/ })).toContainText(
      /example-pipeline-volume\s*\/usr\/share\/example-pipeline-volume\s*no\s*spec and pod/,
    );
    await mounts.scrollIntoViewIfNeeded();
    await screenshots(run, 'details-volumes');

    await run.open(
      await startRun(api, 'data-visualization-v2', { vanish_pods: true }),
      `?ns=${NS}`,
    );
    await expect(run.runState()).toHaveText('Succeeded', { timeout: 90_000 });
    await run.openNode('plot-csv-from-path');
    await run.nodeTab('Pod').click();
    await expect(run.panel.getByRole('alert')).toContainText('The pod is gone', {
      timeout: 20_000,
    });
    await expect(run.panel.getByRole('alert')).toContainText('Could not get pod');
    await screenshots(run, 'pod-gone');
    await run.nodeTab('Events').click();
    await expect(run.panel).toContainText('No events for this pod');
  });
});
