import type { Browser } from '@playwright/test';
import { APP_URL, median, signedInContext } from './session.ts';

/**
 * The Artifacts page of a namespace with 5,000 artifacts (the large profile's 500 artifact-load runs
 * in kubeflow-alice): navigation → first row, and → every row's pipeline and run shown, cold cache;
 * the same for a search by pipeline (MLMD filter_query on the pipeline context). KFP's own page
 * reads every artifact of the store (and one creation time per artifact) before its first row.
 */
export interface ArtifactListFigures {
  readonly firstRowMs: readonly number[];
  readonly originsMs: readonly number[];
  readonly searchFirstRowMs: readonly number[];
  /** The emulator's first ML Metadata answer after start (it projects every run once). */
  readonly warmUpMs: number;
}

const FIRST_ROW = 'table[aria-label="Artifacts"] tbody tr:not([data-skeleton]) a';
const PLACEHOLDER =
  'table[aria-label="Artifacts"] [aria-label="Loading the pipeline and run…"], table[aria-label="Artifacts"] [aria-label="Loading the run\'s name…"]';

async function sample(
  browser: Browser,
  storedUser: string,
  url: string,
): Promise<{ firstRowMs: number; originsMs: number }> {
  const context = await signedInContext(browser, storedUser);
  try {
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(url);
    await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
    const firstRowMs = Date.now() - start;
    await page.locator(PLACEHOLDER).first().waitFor({ state: 'detached', timeout: 60_000 });
    return { firstRowMs, originsMs: Date.now() - start };
  } finally {
    await context.close();
  }
}

export async function measureArtifactsList(
  browser: Browser,
  storedUser: string,
  repeats = 5,
): Promise<ArtifactListFigures> {
  const list = `${APP_URL}/artifacts?ns=kubeflow-alice`;
  const search = `${APP_URL}/artifacts?ns=kubeflow-alice&by=pipeline&q=artifact-load`;
  const warm = Date.now();
  await sample(browser, storedUser, list);
  const warmUpMs = Date.now() - warm;
  const firstRowMs: number[] = [];
  const originsMs: number[] = [];
  const searchFirstRowMs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const plain = await sample(browser, storedUser, list);
    firstRowMs.push(plain.firstRowMs);
    originsMs.push(plain.originsMs);
    searchFirstRowMs.push((await sample(browser, storedUser, search)).firstRowMs);
  }
  return { firstRowMs, originsMs, searchFirstRowMs, warmUpMs };
}

export function reportArtifactsList(f: ArtifactListFigures): string[] {
  return [
    'artifacts page, 5,000 artifacts in kubeflow-alice (cold cache, median ms; budget: first page < 1,000):',
    `  first row                  ${median(f.firstRowMs)} (${f.firstRowMs.join(', ')})`,
    `  every pipeline/run shown   ${median(f.originsMs)} (${f.originsMs.join(', ')})`,
    `  search by pipeline, 1st row ${median(f.searchFirstRowMs)} (${f.searchFirstRowMs.join(', ')})`,
    `  (emulator warm-up: its first ML Metadata page after start took ${f.warmUpMs} ms; not counted)`,
  ];
}
