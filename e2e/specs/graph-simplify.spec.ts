import { expect, test } from '../fixtures.ts';
import { field, PipelinePage } from '../pages/pipeline-page.ts';

const NS = 'kubeflow-alice';

/**
 * Four steps, each after every earlier one (what `.after()` on all earlier steps makes in kfp 1.x):
 * 6 edges, of which 3 (a→c, a→d, b→d) are implied by the chain a→b→c→d.
 */
function denseSpec() {
  const task = (name: string, after: readonly string[]) => ({
    componentRef: { name: 'comp-step' },
    taskInfo: { name },
    ...(after.length > 0 ? { dependentTasks: after } : {}),
  });
  return {
    pipelineInfo: { name: 'e2e-dense' },
    components: { 'comp-step': { executorLabel: 'exec-step' } },
    deploymentSpec: {
      executors: {
        'exec-step': { container: { image: 'python:3.11', command: ['python', '-c', 'print(1)'] } },
      },
    },
    root: {
      dag: {
        tasks: {
          a: task('a', []),
          b: task('b', ['a']),
          c: task('c', ['a', 'b']),
          d: task('d', ['a', 'b', 'c']),
        },
      },
    },
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.7.0',
  };
}

test('Simplify hides the edges a longer path implies, and the choice stays in the URL', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('alice', `/pipelines?ns=${NS}`);
  const created = await api.post('/apis/v2beta1/pipelines/create', {
    pipeline: { display_name: `e2e-dense-${Date.now().toString(36)}`, namespace: NS },
    pipeline_version: { display_name: 'v1', pipeline_spec: denseSpec() },
  });
  const details = new PipelinePage(page);
  await details.open(field(created, 'pipeline_id'), `?ns=${NS}`);
  await expect(details.flowNodes).toHaveCount(4, { timeout: 20_000 });
  const edges = page.locator('.react-flow__edge');
  await expect(edges).toHaveCount(6);

  // The box is controlled by the URL, which the router updates a moment after the click:
  // Locator.check() would read its state too early, so click and wait for the URL-driven state.
  const simplify = page.getByRole('checkbox', { name: 'Simplify' });
  await simplify.click();
  await expect(page).toHaveURL(/[?&]simplify=1/);
  await expect(simplify).toBeChecked();
  await expect(edges).toHaveCount(3);
  await expect(page.getByText('3 edges hidden')).toBeVisible();

  await page.reload();
  await expect(details.flowNodes).toHaveCount(4, { timeout: 20_000 });
  await expect(page.getByRole('checkbox', { name: 'Simplify' })).toBeChecked();
  await expect(edges).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Simplify' }).click();
  await expect(page).not.toHaveURL(/simplify=/);
  await expect(page.getByRole('checkbox', { name: 'Simplify' })).not.toBeChecked();
  await expect(edges).toHaveCount(6);
});
