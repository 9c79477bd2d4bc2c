import { expect, test } from '../fixtures.ts';
import { ListPage } from '../pages/list-page.ts';

const NS = 'kubeflow-alice';
// Two seeded runs of the "Training with metrics" pipeline: the default sweep and one with other learning rates.
const SWEEP = 'Learning-rate sweep';
const HIGH = 'High learning rates (nothing registered)';

// The metric columns of v2 runs come from tasks[] (KFP master) or ML Metadata (released KFP): both passes.
test(
  'select two runs of one pipeline in the runs list, compare them: differing parameters and metric columns',
  { tag: '@both-modes' },
  async ({ page, signIn }) => {
    await signIn('alice', `/runs?ns=${NS}`);
    const list = new ListPage(page, 'Runs');
    await list.search('earning');
    await list.expectNames([HIGH, SWEEP]);
    await list.select([SWEEP]);
    const compare = list.bulkBar.getByRole('button', { name: 'Compare', exact: true });
    await expect(compare).toBeDisabled();
    await list.select([HIGH]);
    await compare.click();

    await page.waitForURL((url) => url.pathname === '/compare');
    const ids = new URL(page.url()).searchParams.get('runs')?.split(',') ?? [];
    expect(ids).toHaveLength(2);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare 2 runs');

    const overview = page.getByRole('table', { name: 'Compared runs' });
    await expect(overview.getByRole('link', { name: SWEEP })).toHaveAttribute(
      'href',
      new RegExp(`^/runs/[^?]+\\?ns=${NS}$`),
    );
    await expect(overview.getByRole('link', { name: 'Model training' })).toHaveCount(2);
    await expect(overview.getByText('Succeeded')).toHaveCount(2);

    const parameters = page.getByRole('table', { name: 'Parameters' });
    const rates = parameters
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /learning_rates$/ }) });
    await expect(rates).toHaveAttribute('data-differs', 'true');
    // Columns follow the list's order (newest first); the sweep ran with the pipeline's default rates.
    await expect(parameters.getByRole('columnheader')).toHaveText(['Parameter', HIGH, SWEEP]);
    await expect(rates.getByRole('cell')).toHaveText(['[0.05,0.5]', '[0.001,0.01,0.1]default']);

    const metrics = page.getByRole('table', { name: 'Metrics' });
    await expect(metrics.getByRole('columnheader')).toHaveText(['Metric', HIGH, SWEEP]);
    const accuracy = metrics
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^accuracy/ }) })
      .first();
    await expect(accuracy.getByRole('cell')).toHaveCount(2);
    await expect(accuracy.getByRole('cell').first()).toHaveText(/^\d/);

    // Only differences: rows equal in both runs go, the learning rates stay; the toggle is in the URL.
    const only = page.getByRole('checkbox', { name: 'Only differences' });
    await only.click();
    await expect(only).toBeChecked();
    await expect(page).toHaveURL(/diff=1/);
    await expect(rates).toBeVisible();

    // The visualizations load when scrolled to: the overlaid ROC curves of both runs.
    await page.getByRole('heading', { name: 'Visualizations' }).scrollIntoViewIfNeeded();
    const roc = page.getByRole('region', { name: 'ROC curves of the compared runs' });
    await expect(
      roc.getByRole('rowheader', { name: new RegExp(`^${SWEEP} · evaluate-model`) }),
    ).toHaveCount(3);
    await expect(
      roc.getByRole('rowheader', { name: /^High learning rates .* · evaluate-model/ }),
    ).toHaveCount(2);
    await page.waitForLoadState('networkidle');
  },
);

test('a vanished run is reported in its column while the others are compared', async ({
  page,
  signIn,
  errorGuard,
}) => {
  errorGuard.allow(/404/);
  await signIn('alice', `/runs?ns=${NS}`);
  const list = new ListPage(page, 'Runs');
  await list.search('earning');
  await list.expectNames([HIGH, SWEEP]);
  const href = await list
    .row(SWEEP)
    .getByRole('link', { name: SWEEP, exact: true })
    .getAttribute('href');
  const id = href?.split('?')[0]?.split('/').pop() ?? '';
  await page.goto(`/compare?runs=${id},no-such-run&ns=${NS}`);
  const overview = page.getByRole('table', { name: 'Compared runs' });
  await expect(overview.getByRole('alert')).toContainText('Run no-such-run not found');
  await expect(overview.getByRole('link', { name: SWEEP })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Parameters' })
      .or(page.getByText('None of these runs has parameters.')),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
});

test("the experiment page's runs table compares its selected runs too", async ({
  page,
  signIn,
}) => {
  await signIn('alice', `/experiments?ns=${NS}`);
  await page.getByRole('link', { name: 'Model training', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model training');
  const runs = new ListPage(page, 'Runs');
  await runs.select([SWEEP, 'Relative data path']);
  await runs.bulkBar.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare 2 runs');
  const source = page
    .getByRole('table', { name: 'Parameters' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /source$/ }) });
  await expect(source).toHaveAttribute('data-differs', 'true');
  await expect(source.getByRole('cell')).toHaveText([/^iris\.csv$/, /^gs:\/\/.*default$/]);
  await page.waitForLoadState('networkidle');
});

test('adds a run from the picker, removes one, and folds sections from the keyboard; the URL keeps it all', async ({
  page,
  signIn,
}) => {
  await signIn('alice', `/runs?ns=${NS}`);
  const list = new ListPage(page, 'Runs');
  await list.search('earning');
  await list.expectNames([HIGH, SWEEP]);
  const idOf = async (name: string) =>
    ((await list.row(name).getByRole('link', { name, exact: true }).getAttribute('href')) ?? '')
      .split('?')[0]
      ?.split('/')
      .pop() ?? '';
  const sweep = await idOf(SWEEP);
  const high = await idOf(HIGH);
  await page.goto(`/compare?runs=${sweep},${high}&ns=${NS}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare 2 runs');
  const overview = page.getByRole('table', { name: 'Compared runs' });
  await expect(overview.getByRole('link', { name: SWEEP })).toBeVisible();
  await expect(
    overview.getByRole('button', { name: `Remove ${SWEEP} from the comparison` }),
  ).toBeDisabled();

  // Add: the picker starts at the runs' experiment, marks the compared runs, and searches by name.
  await page.getByRole('button', { name: 'Add runs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add runs to the comparison' });
  await expect(dialog.getByRole('combobox', { name: 'From' })).toHaveValue(/.+/);
  await expect(dialog.getByRole('option', { selected: true })).toHaveText(
    'Experiment Model training',
  );
  const sweepOption = dialog.getByRole('checkbox', { name: new RegExp(`^${SWEEP}`) });
  await expect(sweepOption).toBeChecked();
  await expect(sweepOption).toBeDisabled();
  await dialog.getByRole('searchbox', { name: 'Search runs' }).fill('Relative');
  await expect(dialog.getByRole('checkbox')).toHaveCount(1);
  await dialog.getByRole('checkbox', { name: /^Relative data path/ }).check();
  await dialog.getByRole('button', { name: 'Add run' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare 3 runs');
  await expect(overview.getByRole('link', { name: 'Relative data path' })).toBeVisible();
  const runsParam = () => new URL(page.url()).searchParams.get('runs')?.split(',') ?? [];
  expect(runsParam()).toHaveLength(3);
  expect(runsParam().slice(0, 2)).toEqual([sweep, high]);

  // Remove: the column goes, and so does its id.
  await overview.getByRole('button', { name: `Remove ${HIGH} from the comparison` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare 2 runs');
  await expect(overview.getByRole('link', { name: HIGH })).toHaveCount(0);
  expect(runsParam()).not.toContain(high);
  expect(runsParam()[0]).toBe(sweep);

  // Fold from the keyboard: Enter folds the parameters, Space opens them again; metrics stay folded.
  const parameters = page.getByRole('button', { name: 'Parameters', exact: true });
  const table = page.getByRole('table', { name: 'Parameters' });
  await expect(table).toBeVisible();
  await parameters.focus();
  await page.keyboard.press('Enter');
  await expect(parameters).toHaveAttribute('aria-expanded', 'false');
  await expect(table).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]collapsed=parameters(&|$)/);
  await page.keyboard.press('Space');
  await expect(parameters).toHaveAttribute('aria-expanded', 'true');
  await expect(table).toBeVisible();
  const metrics = page.getByRole('button', { name: 'Metrics', exact: true });
  await metrics.click();
  await expect(metrics).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Metrics', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.getByRole('table', { name: 'Metrics' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Parameters' })).toBeVisible();
  await page.waitForLoadState('networkidle');
});
