/**
 * Runs started through the KFP API for the run-page specs: a seed pipeline file (or a generated spec)
 * uploaded as a new pipeline in a new experiment, and one run of it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import type { KfpApi } from './fixtures.ts';
import { NS, text } from './list-data.ts';

/**
 * A file of emulator/seed/pipelines as the API takes it: the v2 IR or the Argo workflow, or
 * `{pipeline_spec, platform_spec}` when kfp 2 appended a platform spec as a second YAML document.
 */
export function seedPipelineDocument(file: string): unknown {
  const source = readFileSync(
    new URL(`../emulator/seed/pipelines/${file}.yaml`, import.meta.url),
    'utf8',
  );
  const [spec, platform] = parseAllDocuments(source).map((document) => {
    const data: unknown = document.toJS();
    return data;
  });
  return platform === undefined ? spec : { pipeline_spec: spec, platform_spec: platform };
}

/**
 * Uploads `spec` as pipeline `label` (one version) in a new experiment `label` and starts one run
 * of it with `parameters`; answers the run id. `label` must be unique to the test.
 */
export async function startPipelineRun(
  api: KfpApi,
  label: string,
  spec: unknown,
  parameters: Readonly<Record<string, unknown>> = {},
): Promise<string> {
  const experimentId = text(
    await api.post('/apis/v2beta1/experiments', { display_name: label, namespace: NS }),
    'experiment_id',
  );
  const pipeline = await api.post('/apis/v2beta1/pipelines/create', {
    pipeline: { display_name: label, namespace: NS },
    pipeline_version: { display_name: `${label} v1`, pipeline_spec: spec },
  });
  const run = await api.post('/apis/v2beta1/runs', {
    display_name: `${label} run`,
    experiment_id: experimentId,
    pipeline_version_reference: { pipeline_id: text(pipeline, 'pipeline_id') },
    runtime_config: { parameters },
  });
  return text(run, 'run_id');
}

/** A label no other test uses: `e2e-<kind>-<file>-<time>`. */
export const runLabel = (kind: string, file: string) =>
  `e2e-${kind}-${file}-${Date.now().toString(36)}`;

/**
 * Light and dark screenshots of the page into `<dir>/<name>-light|dark.png` when `dir` is set
 * (review evidence, never the repository); the page is light again afterwards.
 */
export async function saveScreens(page: Page, dir: string | undefined, name: string) {
  if (dir === undefined) return;
  mkdirSync(dir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${dir}/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
