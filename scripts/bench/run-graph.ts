import type { BrowserContext, Page } from '@playwright/test';
import { heavyChunks } from './assets.ts';
import { installFirstRowProbe, readFirstRowProbe } from './first-row-probe.ts';
import { accessTokenOf, APP_URL, median } from './session.ts';

/** The large profile's run graph benchmarks (emulator/seed/large-profile.ts), by display name. */
export const GRAPH_RUNS = [
  { name: 'Wide fan-out v1 (300 tasks)', label: '300 tasks, v1' },
  { name: 'Wide fan-out (300 tasks)', label: '300 tasks, v2' },
  { name: 'Wide fan-out v1 (1,000 tasks)', label: '1,000 tasks, v1' },
  { name: 'Wide fan-out', label: '1,000 tasks, v2' },
] as const;

/** One cold load's first node by two clocks, as the lists' first row (first-row-probe.ts). */
export interface FirstNodeSample {
  /** Playwright's wait (it polls at 20, 50, 100, 100, then every 500 ms after the load event). */
  readonly polledMs: number;
  /** The frame that shows the first node, by the page's own clock. */
  readonly inPageMs: number;
  /** The first node in the document, by the page's own clock. */
  readonly domMs: number;
}

export interface RunGraphFigures {
  readonly runs: readonly {
    readonly label: string;
    readonly samples: readonly FirstNodeSample[];
  }[];
  /** Of the 1,000-task v2 run. */
  readonly nodesPainted: number;
  readonly requestsWhileFinished: number;
  readonly apiCalls: readonly string[];
  readonly plotlyBeforeChart: readonly string[];
}

/** A run of alice's by its display name, through the API (a token, or none on a single-user emulator). */
export async function runIdByName(
  displayName: string,
  storedUser?: string,
  apiUrl = `${APP_URL}/pipeline`,
): Promise<string> {
  const filter = JSON.stringify({
    predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: displayName }],
  });
  const namespace = storedUser === undefined ? '' : 'namespace=kubeflow-alice&';
  const url = `${apiUrl}/apis/v2beta1/runs?${namespace}filter=${encodeURIComponent(filter)}`;
  const response = await fetch(url, {
    headers:
      storedUser === undefined ? {} : { Authorization: `Bearer ${accessTokenOf(storedUser)}` },
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
    `no "${displayName}" run (is the emulator on --profile large?): ${JSON.stringify(body).slice(0, 200)}`,
  );
}

/** Waits until the graph canvas shows its first node. */
export async function firstNodes(page: Page, selector = '.react-flow__node'): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
}

/** Navigation → first graph node of one page, cold cache (a fresh context). */
export async function timeFirstNodes(
  newContext: () => Promise<BrowserContext>,
  url: string,
  selector = '.react-flow__node',
): Promise<FirstNodeSample> {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await installFirstRowProbe(page, selector);
    const start = Date.now();
    await page.goto(url);
    await firstNodes(page, selector);
    const polledMs = Date.now() - start;
    const probe = await readFirstRowProbe(page);
    return {
      polledMs,
      inPageMs: probe?.paintMs ?? Number.NaN,
      domMs: probe?.domMs ?? Number.NaN,
    };
  } finally {
    await context.close();
  }
}

/** The medians of both clocks, and the samples. */
export function reportFirstNodes(samples: readonly FirstNodeSample[]): string {
  const inPage = samples.map((sample) => sample.inPageMs);
  const polled = samples.map((sample) => sample.polledMs);
  return `in page ${String(median(inPage))} (${inPage.join(', ')})   polled ${String(median(polled))} (${polled.join(', ')})`;
}

/**
 * Navigation → first painted graph nodes of the 300- and 1,000-task runs, v1 and v2 (cold cache each
 * time, samples of the four interleaved); then, on the 1,000-task v2 run, the API calls it made, the
 * requests the finished run page makes in 10 s after it settled (no polling expected) and whether any
 * plotly bytes arrived on the graph tab before a chart was opened.
 */
export async function measureRunGraph(
  newContext: () => Promise<BrowserContext>,
  storedUser: string | undefined,
  repeats = 5,
): Promise<RunGraphFigures> {
  const ids = await Promise.all(GRAPH_RUNS.map((run) => runIdByName(run.name, storedUser)));
  const ns = storedUser === undefined ? '' : '?ns=kubeflow-alice';
  const samples: FirstNodeSample[][] = GRAPH_RUNS.map(() => []);
  for (let i = 0; i < repeats; i++)
    for (const [index, runId] of ids.entries())
      samples[index]?.push(await timeFirstNodes(newContext, `${APP_URL}/runs/${runId}${ns}`));

  const wideId = ids[ids.length - 1] ?? '';
  const plotly = heavyChunks().plotly;
  const context = await newContext();
  try {
    const page = await context.newPage();
    const assets: string[] = [];
    const api: string[] = [];
    page.on('request', (request) => {
      const { origin, pathname } = new URL(request.url());
      if (origin !== APP_URL) return;
      if (pathname.startsWith('/assets/')) assets.push(pathname);
      if (pathname.startsWith('/pipeline/') || pathname.startsWith('/ml_metadata'))
        api.push(`${request.method()} ${pathname.replaceAll(wideId, ':id')}`);
    });
    await page.goto(`${APP_URL}/runs/${wideId}${ns}`);
    await firstNodes(page);
    await page.waitForLoadState('networkidle');
    const nodesPainted = await page.locator('.react-flow__node').count();
    const before = api.length;
    await page.waitForTimeout(10_000);
    return {
      runs: GRAPH_RUNS.map((run, index) => ({
        label: run.label,
        samples: samples[index] ?? [],
      })),
      nodesPainted,
      requestsWhileFinished: api.length - before,
      apiCalls: countCalls(api.slice(0, before)),
      plotlyBeforeChart: assets.filter((path) => plotly.includes(path)),
    };
  } finally {
    await context.close();
  }
}

function countCalls(calls: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
  return [...counts].map(([call, n]) => (n === 1 ? call : `${call} × ${String(n)}`));
}

export function reportRunGraph(figures: RunGraphFigures): string[] {
  return [
    'run graph navigation → first nodes, cold cache (median of samples, ms; budget 1,500):',
    ...figures.runs.map((run) => `  ${run.label.padEnd(16)} ${reportFirstNodes(run.samples)}`),
    `1,000-task v2 run: nodes painted (groups collapsed/expanded as drawn)  ${String(figures.nodesPainted)}`,
    `1,000-task v2 run: calls to load it                                    ${figures.apiCalls.join(', ')}`,
    `finished run page: API requests in 10 s after it settled               ${String(figures.requestsWhileFinished)} (no polling expected)`,
    `plotly bytes on the run graph before a chart is opened                 ${figures.plotlyBeforeChart.length === 0 ? 'none' : figures.plotlyBeforeChart.join(', ')}`,
  ];
}
