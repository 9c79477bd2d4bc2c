import type { BrowserContext } from '@playwright/test';
import { APP_URL, median } from './session.ts';

const ROW = 'tbody tr:not([data-skeleton]) a';

export interface WarmNavFigures {
  /** Runs list → a run's page (its data not cached yet): click → the run's title. */
  readonly toRunMs: readonly number[];
  /** Back to the list: history back → first row (expected at once: the list is cached). */
  readonly backMs: readonly number[];
  /** Whether a loading placeholder row was seen after going back (none expected). */
  readonly skeletonAfterBack: number;
}

/**
 * A warm navigation: the runs list loaded (cold), then a run opened from it, then back. Going back
 * must show the cached list at once (TanStack Query refreshes it in the background).
 */
export async function measureWarmNav(
  newContext: () => Promise<BrowserContext>,
  repeats = 5,
): Promise<WarmNavFigures> {
  const toRunMs: number[] = [];
  const backMs: number[] = [];
  let skeletonAfterBack = 0;
  for (let i = 0; i < repeats; i++) {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${APP_URL}/runs?ns=kubeflow-alice`);
      const link = page.locator(ROW).first();
      await link.waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const name = (await link.textContent()) ?? '';
      let start = Date.now();
      await link.click();
      await page
        .locator('.page-header h1', { hasText: name })
        .waitFor({ state: 'visible', timeout: 60_000 });
      toRunMs.push(Date.now() - start);
      await page.waitForLoadState('networkidle');
      start = Date.now();
      await page.goBack();
      await page.locator(ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
      backMs.push(Date.now() - start);
      if ((await page.locator('tbody tr[data-skeleton]').count()) > 0) skeletonAfterBack += 1;
    } finally {
      await context.close();
    }
  }
  return { toRunMs, backMs, skeletonAfterBack };
}

export function reportWarmNav(figures: WarmNavFigures): string[] {
  return [
    'warm navigation, runs list → run → back (median of samples, ms):',
    `  list → run page (title)   ${String(median(figures.toRunMs))} (${figures.toRunMs.join(', ')})`,
    `  back → first row          ${String(median(figures.backMs))} (${figures.backMs.join(', ')}); placeholder rows after back in ${String(figures.skeletonAfterBack)} of ${String(figures.backMs.length)} (0 expected: cached at once)`,
  ];
}
