import type { BrowserContext } from '@playwright/test';
import { accessTokenOf, APP_URL } from './session.ts';

const ROW = 'tbody tr:not([data-skeleton]) a';
const PAGES = 20;

export interface HeapFigures {
  readonly experimentRuns: string;
  readonly pageSize: number;
  /** JS heap in use after a forced garbage collection (bytes): on the first page, after PAGES pages. */
  readonly firstPageBytes: number;
  readonly afterPagingBytes: number;
}

/** The large profile's 10,000-run experiment ("Load test"), through the API. */
async function loadTestExperimentId(storedUser: string): Promise<string> {
  const filter = JSON.stringify({
    predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: 'Load test' }],
  });
  const response = await fetch(
    `${APP_URL}/pipeline/apis/v2beta1/experiments?namespace=kubeflow-alice&filter=${encodeURIComponent(filter)}`,
    { headers: { Authorization: `Bearer ${accessTokenOf(storedUser)}` } },
  );
  const body: unknown = await response.json();
  const list =
    typeof body === 'object' &&
    body !== null &&
    'experiments' in body &&
    Array.isArray(body.experiments)
      ? body.experiments
      : [];
  const first: unknown = list[0];
  if (
    typeof first === 'object' &&
    first !== null &&
    'experiment_id' in first &&
    typeof first.experiment_id === 'string'
  )
    return first.experiment_id;
  throw new Error('no "Load test" experiment (is the emulator on --profile large?)');
}

/**
 * JS heap of the experiment page of the 10,000-run experiment after paging through PAGES pages of its
 * runs (Chrome DevTools Protocol: HeapProfiler.collectGarbage, then Runtime.getHeapUsage).
 */
export async function measureHeap(
  newContext: () => Promise<BrowserContext>,
  storedUser: string,
): Promise<HeapFigures> {
  const experimentId = await loadTestExperimentId(storedUser);
  const context = await newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const usedHeap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return usage.usedSize;
    };
    await page.goto(`${APP_URL}/experiments/${experimentId}?ns=kubeflow-alice`);
    await page.locator(ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const pageSize = await page.locator(ROW).count();
    const firstPageBytes = await usedHeap();
    let first = (await page.locator(ROW).first().textContent()) ?? '';
    for (let i = 0; i < PAGES; i++) {
      await page.getByRole('button', { name: 'Next page' }).first().click();
      // The page turned when its first row changed.
      await page.waitForFunction(
        ([selector, previous]) => {
          const row = document.querySelector(selector ?? '');
          return row !== null && row.textContent !== previous;
        },
        [ROW, first],
        { timeout: 60_000 },
      );
      first = (await page.locator(ROW).first().textContent()) ?? '';
    }
    await page.waitForLoadState('networkidle');
    return {
      experimentRuns: experimentId,
      pageSize,
      firstPageBytes,
      afterPagingBytes: await usedHeap(),
    };
  } finally {
    await context.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function reportHeap(figures: HeapFigures): string[] {
  return [
    `JS heap, 10,000-run experiment page (${String(figures.pageSize)} rows a page), after GC: first page ${mb(figures.firstPageBytes)}, after ${String(PAGES)} pages ${mb(figures.afterPagingBytes)}   (budget 60 MB)`,
  ];
}
