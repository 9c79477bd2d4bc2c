import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { field, RunFormPage } from '../pages/run-form-page.ts';

/** alice on the form with the tutorial's data handling (its newest version) in the Tutorial experiment. */
async function dataHandlingForm(
  page: Page,
  signIn: (user: string, url?: string) => Promise<void>,
): Promise<RunFormPage> {
  const form = new RunFormPage(page);
  await signIn('alice', '/runs/new');
  await form.choosePipeline('Data handling', 'data-handling-v2');
  await form.chooseExperiment('Tutorial');
  return form;
}

test.describe('start-run form', () => {
  test('starts the tutorial data-handling (v1) pipeline with non-default numeric parameters', async ({
    page,
    signIn,
  }) => {
    const form = new RunFormPage(page);
    await signIn('alice', '/runs/new');
    await expect(form.form).toBeVisible();
    await form.choosePipeline('Data handling', 'data-handling-v2');
    await expect(form.runName).toHaveValue(
      /^Run of Data handling \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)$/,
    );
    await expect(form.parameter('a')).toHaveValue('3');
    await expect(form.parameter('b')).toHaveValue('2.5');
    await form.parameter('a').fill('7');
    await form.parameter('b').fill('6');
    await form.chooseExperiment('Tutorial');
    await form.submitRun.click();

    const runId = await form.landedOnRun();
    const run = await form.apiGet(`/apis/v2beta1/runs/${runId}`);
    // v1 (Argo) parameters travel as strings.
    expect(field(run, 'runtime_config', 'parameters')).toEqual({ a: '7', b: '6' });
    expect(field(run, 'display_name')).toMatch(/^Run of Data handling/);
  });

  test('the tutorial\'s v1 Float parameter refuses "abc" before anything is sent', async ({
    page,
    signIn,
  }) => {
    const form = await dataHandlingForm(page, signIn);
    // Typed from the kfp 1.x SDK's pipeline_spec annotation.
    await expect(form.form.getByText('Float, optional', { exact: true })).toHaveCount(2);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await form.parameter('a').fill('abc');
    await form.submitRun.click();
    await expect(form.problems).toContainText('One field needs attention');
    await expect(form.parameter('a')).toHaveAccessibleDescription(/^Enter a number, e\.g\. 0\.5/);
    await expect(page).toHaveURL(/\/runs\/new/);
    expect(posts).toEqual([]);

    await form.parameter('a').fill(' 1.5 ');
    await form.submitRun.click();
    expect(await form.startedRunParameters()).toEqual({ a: '1.5', b: '2.5' });
  });

  test('a v2 pipeline gets typed fields; invalid values are blocked with a message on the field', async ({
    page,
    signIn,
  }) => {
    const form = new RunFormPage(page);
    await signIn('alice', '/runs/new');
    await form.choosePipeline('Training with metrics');
    await expect(form.parameter('epochs')).toHaveValue('20');
    await expect(form.form.getByLabel('Pipeline root')).toBeVisible();
    await form.chooseExperiment('Model training');

    await form.parameter('epochs').fill('2.5');
    await form.parameter('learning_rates').fill('[0.1, ');
    await form.parameter('min_accuracy').fill('high');
    await form.submitRun.click();
    await expect(form.problems).toContainText('3 fields need attention');
    await expect(form.parameter('epochs')).toHaveAccessibleDescription(/whole number/);
    await expect(form.parameter('learning_rates')).toHaveAccessibleDescription(/Not valid JSON/);
    await expect(form.parameter('min_accuracy')).toHaveAccessibleDescription(/Enter a number/);
    await expect(page).toHaveURL(/\/runs\/new/);

    // Nothing typed is lost; fixing the values starts the run with native JSON values.
    await expect(form.parameter('source')).toHaveValue('gs://ml-datasets/iris/iris.csv');
    await form.parameter('epochs').fill('5');
    await form.parameter('learning_rates').fill('[0.1, 0.2]');
    await form.parameter('min_accuracy').fill('0.75');
    await form.submitRun.click();
    expect(await form.startedRunParameters()).toEqual({
      epochs: 5,
      learning_rates: [0.1, 0.2],
      min_accuracy: 0.75,
      source: 'gs://ml-datasets/iris/iris.csv',
    });
  });

  test('creates a recurring run (cron every 10 s) and sees it fire on its page', async ({
    page,
    signIn,
  }) => {
    const form = await dataHandlingForm(page, signIn);
    await form.chooseRecurring();
    await expect(form.runName).toHaveValue(/^Recurring run of Data handling/);

    // An end before the start is refused on the field.
    await page.getByLabel('Start', { exact: true }).fill('2030-02-01T10:00');
    await page.getByLabel('End', { exact: true }).fill('2030-01-01T10:00');
    await form.submitRecurring.click();
    await expect(page.getByLabel('End', { exact: true })).toHaveAccessibleDescription(
      'The end must be after the start',
    );
    await page.getByLabel('Start', { exact: true }).fill('');
    await page.getByLabel('End', { exact: true }).fill('');

    // A 5-field cron is refused before anything is sent; the 6-field one is described in words.
    const cron = await form.chooseCron();
    await cron.fill('*/10 * * * *');
    await form.submitRecurring.click();
    await expect(cron).toHaveAccessibleDescription(/6 fields/);
    await cron.fill('*/10 * * * * *');
    await expect(cron).toHaveAccessibleDescription('Every 10 seconds');
    await page.getByLabel('Maximum concurrent runs').fill('2');
    await form.submitRecurring.click();
    const id = await form.landedOnRecurringRun();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Recurring run of Data handling',
    );
    await expect(page.getByText('Every 10 seconds', { exact: true })).toBeVisible();
    const recurring = await form.apiGet(`/apis/v2beta1/recurringruns/${id}`);
    expect(field(recurring, 'trigger', 'cron_schedule', 'cron')).toBe('*/10 * * * * *');
    expect(field(recurring, 'max_concurrency')).toBe('2');
    await expect(
      page.getByRole('table', { name: 'Runs of this recurring run' }).getByRole('link').first(),
    ).toBeVisible({ timeout: 30_000 });
  });

  test('the schedule builder writes the 6-field cron, the raw field drives it, and the next 5 runs show', async ({
    page,
    signIn,
  }) => {
    const form = await dataHandlingForm(page, signIn);
    await form.chooseRecurring();
    const cron = await form.chooseCron();
    const builder = page.getByRole('group', { name: 'Schedule builder' });
    await builder.getByLabel('Repeat').selectOption('weeks');
    const days = builder.getByRole('group', { name: 'Days of the week' });
    await days.getByLabel('Wed').check();
    await builder.getByLabel('Time of day (UTC)').fill('09:30');
    await expect(cron).toHaveValue('0 30 9 * * 1,3');
    await expect(cron).toHaveAccessibleDescription(/At 09:30, only on Monday and Wednesday/);
    const next = page.getByRole('list', { name: 'Next 5 runs' }).getByRole('listitem');
    await expect(next).toHaveCount(5);
    for (const time of await next.locator('time').all()) {
      const day = new Date((await time.getAttribute('datetime')) ?? '').getUTCDay();
      expect([1, 3]).toContain(day);
      await expect(time).toHaveText(/ 09:30:00 UTC$/);
    }

    // Typing a cron moves the builder; one it cannot show leaves it on "Custom".
    await cron.fill('0 0 */6 * * ?');
    await expect(builder.getByLabel('Repeat')).toHaveValue('hours');
    await expect(builder.getByLabel('Every')).toHaveValue('6');
    await cron.fill('0 0 9-17 * * MON-FRI');
    await expect(builder.getByLabel('Repeat')).toHaveValue('');
    await expect(next).toHaveCount(5);

    await builder.getByLabel('Repeat').selectOption('months');
    await builder.getByLabel('On day').selectOption('15');
    await expect(cron).toHaveValue('0 0 0 15 * *');
    await form.submitRecurring.click();
    const id = await form.landedOnRecurringRun();
    const recurring = await form.apiGet(`/apis/v2beta1/recurringruns/${id}`);
    expect(field(recurring, 'trigger', 'cron_schedule', 'cron')).toBe('0 0 0 15 * *');
  });

  test('cloning a run fills its values, shows the difference from the defaults and offers the latest version', async ({
    page,
    signIn,
  }) => {
    const form = new RunFormPage(page);
    await signIn('alice', '/runs');
    const filter = encodeURIComponent(
      JSON.stringify({
        predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: 'Second try' }],
      }),
    );
    const runs = await form.apiGet(
      `/apis/v2beta1/runs?namespace=kubeflow-alice&filter=${encodeURIComponent(filter)}`,
    );
    const source = field(runs, 'runs');
    const runId = Array.isArray(source) ? field(source[0], 'run_id') : undefined;
    if (typeof runId !== 'string')
      throw new Error(`seeded run "Second try" not found: ${JSON.stringify(runs)}`);

    await form.open(`?cloneFrom=${runId}`);
    await expect(form.runName).toHaveValue('Clone of Second try');
    await expect(form.parameter('a')).toHaveValue('2');
    await expect(form.parameter('b')).toHaveValue('2');
    await expect(form.diffTable.getByRole('row', { name: /^a 3 2$/ })).toBeVisible();
    await expect(form.diffTable.getByRole('row', { name: /^b 4 2$/ })).toBeVisible();

    // The source ran the first version; the latest one is offered.
    await page.getByRole('button', { name: 'Use the latest version' }).click();
    await expect(page.getByRole('group', { name: 'Version' })).toContainText('data-handling-v2');
    await form.parameter('b').fill('2.5');
    await expect(form.diffTable.getByRole('row', { name: /^b / })).toHaveCount(0);
    await form.submitRun.click();
    expect(await form.startedRunParameters()).toEqual({ a: '2', b: '2.5' });
  });

  test('the recurring run page disables, runs now, clones and deletes', async ({
    page,
    signIn,
  }) => {
    const form = await dataHandlingForm(page, signIn);
    await form.chooseRecurring();
    await form.runName.fill('e2e nightly multiply');
    await form.parameter('a').fill('11');
    await page.getByLabel('Run every').fill('1');
    await page.getByLabel('Unit').selectOption('days');
    await form.submitRecurring.click();
    await form.landedOnRecurringRun();
    await expect(page.getByText('Every day', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Parameters' }).getByRole('row', { name: 'a 11' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Disable' }).click();
    await expect(page.getByRole('button', { name: 'Enable' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Disabled');

    await page.getByRole('button', { name: 'Run now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Started' })).toContainText(
      'e2e nightly multiply (run now',
    );
    await expect(page.getByRole('table', { name: 'Runs of this recurring run' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Clone' }).click();
    await expect(form.runName).toHaveValue('Clone of e2e nightly multiply');
    await expect(form.parameter('a')).toHaveValue('11');
    await expect(page.getByLabel('Run every')).toHaveValue('1');
    await expect(page.getByLabel('Unit')).toHaveValue('days');
    await page.goBack();

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.waitForURL(/\/recurring-runs(\?|$)/);
  });
});
