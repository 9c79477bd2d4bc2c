import type { Browser, Page } from '@playwright/test';
import { heavyChunks } from './assets.ts';
import { accessTokenOf, APP_URL, median, signedInContext } from './session.ts';

export interface RunGraphFigures {
  readonly runName: string;
  readonly firstNodesMs: readonly number[];
  readonly nodesPainted: number;
  readonly requestsWhileFinished: number;
  readonly plotlyBeforeChart: readonly string[];
}

/** The id of the large profile's 1,000-task run ("Wide fan-out"), through the API. */
async function wideRunId(storedUser: string): Promise<string> {
  const filter = JSON.stringify({
    predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: 'Wide fan-out' }],
  });
  const url = `${APP_URL}/pipeline/apis/v2beta1/runs?namespace=kubeflow-alice&filter=${encodeURIComponent(filter)}`;
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${accessTokenOf(storedUser)}` },
  });
  const body: unknown = await response.json();
  const runs =
    typeof body === 'object' && body !== null && 'runs' in body && Array.isArray(body.runs)
      ? body.runs
      : [];
  const first: unknown = runs[0];
  if (
    typeof first === 'object' &&
    first !== null &&
    'run_id' in first &&
    typeof first.run_id === 'string'
  )
    return first.run_id;
  throw new Error(
    `no "Wide fan-out" run (is the emulator on --profile large?): ${JSON.stringify(body).slice(0, 200)}`,
  );
}

/** Waits until the graph canvas shows its first node. */
export async function firstNodes(page: Page): Promise<void> {
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * Navigation → first painted graph nodes of the finished 1,000-task run (cold cache each time), the
 * requests the finished run page makes in 10 s after it settled (no polling expected), and whether any
 * plotly bytes arrived on the graph tab before a chart was opened.
 */
export async function measureRunGraph(
  browser: Browser,
  storedUser: string,
  repeats = 5,
): Promise<RunGraphFigures> {
  const runId = await wideRunId(storedUser);
  const plotly = heavyChunks().plotly;
  const firstNodesMs: number[] = [];
  let nodesPainted = 0;
  let requestsWhileFinished = 0;
  let plotlyBeforeChart: string[] = [];
  for (let i = 0; i < repeats; i++) {
    const context = await signedInContext(browser, storedUser);
    const page = await context.newPage();
    const assets: string[] = [];
    const api: string[] = [];
    page.on('request', (request) => {
      const { origin, pathname } = new URL(request.url());
      if (origin !== APP_URL) return;
      if (pathname.startsWith('/assets/')) assets.push(pathname);
      if (pathname.startsWith('/pipeline/')) api.push(pathname);
    });
    const start = Date.now();
    await page.goto(`${APP_URL}/runs/${runId}?ns=kubeflow-alice`);
    await firstNodes(page);
    firstNodesMs.push(Date.now() - start);
    if (i === repeats - 1) {
      await page.waitForLoadState('networkidle');
      nodesPainted = await page.locator('.react-flow__node').count();
      const before = api.length;
      await page.waitForTimeout(10_000);
      requestsWhileFinished = api.length - before;
      plotlyBeforeChart = assets.filter((path) => plotly.includes(path));
    }
    await context.close();
  }
  return {
    runName: 'Wide fan-out',
    firstNodesMs,
    nodesPainted,
    requestsWhileFinished,
    plotlyBeforeChart,
  };
}

export function reportRunGraph(figures: RunGraphFigures): string[] {
  return [
    `run graph (${figures.runName}, ~1,000 tasks) navigation → first nodes   median ${median(figures.firstNodesMs)} ms of ${figures.firstNodesMs.join(', ')} (budget 1.5 s)`,
    `run graph nodes painted (visible groups collapsed/expanded as drawn)   ${figures.nodesPainted}`,
    `finished run page: API requests in 10 s after it settled               ${figures.requestsWhileFinished} (no polling expected)`,
    `plotly bytes on the run graph before a chart is opened                 ${figures.plotlyBeforeChart.length === 0 ? 'none' : figures.plotlyBeforeChart.join(', ')}`,
  ];
}
