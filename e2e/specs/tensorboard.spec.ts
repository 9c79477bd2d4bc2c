import { mkdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { accessToken, expect, test } from '../fixtures.ts';
import { RunOutput, seededRunId } from '../pages/visualizations.ts';

/** Set to a directory to save light and dark screenshots of the card there (for review, never the repo). */
const SCREENS = process.env.TENSORBOARD_SCREENS;
/** The image the tutorial's tensorboard_visualization writes into its ui metadata. */
const IMAGE = 'tensorflow/tensorflow:2.15.0';

async function screenshots(card: Locator, name: string): Promise<void> {
  if (SCREENS === undefined) return;
  mkdirSync(SCREENS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await card.page().emulateMedia({ colorScheme });
    await card.screenshot({ path: `${SCREENS}/${name}-${colorScheme}.png` });
  }
  await card.page().emulateMedia({ colorScheme: 'light' });
}

test.describe('TensorBoard through the UI server', () => {
  test.describe.configure({ timeout: 90_000 });

  test('v1 "YOLO 10 epochs": start a TensorBoard for the logs step, open its proxy page, stop it', async ({
    page,
    signIn,
    api,
    request,
    errorGuard,
  }) => {
    // Until the instance's pod answers, the readiness probe of its proxy path gets the proxy's 504.
    errorGuard.allow(/status of 504/);
    await signIn('alice', '/runs');
    const runId = await seededRunId(api, 'YOLO 10 epochs');
    const output = new RunOutput(page);
    await output.open(runId);
    await output.reveal('TensorBoard logs');
    const card = output.card('TensorBoard logs', 'TensorBoard');
    await card.scrollIntoViewIfNeeded();

    // None runs yet: the image choice (the output's own image first) and Start.
    const startButton = card.getByRole('button', { name: 'Start TensorBoard' });
    await expect(startButton).toBeVisible();
    await expect(card.getByRole('combobox')).toHaveValue(IMAGE);
    await startButton.click();

    // Running: the notice, then (once its pod answers) no more "starting" sentence.
    const notice = card.getByRole('status');
    await expect(notice).toContainText(`TensorBoard ${IMAGE} is running for this output.`);
    await expect(notice).not.toContainText('It is starting', { timeout: 30_000 });
    const open = card.getByRole('link', { name: 'Open TensorBoard' });
    const href = await open.getAttribute('href');
    expect(href).toMatch(/\/apps\/tensorboard\/proxy\/[^/]+\/$/);
    await screenshots(card, 'tensorboard-running');

    // The proxy path serves the instance's page (as the signed-in user).
    const placeholder = await request.get(new URL(href ?? '', page.url()).href, {
      headers: { Authorization: `Bearer ${await accessToken(page)}` },
    });
    expect(placeholder.status()).toBe(200);
    const html = await placeholder.text();
    expect(html).toContain('<h1>TensorBoard</h1>');
    expect(html).toContain(IMAGE);

    // Stop asks first; Cancel keeps it, Stop removes it and the card is back at Start.
    await card.getByRole('button', { name: 'Stop TensorBoard' }).click();
    const confirm = card.getByRole('group', { name: 'Stop TensorBoard?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(open).toBeVisible();
    await card.getByRole('button', { name: 'Stop TensorBoard' }).click();
    await confirm.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(startButton).toBeVisible();
    await expect(open).toBeHidden();
    await expect(card.getByRole('status')).toBeHidden();
  });
});
