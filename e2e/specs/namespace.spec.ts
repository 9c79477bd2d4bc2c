import { expect, test, type KfpApi } from '../fixtures.ts';
import { ListPage } from '../pages/list-page.ts';

function text(value: unknown, key: string): string {
  if (typeof value === 'object' && value !== null) {
    const found: unknown = Object.entries(value).find(([name]) => name === key)?.[1];
    if (typeof found === 'string') return found;
  }
  throw new Error(`expected a string "${key}" in ${JSON.stringify(value)}`);
}

/** The id of a seeded shared pipeline (namespace ""), which every user may run. */
async function sharedPipelineId(api: KfpApi): Promise<string> {
  const page = await api.get('/apis/v2beta1/pipelines?page_size=1');
  const first: unknown =
    typeof page === 'object' &&
    page !== null &&
    'pipelines' in page &&
    Array.isArray(page.pipelines)
      ? page.pipelines[0]
      : undefined;
  return text(first, 'pipeline_id');
}

/** An experiment and one run of the shared pipeline in `namespace`; answers the run id. */
async function runIn(
  api: KfpApi,
  namespace: string,
  name: string,
  pipelineId: string,
): Promise<string> {
  const experiment = text(
    await api.post('/apis/v2beta1/experiments', { display_name: `${name} experiment`, namespace }),
    'experiment_id',
  );
  const run = await api.post('/apis/v2beta1/runs', {
    display_name: name,
    experiment_id: experiment,
    pipeline_version_reference: { pipeline_id: pipelineId },
  });
  return text(run, 'run_id');
}

test.describe('namespaces', () => {
  test('the namespace travels in the URL and through the navigation', async ({
    page,
    signIn,
    shell,
  }) => {
    await signIn('alice', '/pipelines');
    await expect(page).toHaveURL(/\/pipelines\?ns=kubeflow-alice$/);
    expect(await shell.namespaces()).toEqual(['kubeflow-alice']);
    await shell.goTo('Runs');
    await expect(page).toHaveURL(/\/runs\?ns=kubeflow-alice$/);
    await shell.goTo('Recurring runs');
    await expect(page).toHaveURL(/\/recurring-runs\?ns=kubeflow-alice$/);
  });

  test('switching namespace in the picker resets the lists and leaves a page of the other namespace', async ({
    page,
    signIn,
    shell,
    api,
  }) => {
    // carol works in her own namespace and in alice's, which alice shares with her.
    await signIn('carol', '/runs');
    await expect(page).toHaveURL(/\/runs\?ns=kubeflow-carol$/);
    expect(await shell.namespaces()).toEqual(['kubeflow-carol', 'kubeflow-alice']);
    const prefix = `e2e-ns-${Date.now().toString(36)}`;
    const pipelineId = await sharedPipelineId(api);
    await runIn(api, 'kubeflow-carol', `${prefix} carol`, pipelineId);
    const aliceRun = await runIn(api, 'kubeflow-alice', `${prefix} alice`, pipelineId);

    // A list with its own state (search, sort) in carol's namespace.
    const runs = new ListPage(page, 'Runs');
    await page.goto(
      `/runs?ns=kubeflow-carol&q=${encodeURIComponent(prefix)}&sort=display_name&order=asc`,
    );
    await runs.expectNames([`${prefix} carol`]);

    // Switching shows the other namespace's runs, and the list starts afresh: no search, no sort.
    await shell.switchNamespace('kubeflow-alice');
    await expect(page).toHaveURL(/\/runs\?ns=kubeflow-alice$/);
    await expect(shell.namespacePicker).toHaveValue('kubeflow-alice');
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(runs.row(`${prefix} alice`)).toBeVisible();
    await expect(runs.row(`${prefix} carol`)).toHaveCount(0);

    // A run page of alice's namespace is left for the runs list of carol's when she switches back.
    await runs
      .row(`${prefix} alice`)
      .getByRole('link', { name: `${prefix} alice`, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/runs/${aliceRun}\\?ns=kubeflow-alice$`));
    await expect(shell.heading).toHaveText(`${prefix} alice`);
    await page.waitForLoadState('networkidle');
    await shell.switchNamespace('kubeflow-carol');
    await expect(page).toHaveURL(/\/runs\?ns=kubeflow-carol$/);
    await expect(shell.heading).toHaveText('Runs');
    await expect(runs.row(`${prefix} carol`)).toBeVisible();
    await expect(runs.row(`${prefix} alice`)).toHaveCount(0);
  });

  test('bob never sees kubeflow-alice', async ({ page, signIn, shell, api }) => {
    await signIn('bob', '/experiments?ns=kubeflow-alice');
    await expect(
      page.getByRole('heading', { name: 'No access to namespace “kubeflow-alice”' }),
    ).toBeVisible();
    expect(await shell.namespaces()).toEqual(['kubeflow-bob']);
    // The server agrees: bob's token cannot list alice's experiments.
    await expect(api.get('/apis/v2beta1/experiments?namespace=kubeflow-alice')).rejects.toThrow(
      /→ 403/,
    );

    // Switching to his own namespace leaves the denied page for the list of the same section.
    await page.getByRole('link', { name: 'kubeflow-bob' }).click();
    await expect(page).toHaveURL(/\/experiments\?ns=kubeflow-bob$/);
    await expect(shell.namespacePicker).toHaveValue('kubeflow-bob');
    await expect(shell.heading).toHaveText('Experiments');
  });

  test('the theme choice is kept across reloads', async ({ page, signIn, shell }) => {
    await signIn('alice', '/pipelines');
    await shell.chooseTheme('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(shell.userMenuButton).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shell.chooseTheme('System');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });
});
