import {
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
  type Route,
} from '@playwright/test';
import { gunzipSync, gzipSync } from 'fflate';
import { createTar, parseTar } from 'nanotar';
import { accessToken, EMULATOR_URL, type KfpApi } from '../fixtures.ts';
import { isJsonObject } from '../../emulator/lib/json.ts';

/** The plain-object guard, for the specs. */
export const isRecord = isJsonObject;

/** Helpers of the visualization specs: seeded runs and their files through the API, plot data from the page. */

export const NS = 'kubeflow-alice';

function text(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  throw new Error(`${what}: expected a string, got ${JSON.stringify(value)}`);
}

export function numbers(value: unknown, what: string): number[] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value;
  throw new Error(`${what}: expected numbers, got ${JSON.stringify(value ?? null).slice(0, 200)}`);
}

export function matrix(value: unknown, what: string): number[][] {
  if (Array.isArray(value)) return value.map((row, i) => numbers(row, `${what}[${i}]`));
  throw new Error(`${what}: expected a matrix, got ${JSON.stringify(value ?? null).slice(0, 200)}`);
}

export function strings(value: unknown, what: string): string[] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new Error(`${what}: expected strings, got ${JSON.stringify(value ?? null).slice(0, 200)}`);
}

/** The id of a run the emulator seeded, by its display name. */
export async function seededRunId(api: KfpApi, name: string): Promise<string> {
  const body = await api.get(`/apis/v2beta1/runs?namespace=${NS}&page_size=200`);
  const runs: unknown[] = isRecord(body) && Array.isArray(body.runs) ? body.runs : [];
  const run = runs.find((item) => isRecord(item) && item.display_name === name);
  if (!isRecord(run)) throw new Error(`no seeded run "${name}"`);
  return text(run.run_id, 'run_id');
}

/** Argo node ids of a v1 run by the step's display name (from the workflow manifest of the v1 API). */
export async function v1NodeIds(api: KfpApi, runId: string): Promise<Map<string, string>> {
  const body = await api.get(`/apis/v1beta1/runs/${runId}`);
  const runtime = isRecord(body) ? body.pipeline_runtime : undefined;
  const manifest: unknown = JSON.parse(
    text(isRecord(runtime) ? runtime.workflow_manifest : undefined, 'workflow_manifest'),
  );
  const status = isRecord(manifest) ? manifest.status : undefined;
  const nodes = isRecord(status) && isRecord(status.nodes) ? status.nodes : {};
  const ids = new Map<string, string>();
  for (const [id, node] of Object.entries(nodes)) {
    if (isRecord(node) && typeof node.displayName === 'string' && node.type === 'Pod')
      ids.set(node.displayName, id);
  }
  return ids;
}

/** A v1 step's JSON output artifact, read through ReadArtifact and unpacked here (base64 → gunzip → tar). */
export async function readV1Json(
  api: KfpApi,
  runId: string,
  nodeId: string,
  name: string,
): Promise<Record<string, unknown>> {
  const body = await api.get(`/apis/v1beta1/runs/${runId}/nodes/${nodeId}/artifacts/${name}:read`);
  const data = text(isRecord(body) ? body.data : undefined, 'ReadArtifact data');
  const [file] = parseTar(gunzipSync(Buffer.from(data, 'base64')));
  const parsed: unknown = JSON.parse(new TextDecoder().decode(file?.data));
  if (!isRecord(parsed)) throw new Error(`${name} is not an object`);
  return parsed;
}

/** A v1 step's `mlpipeline-ui-metadata`. */
export function readUiMetadata(
  api: KfpApi,
  runId: string,
  nodeId: string,
): Promise<Record<string, unknown>> {
  return readV1Json(api, runId, nodeId, 'mlpipeline-ui-metadata');
}

/** The outputs of a ui-metadata document. */
export function metadataOutputs(metadata: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(metadata.outputs) ? metadata.outputs.filter(isRecord) : [];
}

/** A file of the object store (`minio://bucket/key`) through `artifacts/get`, as the signed-in user. */
export async function artifactText(
  request: APIRequestContext,
  page: Page,
  uri: string | undefined,
): Promise<string> {
  if (uri === undefined) throw new Error('no artifact URI');
  const match = /^minio:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match?.[1] || !match[2]) throw new Error(`not a minio URI: ${uri}`);
  const query = new URLSearchParams({
    source: 'minio',
    bucket: match[1],
    key: match[2],
    namespace: NS,
  });
  const response = await request.get(`${EMULATOR_URL}/artifacts/get?${query}`, {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
  });
  expect(response.ok(), `artifacts/get ${uri}`).toBe(true);
  return response.text();
}

/**
 * Answers the UI server's `artifacts/get` (how the dashboard reads v2 artifact files) for the given
 * `minio://bucket/key` URIs with `content` (honouring `peek` like the server); other files go to the server.
 */
export async function serveArtifactFiles(
  page: Page,
  byUri: ReadonlyMap<string, string>,
): Promise<void> {
  await page.route(/\/artifacts\/get\?/, async (route: Route) => {
    const params = new URL(route.request().url()).searchParams;
    const content = byUri.get(
      `${params.get('source') ?? ''}://${params.get('bucket') ?? ''}/${params.get('key') ?? ''}`,
    );
    if (content === undefined) return route.continue();
    const bytes = new TextEncoder().encode(content);
    const peek = Number(params.get('peek') ?? Number.NaN);
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: Buffer.from(Number.isNaN(peek) ? bytes : bytes.slice(0, peek)),
    });
  });
}

/** Rows of a simple CSV (no quoting), without blank lines. */
export function csvRows(csv: string): string[][] {
  return csv
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}

/** Area under ROC points by the trapezoid rule, after sorting by fpr then tpr (the test's own oracle). */
export function rocAuc(points: readonly { fpr: number; tpr: number }[]): number {
  const sorted = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  let area = 0;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a && b) area += ((b.fpr - a.fpr) * (b.tpr + a.tpr)) / 2;
  }
  return area;
}

/** What plotly drew in a card: its traces and layout (`.js-plotly-plot`'s `data` and `layout`). */
export async function plotOf(
  card: Locator,
): Promise<{ traces: Record<string, unknown>[]; layout: Record<string, unknown> }> {
  // The card's chart loads plotly once it is in view.
  await card.scrollIntoViewIfNeeded();
  const plot = card.locator('.js-plotly-plot').first();
  await expect(plot).toBeVisible({ timeout: 20_000 });
  const drawn = await plot.evaluate((element) => {
    // plotly keeps what it drew on the graph div: `data` (traces) and `layout` (as given, with the theme).
    const data: unknown = Reflect.get(element, 'data');
    const layout: unknown = Reflect.get(element, 'layout');
    return JSON.stringify({ data, layout });
  });
  const parsed: unknown = JSON.parse(drawn);
  if (!isRecord(parsed) || !Array.isArray(parsed.data) || !isRecord(parsed.layout))
    throw new Error('no plotly data in the card');
  return { traces: parsed.data.filter(isRecord), layout: parsed.layout };
}

/** The run's "Run output" tab: one region per step, one card per visualization. */
export class RunOutput {
  constructor(readonly page: Page) {}

  async open(runId: string): Promise<void> {
    await this.page.goto(`/runs/${encodeURIComponent(runId)}?tab=output`);
    // The run's title (a markdown output can add headings of its own further down).
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }

  /** Scrolls through a step's executions so each one loads its viewers (they load when in view). */
  async reveal(step: string): Promise<void> {
    const region = this.step(step);
    await region.scrollIntoViewIfNeeded();
    const executions = region.locator(':scope > div');
    for (let i = 0; i < (await executions.count()); i++)
      await executions.nth(i).scrollIntoViewIfNeeded();
  }

  step(name: string): Locator {
    return this.page.getByRole('region', { name: `Output of ${name}`, exact: true });
  }

  /** A card by its label (`roc.csv · ROC curve`, or the kind alone for untitled outputs). */
  card(step: string, label: string | RegExp): Locator {
    return this.step(step)
      .getByRole(
        'region',
        typeof label === 'string' ? { name: label, exact: true } : { name: label },
      )
      .first();
  }
}

/** A ReadArtifact answer holding `content` as Argo stores it: a tar.gz with one file, base64 in `{data}`. */
export function readArtifactBody(content: string | Uint8Array): string {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const tar = createTar([{ name: 'mlpipeline-ui-metadata.json', data }]);
  return JSON.stringify({ data: Buffer.from(gzipSync(tar)).toString('base64') });
}

/** Answers ReadArtifact of `mlpipeline-ui-metadata` for the given Argo node ids; other nodes go to the server. */
export async function serveUiMetadata(
  page: Page,
  byNodeId: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
  await page.route(
    /\/nodes\/[^/]+\/artifacts\/mlpipeline-ui-metadata:read/,
    async (route: Route) => {
      const nodeId = /\/nodes\/([^/]+)\/artifacts\//.exec(route.request().url())?.[1] ?? '';
      const content = byNodeId.get(decodeURIComponent(nodeId));
      if (content === undefined) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: readArtifactBody(content),
      });
    },
  );
}

/** ROC points as the app draws them: sorted by fpr, then tpr. */
export function sortedPoints(points: { fpr: number; tpr: number }[]) {
  return [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
}
