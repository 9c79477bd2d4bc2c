import { expect, test } from '../fixtures.ts';
import { createExperiment, createPipeline, field, NS, uniquePrefix } from '../list-data.ts';
import { ListPage } from '../pages/list-page.ts';
import { RunFormPage } from '../pages/run-form-page.ts';

function items(value: unknown): readonly unknown[] {
  const list = field(value, 'recurringRuns');
  return Array.isArray(list) ? list : [];
}

test.describe('recurring runs list', () => {
  test('schedule and window columns, an enabled/disabled filter, and Edit that never leaves two enabled copies', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/recurring-runs');
    const prefix = uniquePrefix('edit');
    const experimentId = await createExperiment(api, `${prefix} experiment`);
    const pipelineId = await createPipeline(api, `${prefix} pipeline`);
    for (const [name, mode] of [
      ['nightly', 'ENABLE'],
      ['paused', 'DISABLE'],
    ] as const) {
      await api.post('/apis/v2beta1/recurringruns', {
        display_name: `${prefix} ${name}`,
        experiment_id: experimentId,
        pipeline_version_reference: { pipeline_id: pipelineId },
        trigger: {
          cron_schedule: {
            cron: '0 0 2 * * ?',
            start_time: '2030-01-02T03:04:00Z',
            end_time: '2031-01-01T00:00:00Z',
          },
        },
        max_concurrency: '1',
        mode,
      });
    }
    const list = new ListPage(page, 'Recurring runs');
    await page.goto(`/recurring-runs?ns=${NS}&q=${encodeURIComponent(prefix)}&sort=name&order=asc`);
    await list.expectNames([`${prefix} nightly`, `${prefix} paused`]);
    const nightly = list.row(`${prefix} nightly`);
    await expect(nightly).toContainText('At 02:00');
    await expect(nightly).toContainText('0 0 2 * * ?');
    await expect(nightly).toContainText('2030');
    await expect(nightly).toContainText('2031');
    await expect(list.table.getByRole('columnheader', { name: 'Starts' })).toBeVisible();

    await page.getByRole('tab', { name: 'Disabled', exact: true }).click();
    await expect(page).toHaveURL(/[?&]status=disabled/);
    await list.expectNames([`${prefix} paused`]);
    await page.getByRole('tab', { name: 'Enabled', exact: true }).click();
    await list.expectNames([`${prefix} nightly`]);

    // Edit: the form, prefilled, with the builder on the old schedule.
    await list.select([`${prefix} nightly`]);
    await list.bulkBar.getByRole('link', { name: 'Edit' }).click();
    const form = new RunFormPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit recurring run');
    await expect(form.runName).toHaveValue(`${prefix} nightly`);
    await expect(page.getByLabel('Repeat')).toHaveValue('days');
    await page.getByLabel('Time of day (UTC)').fill('04:15');
    await expect(page.getByLabel('Cron expression')).toHaveValue('0 15 4 * * *');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const newId = await form.landedOnRecurringRun();

    const all = items(
      await api.get(
        `/apis/v2beta1/recurringruns?namespace=${NS}&page_size=50&filter=${encodeURIComponent(
          JSON.stringify({
            predicates: [
              { key: 'display_name', operation: 'EQUALS', string_value: `${prefix} nightly` },
            ],
          }),
        )}`,
      ),
    );
    const states = all.map((item) => [
      field(item, 'recurring_run_id') === newId ? 'new' : 'old',
      field(field(field(item, 'trigger'), 'cron_schedule'), 'cron'),
      field(item, 'status'),
    ]);
    expect(states.sort()).toEqual([
      ['new', '0 15 4 * * *', 'ENABLED'],
      ['old', '0 0 2 * * ?', 'DISABLED'],
    ]);

    // Edit from the page, deleting the old one this time.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('radio', { name: 'is deleted' }).check();
    await page.getByLabel('Repeat').selectOption('weeks');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const newest = await form.landedOnRecurringRun();
    expect(newest).not.toBe(newId);
    await page.goto(`/recurring-runs?ns=${NS}&q=${encodeURIComponent(prefix)}&sort=name&order=asc`);
    await list.expectNames([`${prefix} nightly`, `${prefix} nightly`, `${prefix} paused`]);
    await page.getByRole('tab', { name: 'Enabled', exact: true }).click();
    await list.expectNames([`${prefix} nightly`]);
    await expect(list.row(`${prefix} nightly`)).toContainText('0 15 4 * * 1');
  });
});
