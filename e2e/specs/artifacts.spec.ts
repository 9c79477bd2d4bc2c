import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { RecordsPage } from '../pages/records-page.ts';

const NS = 'kubeflow-alice';

/** With KFP_SCREENS=DIR, light and dark screenshots of the page go there (to look at them). */
async function screens(page: Page, name: string): Promise<void> {
  const dir = process.env.KFP_SCREENS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('lists, searches and opens artifacts and executions, and follows their lineage', async ({
  page,
  signIn,
  shell,
}) => {
  const records = new RecordsPage(page);
  await signIn('alice', `/runs?ns=${NS}`);
  await shell.goTo('Artifacts');
  await expect(shell.heading).toHaveText('Artifacts');
  await expect(records.rows('Artifacts').first()).toBeVisible();
  // Pipeline and run of each row, the run by its name.
  await expect(records.rows('Artifacts').first().getByRole('link')).toHaveCount(2);
  await screens(page, 'artifacts');

  await records.search('artifacts', 'type', 'ClassificationMetrics');
  await expect(records.rows('Artifacts').first()).toContainText('ClassificationMetrics');
  for (const type of await records.rows('Artifacts').locator('td:nth-child(3)').allTextContents())
    expect(type).toBe('ClassificationMetrics');

  // One of alice's own (ML Metadata holds every namespace's records; files are read per namespace).
  await records.search('artifacts', 'pipeline', 'training-with-metrics');
  await records
    .rows('Artifacts')
    .filter({ hasText: 'ClassificationMetrics' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/\/artifacts\/\d+/);
  const facts = page.getByRole('table', { name: 'Artifact' });
  await expect(facts).toContainText('minio://');
  await expect(facts.getByRole('row', { name: /^Run/ }).getByRole('link')).toHaveAttribute(
    'href',
    /^\/runs\/[0-9a-f-]+\?ns=kubeflow-alice$/,
  );
  await expect(page.getByRole('region', { name: 'Visualization' })).toBeVisible();
  await screens(page, 'artifact-details');

  // Lineage: the producer, one hop more on request (keyboard), then the producer's page.
  const producedBy = records.lineageColumn('Produced by');
  const expand = producedBy.getByRole('button', { name: /Show its inputs/ });
  await expand.focus();
  await page.keyboard.press('Enter');
  await expect(expand).toHaveAttribute('aria-expanded', 'true');
  const hop = producedBy.getByRole('list', { name: /came from/ });
  await expect(hop.getByRole('link').first()).toBeVisible();
  await screens(page, 'lineage-artifact');
  const producer = producedBy.getByRole('link').first();
  const producerName = (await producer.locator('span').nth(1).textContent()) ?? '';
  await producer.click();
  await expect(page).toHaveURL(/\/executions\/\d+/);
  await expect(shell.heading).toHaveText(producerName);
  await expect(page.getByRole('table', { name: 'Execution' })).toContainText('Succeeded');
  await expect(records.lineageColumn('Outputs').getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Input parameters' })).toBeVisible();
  await records.lineageColumn('Inputs').getByRole('button').first().click();
  await screens(page, 'execution-details');

  await shell.goTo('Executions');
  await expect(records.rows('Executions').first()).toBeVisible();
  await records.search('executions', 'name', 'train');
  await expect(records.rows('Executions').first()).toContainText('train');
  await screens(page, 'executions');
  await expect(page.getByRole('button', { name: 'Next page' })).toBeVisible();
});
