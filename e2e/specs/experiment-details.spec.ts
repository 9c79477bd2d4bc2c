import { expect, test } from '../fixtures.ts';
import { field } from '../pages/pipeline-page.ts';

const NS = 'kubeflow-alice';

const SPEC = {
  pipelineInfo: { name: 'e2e-exp' },
  components: { 'comp-add': { executorLabel: 'exec-add' } },
  deploymentSpec: {
    executors: {
      'exec-add': { container: { image: 'python:3.11', command: ['python', '-c', 'print(1)'] } },
    },
  },
  root: {
    dag: { tasks: { add: { componentRef: { name: 'comp-add' }, taskInfo: { name: 'add' } } } },
  },
  schemaVersion: '2.1.0',
  sdkVersion: 'kfp-2.7.0',
};

test('the experiment page lists its runs, archives and restores the experiment', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('alice', `/experiments?ns=${NS}`);
  const prefix = `e2e-exp-${Date.now().toString(36)}`;
  const experimentId = field(
    await api.post('/apis/v2beta1/experiments', {
      display_name: prefix,
      description: 'Seeded by the experiment-details spec.',
      namespace: NS,
    }),
    'experiment_id',
  );
  const pipelineId = field(
    await api.post('/apis/v2beta1/pipelines/create', {
      pipeline: { display_name: `${prefix} pipeline`, namespace: NS },
      pipeline_version: { display_name: 'v1', pipeline_spec: SPEC },
    }),
    'pipeline_id',
  );
  for (const name of ['run a', 'run b']) {
    await api.post('/apis/v2beta1/runs', {
      display_name: `${prefix} ${name}`,
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
    });
  }

  await page.goto(`/experiments/${experimentId}?ns=${NS}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(prefix);
  const runs = page.getByRole('table', { name: 'Runs', exact: true });
  await expect(runs.getByRole('link', { name: new RegExp(`^${prefix} run`) })).toHaveCount(2);
  await expect(page.getByRole('link', { name: /Create run/ })).toHaveAttribute(
    'href',
    `/runs/new?experiment=${experimentId}&ns=${NS}`,
  );

  await page.getByRole('button', { name: 'Archive experiment' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Archive experiment?' });
  await expect(dialog).toContainText('together with all its runs');
  await dialog.getByRole('button', { name: 'Archive' }).click();
  const summary = page.getByRole('region', { name: 'Experiment summary' });
  await expect(summary).toContainText('Archived');
  // Its runs went to the archive with it.
  await expect(runs.getByRole('link', { name: new RegExp(`^${prefix} run`) })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Archived' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Archived runs' })
      .getByRole('link', { name: new RegExp(`^${prefix} run`) }),
  ).toHaveCount(2);

  await page.getByRole('button', { name: 'Restore experiment' }).click();
  await page
    .getByRole('alertdialog', { name: 'Restore experiment?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(summary).toContainText('Active');
});
