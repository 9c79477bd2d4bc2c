import type { Browser, Page } from '@playwright/test';
import { accessTokenOf, APP_URL, median, signedInContext } from './session.ts';

/** How long each request count is taken over. */
const WINDOW_MS = 10_000;
/** YOLO training takes ~6 s of simulated time per epoch: at the bench's --speed 20 this keeps the run active ~35 s. */
const EPOCHS = 100;

export interface RunRequestsFigures {
  /** Requests (fetch/XHR) in WINDOW_MS on the page of a running run, after it settled. */
  readonly whileActive: number;
  /** Gaps between successive reads of the run itself while it was active (ms). */
  readonly runPollGapsMs: readonly number[];
  /** Requests in WINDOW_MS on the same page once the run finished (polling must have stopped). */
  readonly afterFinish: number;
  /** The state it finished in. */
  readonly finalState: string;
  /** Requests in WINDOW_MS on a fresh page of the finished run, after it settled. */
  readonly finishedPageLoaded: number;
  /** What the active page asked for: "GET /pipeline/apis/v2beta1/runs/:id × 4". */
  readonly activeBreakdown: readonly string[];
  readonly afterFinishBreakdown: readonly string[];
}

interface Counted {
  readonly method: string;
  readonly path: string;
  readonly at: number;
}

/** A string at `keys` (a list on the way stands for its first item). */
function stringField(value: unknown, ...keys: readonly string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current)) current = current[0];
    if (typeof current !== 'object' || current === null || !(key in current)) return undefined;
    current = Reflect.get(current, key);
  }
  return typeof current === 'string' ? current : undefined;
}

/** The KFP API through the dashboard's proxy, as the signed-in user. */
async function api(
  storedUser: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${APP_URL}/pipeline${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${accessTokenOf(storedUser)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const parsed: unknown = await response.json();
  if (!response.ok)
    throw new Error(
      `${method} ${path} → ${String(response.status)}: ${JSON.stringify(parsed).slice(0, 200)}`,
    );
  return parsed;
}

/** Starts a long YOLO training run (the shared tutorial pipeline) in a fresh experiment of alice's. */
async function startActiveRun(storedUser: string): Promise<string> {
  const filter = JSON.stringify({
    predicates: [{ key: 'name', operation: 'EQUALS', string_value: 'yolo-object-detection' }],
  });
  const pipelineId = stringField(
    await api(storedUser, 'GET', `/apis/v2beta1/pipelines?filter=${encodeURIComponent(filter)}`),
    'pipelines',
    'pipeline_id',
  );
  if (pipelineId === undefined)
    throw new Error('no shared "yolo-object-detection" pipeline in the seed');
  const label = `Bench: run page requests ${new Date().toISOString()}`;
  const experiment = await api(storedUser, 'POST', '/apis/v2beta1/experiments', {
    display_name: label,
    namespace: 'kubeflow-alice',
  });
  const experimentId = stringField(experiment, 'experiment_id');
  if (experimentId === undefined) throw new Error('the experiment was not created');
  const run = await api(storedUser, 'POST', '/apis/v2beta1/runs', {
    display_name: label,
    experiment_id: experimentId,
    pipeline_version_reference: { pipeline_id: pipelineId },
    runtime_config: { parameters: { epochs: EPOCHS } },
  });
  const runId = stringField(run, 'run_id');
  if (runId === undefined) throw new Error('the run was not created');
  return runId;
}

/** Records the page's fetch/XHR requests (any origin: the API, the UI server, the identity provider). */
function recordRequests(page: Page): Counted[] {
  const seen: Counted[] = [];
  page.on('request', (request) => {
    const type = request.resourceType();
    if (type !== 'fetch' && type !== 'xhr') return;
    seen.push({ method: request.method(), path: new URL(request.url()).pathname, at: Date.now() });
  });
  return seen;
}

/** Requests made during the next WINDOW_MS. */
async function countWindow(page: Page, seen: readonly Counted[]): Promise<Counted[]> {
  const from = seen.length;
  await page.waitForTimeout(WINDOW_MS);
  return seen.slice(from);
}

function breakdown(requests: readonly Counted[], runId: string): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const key = `${r.method} ${r.path.replaceAll(runId, ':id')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} × ${String(n)}`);
}

/** Gaps between the reads of the most-read path (the v1 and v2 reads of a run are separate polls). */
function pollGaps(reads: readonly Counted[]): number[] {
  const byPath = new Map<string, number[]>();
  for (const r of reads) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.at]);
  const times = [...byPath.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return times.slice(1).map((at, i) => at - (times[i] ?? at));
}

const FINAL = /^(Succeeded|Failed|Canceled|Skipped)$/;

/**
 * The run page's requests while its run is active (polling, expected about every 2.5 s) and once it
 * finished (none expected), on the same page and on a page opened after the end. Starts its own run.
 */
export async function measureRunRequests(
  browser: Browser,
  storedUser: string,
): Promise<RunRequestsFigures> {
  const runId = await startActiveRun(storedUser);
  const context = await signedInContext(browser, storedUser);
  try {
    const page = await context.newPage();
    const seen = recordRequests(page);
    await page.goto(`${APP_URL}/runs/${runId}?ns=kubeflow-alice`);
    await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
    const state = page
      .locator('.page-header')
      .getByText(/^(Pending|Running|Succeeded|Skipped|Failed|Canceling|Canceled|Paused|Unknown)$/)
      .first();
    const startState = await state.textContent();
    if (startState !== null && FINAL.test(startState))
      throw new Error(`the run finished before it could be measured (${startState})`);
    const active = await countWindow(page, seen);
    const runPollGapsMs = pollGaps(
      active.filter((r) => r.method === 'GET' && r.path.endsWith(`/runs/${runId}`)),
    );

    await page.locator('.page-header').getByText(FINAL).first().waitFor({ timeout: 180_000 });
    const finalState =
      (await page.locator('.page-header').getByText(FINAL).first().textContent()) ?? '';
    // The last poll answered "finished": let its follow-ups (the final task states) settle.
    await page.waitForLoadState('networkidle');
    const afterFinish = await countWindow(page, seen);

    const fresh = await context.newPage();
    const freshSeen = recordRequests(fresh);
    await fresh.goto(`${APP_URL}/runs/${runId}?ns=kubeflow-alice`);
    await fresh.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
    await fresh.waitForLoadState('networkidle');
    const finishedPage = await countWindow(fresh, freshSeen);

    return {
      whileActive: active.length,
      runPollGapsMs,
      afterFinish: afterFinish.length,
      finalState,
      finishedPageLoaded: finishedPage.length,
      activeBreakdown: breakdown(active, runId),
      afterFinishBreakdown: breakdown([...afterFinish, ...finishedPage], runId),
    };
  } finally {
    await context.close();
  }
}

export function reportRunRequests(figures: RunRequestsFigures): string[] {
  const gaps = figures.runPollGapsMs;
  return [
    `active run page: requests in 10 s                                   ${String(figures.whileActive)} (run read every ${gaps.length === 0 ? '—' : `${String(median(gaps))} ms median`}; ≈ 2.5 s expected)`,
    ...figures.activeBreakdown.map((line) => `    ${line}`),
    `same page after the run finished (${figures.finalState}): requests in 10 s      ${String(figures.afterFinish)} (0 expected)`,
    `finished run page opened fresh: requests in 10 s after it settled  ${String(figures.finishedPageLoaded)} (0 expected)`,
    ...figures.afterFinishBreakdown.map((line) => `    ${line}`),
  ];
}
