import { readFile } from 'node:fs/promises';
import type { Page, Response } from '@playwright/test';
import { expect, test, type KfpApi } from '../fixtures.ts';
import { RunPage } from '../pages/run-page.ts';

const NS = 'kubeflow-alice';

/** A seeded run of alice's by its display name. */
async function seededRun(api: KfpApi, name: string): Promise<string> {
  const filter = JSON.stringify({
    predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: name }],
  });
  const body = await api.get(
    `/apis/v2beta1/runs?namespace=${NS}&filter=${encodeURIComponent(filter)}`,
  );
  const runs = typeof body === 'object' && body !== null && 'runs' in body ? body.runs : [];
  const first: unknown = Array.isArray(runs) ? runs[0] : undefined;
  if (typeof first === 'object' && first !== null && 'run_id' in first) return String(first.run_id);
  throw new Error(`No seeded run named ${name}`);
}

/** Bytes the page received from artifacts/get, counted off the wire (response bodies). */
function countArtifactBytes(page: Page) {
  const seen: Promise<number>[] = [];
  const urls: string[] = [];
  const onResponse = (response: Response) => {
    if (!response.url().includes('/artifacts/get')) return;
    urls.push(response.url());
    seen.push(
      response.body().then(
        (b) => b.byteLength,
        () => 0,
      ),
    );
  };
  page.on('response', onResponse);
  return {
    urls,
    total: async () => (await Promise.all(seen)).reduce((a, b) => a + b, 0),
  };
}

/** With KFP_SCREENS=DIR, light and dark screenshots go there (to look at them). */
async function screens(page: Page, name: string): Promise<void> {
  const dir = process.env.KFP_SCREENS;
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function outputRow(run: RunPage, name: string) {
  return run.panel
    .getByRole('region', { name: 'Output artifacts' })
    .getByRole('row')
    .filter({ has: run.page.getByRole('rowheader', { name, exact: true }) });
}

test.describe('artifact files: size, download, full view', () => {
  test('downloads a v1 and a v2 artifact, each with its size shown first', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', `/runs?ns=${NS}`);
    const run = new RunPage(page);

    // v1 (kfp 1.8, Argo): multiply's `multiply-value` output, an Argo tar.gz that artifacts/get unpacks.
    await run.open(await seededRun(api, 'Multiply 3 × 4'), `?ns=${NS}`);
    await run.openNode('multiply');
    const v1 = outputRow(run, 'multiply-value');
    await expect(v1.getByText('4 bytes')).toBeVisible();
    const v1Button = v1.getByRole('button', { name: 'Download multiply-value (4 bytes)' });
    const [v1Download] = await Promise.all([page.waitForEvent('download'), v1Button.click()]);
    // Chromium may add an extension for text it sniffs.
    expect(v1Download.suggestedFilename()).toMatch(/^multiply-value(\.txt)?$/);
    const v1Text = await readFile(await v1Download.path(), 'utf8');
    expect(v1Text).toBe('12.0');
    await expect(v1.getByText('Downloaded 4 bytes')).toBeVisible();

    // v2 (ML Metadata): load-dataset's `dataset`, a CSV written raw at its URI.
    await run.open(await seededRun(api, 'Learning-rate sweep'), `?ns=${NS}`);
    await run.openNode('load-dataset');
    const v2 = outputRow(run, 'dataset');
    const v2Button = v2.getByRole('button', { name: /^Download dataset \(\d+(\.\d)? KB\)$/ });
    await expect(v2Button).toBeVisible();
    const shown = /\((\d+(?:\.\d)?) KB\)/.exec((await v2Button.getAttribute('aria-label')) ?? '');
    await expect(v2.getByText(`${shown?.[1] ?? '?'} KB`, { exact: true })).toBeVisible();
    const [v2Download] = await Promise.all([page.waitForEvent('download'), v2Button.click()]);
    const v2Bytes = await readFile(await v2Download.path());
    expect(String(Math.round((v2Bytes.byteLength / 1024) * 10) / 10)).toBe(shown?.[1]);
    expect(v2Bytes.toString('utf8').split('\n')[0]).toBe(
      'sepal_length,sepal_width,petal_length,petal_width,species',
    );
    await v2.getByRole('button', { name: 'Preview' }).click();
    await v2.scrollIntoViewIfNeeded();
    await screens(page, 'step-panel-artifacts');
  });

  test('a 500 MB artifact costs its preview 4 KB; View all stops at 10 MB and offers the download', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', `/runs?ns=${NS}`);
    const wire = countArtifactBytes(page);
    const run = new RunPage(page);
    await run.open(await seededRun(api, 'Export 500 MB image index'), `?ns=${NS}`);
    await run.openNode('export-images');
    const images = outputRow(run, 'images');
    await expect(images.getByText('more than 4 KB')).toBeVisible();
    await images.getByRole('button', { name: 'Preview' }).click();
    await expect(images.getByLabel(/^Preview of/)).toContainText('image_id,width,height');
    await expect(outputRow(run, 'summary').getByText(/^\d+ bytes$/)).toBeVisible();
    // The launcher's log file is an output too (KFP ≥ 2.5).
    await expect(
      outputRow(run, 'executor-logs').getByText(/^(\d+ bytes|[\d.]+ KB|more than 4 KB)$/),
    ).toBeVisible();
    // Three artifacts, one peek each: at most 4,097 bytes apiece came over the network.
    expect(wire.urls).toHaveLength(3);
    for (const url of wire.urls) expect(new URL(url).searchParams.get('peek')).toBe('4097');
    expect(await wire.total()).toBeLessThanOrEqual(3 * 4097);
    await images.scrollIntoViewIfNeeded();
    await screens(page, 'step-panel-large');

    // The narrow panel keeps its six tabs on one row: the hidden end fades, End reaches Events.
    const tabs = run.panel.getByRole('tablist', { name: 'Step views' });
    await expect(tabs).toHaveAttribute('data-more-after', 'true');
    await run.nodeTab('Inputs / outputs').focus();
    await page.keyboard.press('End');
    await expect(run.nodeTab('Events')).toHaveAttribute('aria-selected', 'true');
    await expect(run.nodeTab('Events')).toBeFocused();
    await expect(tabs).toHaveAttribute('data-more-before', 'true');
    // Same row as the first tab, and scrolled into the panel's view.
    const firstBox = await run.nodeTab('Inputs / outputs').boundingBox();
    expect((await run.nodeTab('Events').boundingBox())?.y).toBe(firstBox?.y);
    await expect(run.nodeTab('Events')).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(run.nodeTab('Inputs / outputs')).toHaveAttribute('aria-selected', 'true');

    await images.getByRole('button', { name: /^View all/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Too large to show whole:')).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByRole('button', { name: /^Download images/ })).toBeVisible();
    await expect(dialog.getByText(/^img-000000001\.jpg/)).toBeVisible();
    expect(await wire.total()).toBeLessThanOrEqual(2 * 4097 + 10 * 1024 * 1024 + 1);
    await screens(page, 'full-view-large');
  });
});
