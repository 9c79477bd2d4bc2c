import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures.ts';
import { RunPage } from '../pages/run-page.ts';
import { seededRunId } from '../pages/visualizations.ts';

/** Set to a directory to save the cached run page and step panel there, light and dark. */
const SCREENS = process.env.CACHE_SCREENS;
const FIRST = 'Multiply 7 × 8 (kfp 2)';
const AGAIN = 'Multiply 7 × 8 again (from cache)';

async function screenshots(run: RunPage, name: string): Promise<void> {
  if (SCREENS === undefined) return;
  mkdirSync(SCREENS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await run.page.emulateMedia({ colorScheme });
    await run.page.screenshot({ path: `${SCREENS}/${name}-${colorScheme}.png` });
  }
  await run.page.emulateMedia({ colorScheme: null });
}

// The seed runs the kfp 2 data handling twice with the same inputs: KFP's cache gives the second
// run multiply and write-result-to-text; get-text-file has caching disabled and runs again. From
// tasks[] (KFP master) or task details + ML Metadata (released KFP): the same in both passes.
test(
  'a seeded run whose tasks came from the cache: cached on the graph, the step panel says so and has no log',
  { tag: '@both-modes' },
  async ({ page, signIn, api }) => {
    await signIn('alice', '/runs');
    const run = new RunPage(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await run.open(await seededRunId(api, AGAIN));
    await expect(run.runState()).toHaveText('Succeeded');
    for (const step of ['multiply', 'write-result-to-text']) {
      await expect(run.nodeState(step)).toHaveAttribute('data-state', 'CACHED');
      await expect(run.nodeState(step).getByText('Cached', { exact: true })).toBeVisible();
    }
    await expect(run.nodeState('get-text-file')).toHaveAttribute('data-state', 'SUCCEEDED');

    await run.openNode('multiply');
    await expect(run.panel.getByRole('heading', { name: 'multiply' })).toBeVisible();
    await expect(run.panel.getByText('Cached', { exact: true }).first()).toBeVisible();
    // The outputs are the first run's, copied by the driver.
    await run.nodeTab('Inputs / outputs').click();
    const outputs = run.panel.getByRole('region', { name: 'Output parameters' });
    await expect(outputs).toContainText('equation7.0 * 8.0 = 56.0');
    await expect(outputs).toContainText('value56 · NUMBER_DOUBLE');
    await run.nodeTab('Details').click();
    await expect(run.panel).toContainText(
      "Taken from the cache: the step's container did not run.",
    );
    await screenshots(run, 'cached-details');
    await run.nodeTab('Logs').click();
    await expect(run.panel.getByText('No log: taken from the cache')).toBeVisible();
    await screenshots(run, 'cached-logs');

    // The step with caching disabled ran: its own log.
    await run.openNode('get-text-file');
    await run.nodeTab('Logs').click();
    await expect(run.panel.getByText('No log: taken from the cache')).toHaveCount(0);
    await expect(run.panel.getByText(/Content of the text file: 56\.0/)).toBeVisible();

    // The first run executed every step.
    await run.open(await seededRunId(api, FIRST));
    for (const step of ['multiply', 'write-result-to-text', 'get-text-file'])
      await expect(run.nodeState(step)).toHaveAttribute('data-state', 'SUCCEEDED');
  },
);

// Only ML Metadata names the original execution (`cached_execution_id`); tasks[] has no such field.
test('released KFP: a cached step links the execution it reused, which belongs to the first run', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('alice', '/runs');
  const run = new RunPage(page);
  await run.open(await seededRunId(api, AGAIN));
  await run.openNode('multiply');
  await run.nodeTab('Details').click();
  const link = run.panel.getByRole('link', { name: /^Execution \d+$/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/executions\/\d+/);
  await expect(page.getByRole('main')).toContainText('multiply');
  const first = await seededRunId(api, FIRST);
  await expect(page.locator(`main a[href^="/runs/${first}"]`).first()).toBeVisible();
});
