import { expect, test } from '../fixtures.ts';
import { createExperiment, createPipeline, createRun, NS } from '../list-data.ts';

test('the experiment page lists its runs, archives and restores the experiment', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('alice', `/experiments?ns=${NS}`);
  const prefix = `e2e-exp-${Date.now().toString(36)}`;
  const experimentId = await createExperiment(
    api,
    prefix,
    'Seeded by the experiment-details spec.',
  );
  const pipelineId = await createPipeline(api, `${prefix} pipeline`);
  for (const name of ['run a', 'run b'])
    await createRun(api, `${prefix} ${name}`, experimentId, pipelineId);

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
