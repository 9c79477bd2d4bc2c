import type { Browser } from '@playwright/test';
import { gzipSize, heavyChunks, kb, sizesOf } from './assets.ts';
import { APP_URL, median, signedInContext } from './session.ts';

export interface RunsListFigures {
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly firstRowMs: readonly number[];
  readonly apiRequests: number;
  readonly apiPaths: readonly string[];
  readonly heavyLoaded: readonly string[];
  readonly files: readonly string[];
  /** The ML Metadata client chunk(s), gzip bytes each (reported; loaded only where needed). */
  readonly mlmdChunks: readonly { readonly path: string; readonly gzip: number }[];
}

/** The runs list of the 10,000-run experiment's namespace, 100 rows a page, cold cache each time. */
export async function measureRunsList(
  browser: Browser,
  storedUser: string,
  repeats = 5,
): Promise<RunsListFigures> {
  const url = `${APP_URL}/runs?ns=kubeflow-alice&size=100`;
  const heavy = heavyChunks();
  const firstRowMs: number[] = [];
  let assets: string[] = [];
  let apiPaths: string[] = [];
  for (let i = 0; i < repeats; i++) {
    const context = await signedInContext(browser, storedUser);
    const page = await context.newPage();
    const loaded: string[] = [];
    const api: string[] = [];
    page.on('request', (request) => {
      const { origin, pathname, search } = new URL(request.url());
      if (origin !== APP_URL) return;
      if (pathname.startsWith('/assets/')) loaded.push(pathname);
      if (pathname.startsWith('/pipeline/apis/') || pathname.startsWith('/api/workgroup/'))
        api.push(`${pathname}${search.length > 0 ? '?…' : ''}`);
    });
    const start = Date.now();
    await page.goto(url);
    await page
      .locator('tbody tr:not([data-skeleton]) a')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    firstRowMs.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    assets = loaded;
    apiPaths = api;
    await context.close();
  }
  const sizes = sizesOf(assets);
  return {
    jsGzip: sizes.js,
    cssGzip: sizes.css,
    firstRowMs,
    apiRequests: apiPaths.filter(
      (path) => path.startsWith('/pipeline/apis/v2beta1/') && !path.includes('healthz'),
    ).length,
    apiPaths,
    files: sizes.files,
    heavyLoaded: assets.filter(
      (path) =>
        heavy.plotly.includes(path) || heavy.elk.includes(path) || heavy.mlmd.includes(path),
    ),
    mlmdChunks: heavy.mlmd.map((path) => ({ path, gzip: gzipSize(path) })),
  };
}

export function reportRunsList(figures: RunsListFigures): string[] {
  return [
    `runs list first-load JS (gzip)        ${kb(figures.jsGzip)}   (budget 200 KB)`,
    `  ${String(figures.files.filter((f) => f.endsWith('.js')).length)} files: ${[...figures.files]
      .filter((f) => f.endsWith('.js'))
      .sort((a, b) => gzipSize(b) - gzipSize(a))
      .map((f) => `${f.replace('/assets/', '')} ${kb(gzipSize(f))}`)
      .join(', ')}`,
    `runs list first-load CSS (gzip)       ${kb(figures.cssGzip)}`,
    `runs list navigation → first row      median ${median(figures.firstRowMs)} ms of ${figures.firstRowMs.join(', ')} (cold cache)`,
    `runs list data requests (100 rows)    ${figures.apiRequests}   (reported, not budgeted; all calls: ${figures.apiPaths.join(', ')})`,
    `plotly / elk / MLMD bytes on runs list ${figures.heavyLoaded.length === 0 ? 'none' : figures.heavyLoaded.join(', ')}`,
    `ML Metadata client chunk (gzip)       ${figures.mlmdChunks.length === 0 ? 'not found' : figures.mlmdChunks.map((c) => `${c.path.replace('/assets/', '')} ${kb(c.gzip)}`).join(', ')}   (lazy: v2 runs of released KFP, artifacts/executions pages)`,
  ];
}
