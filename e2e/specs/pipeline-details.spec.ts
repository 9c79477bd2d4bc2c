import { expect, test, type KfpApi } from '../fixtures.ts';
import { field, items, PipelinePage } from '../pages/pipeline-page.ts';

const NS = 'kubeflow-alice';

/** Two chained tasks: enough for a graph with distinct positions. */
function spec(second: string) {
  return {
    pipelineInfo: { name: 'e2e-details' },
    components: { 'comp-add': { executorLabel: 'exec-add' } },
    deploymentSpec: {
      executors: {
        'exec-add': { container: { image: 'python:3.11', command: ['python', '-c', 'print(1)'] } },
      },
    },
    root: {
      dag: {
        tasks: {
          first: { componentRef: { name: 'comp-add' }, taskInfo: { name: 'first step' } },
          [second]: {
            componentRef: { name: 'comp-add' },
            taskInfo: { name: second },
            dependentTasks: ['first'],
          },
        },
      },
    },
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.7.0',
  };
}

/** A private pipeline of this test only, with two versions (v2 newer). */
async function seedPipeline(
  api: KfpApi,
  name: string,
): Promise<{ pipelineId: string; v1: string; v2: string }> {
  const created = await api.post('/apis/v2beta1/pipelines/create', {
    pipeline: {
      display_name: name,
      namespace: NS,
      description: 'Seeded by the pipeline-details spec.',
    },
    pipeline_version: { display_name: `${name} v1`, pipeline_spec: spec('old step') },
  });
  const pipelineId = field(created, 'pipeline_id');
  const v1 = field(
    items(await api.get(`/apis/v2beta1/pipelines/${pipelineId}/versions`), 'pipeline_versions')[0],
    'pipeline_version_id',
  );
  const v2 = field(
    await api.post(`/apis/v2beta1/pipelines/${pipelineId}/versions`, {
      display_name: `${name} v2`,
      pipeline_spec: spec('new step'),
    }),
    'pipeline_version_id',
  );
  return { pipelineId, v1, v2 };
}

test.describe('pipeline details', () => {
  test('a seeded tutorial pipeline draws its graph, a node opens its panel, the spec shows', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', `/pipelines?ns=${NS}`);
    const filter = encodeURIComponent(
      JSON.stringify({
        predicates: [{ key: 'name', operation: 'EQUALS', string_value: 'data-handling' }],
      }),
    );
    const pipelineId = field(
      items(await api.get(`/apis/v2beta1/pipelines?filter=${filter}`), 'pipelines')[0],
      'pipeline_id',
    );
    const details = new PipelinePage(page);
    await details.open(pipelineId, `?ns=${NS}`);
    await expect(details.heading).toHaveText('Data handling');
    // The seed uploads a second version of data handling: it is the latest and shown first.
    await expect(details.versionSelect.locator('option')).toHaveCount(2);
    await expect(details.versionsTable.getByRole('link')).toHaveCount(2);

    await expect(details.flowNodes.first()).toBeVisible({ timeout: 20_000 });
    const positions = await details.nodePositions();
    expect(positions.length).toBeGreaterThan(1);
    expect(new Set(positions).size).toBe(positions.length);

    const node = details.flowNodes.getByRole('button').first();
    await node.click();
    await expect(page).toHaveURL(/[?&]node=/);
    const panel = page.getByRole('complementary');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Component' })).toBeVisible();

    await page.getByRole('tab', { name: 'Spec' }).click();
    await expect(page).toHaveURL(/[?&]tab=spec/);
    await expect(details.spec).toContainText('argoproj.io/v1alpha1');
  });

  test('switches versions by URL, deletes a version and then the pipeline', async ({
    page,
    signIn,
    api,
    errorGuard,
  }) => {
    await signIn('alice', `/pipelines?ns=${NS}`);
    const name = `e2e-details-${Date.now().toString(36)}`;
    const { pipelineId, v1, v2 } = await seedPipeline(api, name);
    const details = new PipelinePage(page);

    await details.open(pipelineId, `?ns=${NS}`);
    await expect(details.versionSelect).toHaveValue(v2);
    await expect(details.node(/new step/)).toBeVisible({ timeout: 20_000 });

    await details.open(pipelineId, `?ns=${NS}&version=${v1}`);
    await expect(details.versionSelect).toHaveValue(v1);
    await expect(details.node(/old step/)).toBeVisible({ timeout: 20_000 });
    await details.node(/old step/).click();
    await expect(details.nodePanel('old step')).toContainText('python:3.11');

    await details.versionSelect.selectOption(v2);
    await expect(page).toHaveURL(new RegExp(`version=${v2}`));
    await expect(page).not.toHaveURL(/node=/);
    await expect(details.node(/new step/)).toBeVisible({ timeout: 20_000 });

    await details.versionsTable.getByRole('button', { name: `Delete version ${name} v1` }).click();
    await details.confirm('Delete version?', `version “${name} v1”`, 'Delete version');
    await expect(details.versionLinks()).toHaveText([`${name} v2`]);

    await page.getByRole('button', { name: 'Delete pipeline' }).click();
    await details.confirm(
      'Delete pipeline?',
      `pipeline “${name}” and its 1 version`,
      'Delete pipeline',
    );
    await expect(page).toHaveURL(new RegExp(`/pipelines\\?ns=${NS}$`));
    // Opening the deleted pipeline again: the server's 404s are what the page explains.
    errorGuard.allow(new RegExp(`status of 404 .*/pipelines/${pipelineId}`));
    await details.open(pipelineId, `?ns=${NS}`);
    await expect(page.getByText('This pipeline does not exist')).toBeVisible();
  });
});
