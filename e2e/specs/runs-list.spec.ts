import { expect, test } from '../fixtures.ts';
import {
  createExperiment,
  createPipeline,
  createRun,
  NS,
  pad,
  seedRuns,
  uniquePrefix,
  waitUntilFinished,
} from '../list-data.ts';
import { ListPage } from '../pages/list-page.ts';

test.describe('runs list', () => {
  test('runs: pages with server tokens, survives a reload, sorts and searches', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const prefix = uniquePrefix('paging');
    await seedRuns(api, prefix, 23);
    const runs = new ListPage(page, 'Runs');

    await page.goto(
      `/runs?ns=${NS}&q=${encodeURIComponent(prefix)}&size=10&sort=display_name&order=asc`,
    );
    await runs.expectNames(Array.from({ length: 10 }, (_, i) => `${prefix} run ${pad(i)}`));
    await expect(page.getByRole('link', { name: 'Create run' })).toHaveAttribute(
      'href',
      `/runs/new?ns=${NS}`,
    );
    await expect(runs.previousButton).toBeDisabled();
    await runs.nextButton.click();
    await runs.expectNames(Array.from({ length: 10 }, (_, i) => `${prefix} run ${pad(i + 10)}`));
    await runs.nextButton.click();
    await runs.expectNames([`${prefix} run 20`, `${prefix} run 21`, `${prefix} run 22`]);
    await expect(runs.nextButton).toBeDisabled();
    await expect(runs.pageInfo).toContainText('21–23 of 23');

    // The URL holds the whole state: a reload shows page 3 again, and Previous still works.
    await page.reload();
    await runs.expectNames([`${prefix} run 20`, `${prefix} run 21`, `${prefix} run 22`]);
    await runs.previousButton.click();
    await expect(runs.rows.first()).toContainText(`${prefix} run 10`);

    // Sorting restarts at page 1; descending by name starts at the last run.
    await runs.sortBy('Run name');
    expect(await runs.sortState('Run name')).toBe('descending');
    await expect(runs.rows.first()).toContainText(`${prefix} run 22`);
    await expect(runs.previousButton).toBeDisabled();
    expect(new URL(page.url()).searchParams.getAll('pt')).toEqual([]);

    await runs.search(`${prefix} run 1`);
    await runs.expectNames(Array.from({ length: 10 }, (_, i) => `${prefix} run ${pad(19 - i)}`));
    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveValue(`${prefix} run 1`);
    await expect(runs.rows).toHaveCount(10);
  });

  test('runs: sort by status (the server’s state key) and clone a selected run', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const prefix = uniquePrefix('bystate');
    const experimentId = await createExperiment(api, `${prefix} experiment`);
    const pipelineId = await createPipeline(api, `${prefix} pipeline`);
    // fail_task steers the emulator's simulator: that run fails, the others succeed.
    await api.post('/apis/v2beta1/runs', {
      display_name: `${prefix} run 00`,
      experiment_id: experimentId,
      pipeline_version_reference: { pipeline_id: pipelineId },
      runtime_config: { parameters: { fail_task: '*' } },
    });
    const second = await createRun(api, `${prefix} run 01`, experimentId, pipelineId);
    await waitUntilFinished(api, prefix);
    const runs = new ListPage(page, 'Runs');
    await page.goto(`/runs?ns=${NS}&q=${encodeURIComponent(prefix)}&sort=display_name&order=asc`);
    await runs.expectNames([`${prefix} run 00`, `${prefix} run 01`]);
    await runs.sortBy('Status');
    await expect(page).toHaveURL(/sort=state/);
    expect(await runs.sortState('Status')).toBe('ascending');
    await runs.expectNames([`${prefix} run 00`, `${prefix} run 01`]);
    await expect(runs.row(`${prefix} run 00`)).toContainText('Failed');
    await runs.sortBy('Status');
    expect(await runs.sortState('Status')).toBe('descending');
    await runs.expectNames([`${prefix} run 01`, `${prefix} run 00`]);

    await runs.select([`${prefix} run 01`]);
    await runs.bulkBar.getByRole('link', { name: 'Clone' }).click();
    await expect(page).toHaveURL(`/runs/new?clone=${second}&ns=${NS}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clone run');
  });

  test('runs: status filter and created-time range live in the URL', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/runs');
    const prefix = uniquePrefix('status');
    const { runIds } = await seedRuns(api, prefix, 4);
    for (const runId of runIds.slice(0, 2)) await api.post(`/apis/v2beta1/runs/${runId}:terminate`);
    await waitUntilFinished(api, prefix);
    const runs = new ListPage(page, 'Runs');

    await page.goto(`/runs?ns=${NS}&q=${encodeURIComponent(prefix)}`);
    await expect(runs.rows).toHaveCount(4);
    // Terminated runs end FAILED (KFP 2.17: the workflow's final phase); the others succeed.
    await runs.filterStatus(['Failed']);
    await runs.expectNames([`${prefix} run 01`, `${prefix} run 00`]);
    await expect(runs.rows.getByText('Failed')).toHaveCount(2);
    expect(new URL(page.url()).searchParams.getAll('state')).toEqual(['FAILED']);
    await page.reload();
    await expect(runs.rows).toHaveCount(2);

    await page.getByLabel('Created from').fill('2099-01-01T00:00');
    await expect(page.getByText('No runs match the filters')).toBeVisible();
    // "Clear filters" drops every filter of the list, the name search included.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(runs.rows.first()).toBeVisible();
    const cleared = new URL(page.url()).searchParams;
    expect(['q', 'state', 'from', 'to'].filter((name) => cleared.has(name))).toEqual([]);
  });

  test('runs: bulk archive and restore report each run', async ({ page, signIn, api }) => {
    await signIn('alice', '/runs');
    const prefix = uniquePrefix('archive');
    await seedRuns(api, prefix, 3);
    const runs = new ListPage(page, 'Runs');
    await page.goto(`/runs?ns=${NS}&q=${encodeURIComponent(prefix)}`);
    await expect(runs.rows).toHaveCount(3);

    await runs.select([`${prefix} run 00`, `${prefix} run 02`]);
    const archived = await runs.bulk('Archive');
    expect(archived.summary).toBe('2 succeeded');
    expect(archived.items).toEqual([`${prefix} run 02 — done`, `${prefix} run 00 — done`]);
    await runs.expectNames([`${prefix} run 01`]);

    await runs.openTab('Archived', 'Archived runs');
    await expect(page).toHaveURL(/tab=archived/);
    await runs.expectNames([`${prefix} run 02`, `${prefix} run 00`]);
    await runs.select([`${prefix} run 00`]);
    expect((await runs.bulk('Restore')).summary).toBe('1 succeeded');
    await runs.expectNames([`${prefix} run 02`]);

    await runs.openTab('Active', 'Runs');
    await runs.expectNames([`${prefix} run 01`, `${prefix} run 00`]);
  });
});
