import { expect, test } from '../fixtures.ts';
import {
  createExperiment,
  createPipeline,
  createRun,
  NS,
  pad,
  PIPELINE_SPEC,
  uniquePrefix,
} from '../list-data.ts';
import { ListPage } from '../pages/list-page.ts';

test.describe('lists', () => {
  test('experiments: pages, sorts, searches, archives and restores', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/experiments');
    const prefix = uniquePrefix('exp');
    for (let index = 0; index < 12; index += 1)
      await createExperiment(api, `${prefix} ${pad(index)}`, `about ${pad(index)}`);
    const experiments = new ListPage(page, 'Experiments');

    await page.goto(`/experiments?ns=${NS}&size=10`);
    await expect(page.getByRole('link', { name: 'Create experiment' })).toHaveAttribute(
      'href',
      `/experiments/new?ns=${NS}`,
    );
    await experiments.search(prefix);
    await expect(page).toHaveURL(/q=e2e-exp-/);
    await experiments.sortBy('Experiment name');
    expect(await experiments.sortState('Experiment name')).toBe('ascending');
    await experiments.expectNames(Array.from({ length: 10 }, (_, i) => `${prefix} ${pad(i)}`));
    await experiments.nextButton.click();
    await experiments.expectNames([`${prefix} 10`, `${prefix} 11`]);
    await page.reload();
    await experiments.expectNames([`${prefix} 10`, `${prefix} 11`]);

    await experiments.select([`${prefix} 10`, `${prefix} 11`]);
    const result = await experiments.bulk('Archive');
    expect(result.summary).toBe('2 succeeded');
    await experiments.openTab('Archived', 'Archived experiments');
    await experiments.expectNames([`${prefix} 10`, `${prefix} 11`]);
    await experiments.select([`${prefix} 11`]);
    expect((await experiments.bulk('Restore')).summary).toBe('1 succeeded');
    await experiments.expectNames([`${prefix} 10`]);
  });

  test('experiments: the last runs as a strip, and a row opens to its newest runs', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/experiments');
    const prefix = uniquePrefix('strip');
    const experimentId = await createExperiment(api, `${prefix} busy`);
    await createExperiment(api, `${prefix} quiet`);
    const pipelineId = await createPipeline(api, `${prefix} pipeline`);
    for (let index = 0; index < 7; index += 1)
      await createRun(api, `${prefix} run ${pad(index)}`, experimentId, pipelineId);
    const experiments = new ListPage(page, 'Experiments');
    await page.goto(`/experiments?ns=${NS}&q=${encodeURIComponent(prefix)}`);
    await experiments.expectNames([`${prefix} quiet`, `${prefix} busy`]);
    const strip = page.getByRole('list', { name: `Last runs of ${prefix} busy, newest first` });
    await expect(strip.getByRole('img')).toHaveCount(5);
    await expect(strip.getByRole('img').first()).toHaveAccessibleName(
      new RegExp(`^${prefix} run \\d\\d: (Pending|Running|Succeeded)$`),
    );
    await expect(experiments.row(`${prefix} quiet`)).toContainText('No runs');

    await page.getByRole('button', { name: `Newest runs of ${prefix} busy` }).click();
    const newest = page.getByRole('table', { name: `Newest runs of ${prefix} busy` });
    await expect(newest.getByRole('link')).toHaveCount(5);
    await page.getByRole('link', { name: `All 7 runs of ${prefix} busy` }).click();
    await expect(page).toHaveURL(`/experiments/${experimentId}?ns=${NS}`);
  });

  test('pipelines: pages, searches, sorts and opens a row to its versions', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/pipelines');
    const prefix = uniquePrefix('pipe');
    const ids: string[] = [];
    for (let index = 0; index < 12; index += 1)
      ids.push(await createPipeline(api, `${prefix} ${pad(index)}`));
    const withVersions = ids[0] ?? '';
    for (let index = 2; index <= 7; index += 1) {
      await api.post(`/apis/v2beta1/pipelines/${withVersions}/versions`, {
        display_name: `${prefix} 00 v${index}`,
        pipeline_spec: PIPELINE_SPEC,
      });
    }
    const pipelines = new ListPage(page, 'Private pipelines');

    await page.goto(`/pipelines?ns=${NS}&size=10&q=${encodeURIComponent(prefix)}`);
    await expect(pipelines.rows).toHaveCount(10);
    await expect(page.getByRole('link', { name: 'Upload pipeline' })).toHaveAttribute(
      'href',
      `/pipelines/upload?ns=${NS}`,
    );
    await pipelines.sortBy('Pipeline name');
    await pipelines.sortBy('Pipeline name');
    expect(await pipelines.sortState('Pipeline name')).toBe('descending');
    await pipelines.expectNames(Array.from({ length: 10 }, (_, i) => `${prefix} ${pad(11 - i)}`));
    await pipelines.nextButton.click();
    await pipelines.expectNames([`${prefix} 01`, `${prefix} 00`]);
    await page.reload();
    await pipelines.expectNames([`${prefix} 01`, `${prefix} 00`]);

    await page.getByRole('button', { name: `Versions of ${prefix} 00` }).click();
    const versions = page.getByRole('table', { name: `Versions of ${prefix} 00` });
    await expect(versions.getByRole('link')).toHaveText(
      [7, 6, 5, 4, 3].map((v) => `${prefix} 00 v${v}`),
    );
    await page.getByRole('button', { name: 'Older' }).click();
    await expect(versions.getByRole('link')).toHaveText([`${prefix} 00 v2`, `${prefix} 00 v1`]);

    await pipelines.openTab('Shared', 'Shared pipelines');
    await expect(pipelines.table).toBeVisible();
    await expect(page).toHaveURL(/tab=shared/);
    await expect(
      pipelines.table.getByRole('link', { name: `${prefix} 00`, exact: true }),
    ).toHaveCount(0);
  });

  test('pipelines: bulk delete asks about versions; a selected pipeline gets a new version', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/pipelines');
    const prefix = uniquePrefix('pdel');
    const two = await createPipeline(api, `${prefix} two`);
    await api.post(`/apis/v2beta1/pipelines/${two}/versions`, {
      display_name: `${prefix} two v2`,
      pipeline_spec: PIPELINE_SPEC,
    });
    const one = await createPipeline(api, `${prefix} one`);
    // CreatePipeline alone makes a pipeline without versions.
    await api.post('/apis/v2beta1/pipelines', { display_name: `${prefix} none`, namespace: NS });
    const pipelines = new ListPage(page, 'Private pipelines');
    const list = `/pipelines?ns=${NS}&q=${encodeURIComponent(prefix)}&sort=display_name&order=asc`;
    await page.goto(list);
    await pipelines.expectNames([`${prefix} none`, `${prefix} one`, `${prefix} two`]);

    await pipelines.select([`${prefix} none`, `${prefix} two`]);
    await pipelines.bulkBar.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete 2 pipelines?' });
    const question = dialog.getByRole('group', {
      name: '1 of them has versions (2 versions). What happens to them?',
    });
    await expect(question).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await question.getByRole('radio', { name: /^Keep it/ }).check();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('1 succeeded');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await pipelines.expectNames([`${prefix} one`, `${prefix} two`]);

    await pipelines.select([`${prefix} one`]);
    await pipelines.bulkBar.getByRole('link', { name: 'Upload version' }).click();
    await expect(page).toHaveURL(`/pipelines/upload?pipeline=${one}&ns=${NS}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upload a new version');
    await expect(page.getByRole('status').filter({ hasText: 'A new version of' })).toContainText(
      `${prefix} one`,
    );

    await page.goto(list);
    await pipelines.select([`${prefix} one`, `${prefix} two`]);
    await pipelines.bulkBar.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog
      .getByRole('radio', { name: 'Delete those pipelines with all their versions' })
      .check();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('2 succeeded');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText(`No pipelines match “${prefix}”`)).toBeVisible();
    expect(await api.get(`/apis/v2beta1/pipelines/${two}/versions`).catch(() => 'gone')).toBe(
      'gone',
    );
  });

  test('recurring runs: triggers in words, enable and disable', async ({ page, signIn, api }) => {
    await signIn('alice', '/recurring-runs');
    const prefix = uniquePrefix('rr');
    const experimentId = await createExperiment(api, `${prefix} experiment`);
    const pipelineId = await createPipeline(api, `${prefix} pipeline`);
    const triggers = [
      { cron_schedule: { cron: '0 30 2 * * ?' } },
      { periodic_schedule: { interval_second: '7200' } },
    ];
    for (const [index, trigger] of triggers.entries()) {
      await api.post('/apis/v2beta1/recurringruns', {
        display_name: `${prefix} ${pad(index)}`,
        experiment_id: experimentId,
        pipeline_version_reference: { pipeline_id: pipelineId },
        trigger,
        max_concurrency: '1',
        mode: 'DISABLE',
      });
    }
    const list = new ListPage(page, 'Recurring runs');
    await page.goto(`/recurring-runs?ns=${NS}&q=${encodeURIComponent(prefix)}&sort=name&order=asc`);
    await list.expectNames([`${prefix} 00`, `${prefix} 01`]);
    await expect(page.getByRole('link', { name: 'Create recurring run' })).toHaveAttribute(
      'href',
      `/runs/new?recurring=1&ns=${NS}`,
    );
    await expect(list.row(`${prefix} 00`)).toContainText('At 02:30');
    await expect(list.row(`${prefix} 01`)).toContainText('Every 2 hours');
    await expect(
      list.row(`${prefix} 00`).getByRole('link', { name: `${prefix} experiment` }),
    ).toBeVisible();
    await expect(list.row(`${prefix} 00`)).toContainText('Disabled');

    await page.getByRole('button', { name: `Enable ${prefix} 00` }).click();
    await expect(list.row(`${prefix} 00`)).toContainText('Enabled');
    await list.select([`${prefix} 00`, `${prefix} 01`]);
    const result = await list.bulk('Disable');
    expect(result.items).toEqual([`${prefix} 00 — done`]);
    await expect(list.row(`${prefix} 00`)).toContainText('Disabled');
  });
});
