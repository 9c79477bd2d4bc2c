/**
 * Seeding and reading list data through the KFP API for the list specs: every name starts with a prefix no
 * other test uses, so each list can be narrowed to one test's data.
 */
import { expect, type KfpApi } from './fixtures.ts';

export const NS = 'kubeflow-alice';

/** A one-task KFP v2 pipeline, enough for runs to exist and finish in the simulator. */
export const PIPELINE_SPEC = {
  pipelineInfo: { name: 'e2e-add' },
  components: { 'comp-add': { executorLabel: 'exec-add' } },
  deploymentSpec: {
    executors: {
      'exec-add': { container: { image: 'python:3.11', command: ['python', '-c', 'print(1)'] } },
    },
  },
  root: {
    dag: { tasks: { add: { componentRef: { name: 'comp-add' }, taskInfo: { name: 'add' } } } },
  },
  schemaVersion: '2.1.0',
  sdkVersion: 'kfp-2.7.0',
};

/** The property `key` of an API answer (undefined when absent or not an object). */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? Object.entries(value).find(([name]) => name === key)?.[1]
    : undefined;
}

export function text(value: unknown, key: string): string {
  const found = field(value, key);
  if (typeof found === 'string') return found;
  throw new Error(`expected a string "${key}" in ${JSON.stringify(value)}`);
}

/** The first element of the array `key` of an API answer. */
export function first(value: unknown, key: string): unknown {
  const found = field(value, key);
  if (Array.isArray(found) && found.length > 0) return found[0];
  throw new Error(`expected a non-empty "${key}" in ${JSON.stringify(value)}`);
}

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function count(value: unknown, key: string): number {
  const found = field(value, key);
  return Array.isArray(found) ? found.length : 0;
}

/** A prefix no other test (or seed data) uses, so every list can be narrowed to this test's data. */
export function uniquePrefix(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}`;
}

export const pad = (index: number) => String(index).padStart(2, '0');

export async function createPipeline(api: KfpApi, name: string): Promise<string> {
  const created = await api.post('/apis/v2beta1/pipelines/create', {
    pipeline: { display_name: name, namespace: NS },
    pipeline_version: { display_name: `${name} v1`, pipeline_spec: PIPELINE_SPEC },
  });
  return text(created, 'pipeline_id');
}

export async function createExperiment(
  api: KfpApi,
  name: string,
  description = '',
): Promise<string> {
  return text(
    await api.post('/apis/v2beta1/experiments', { display_name: name, description, namespace: NS }),
    'experiment_id',
  );
}

export async function createRun(
  api: KfpApi,
  name: string,
  experimentId: string,
  pipelineId: string,
): Promise<string> {
  const created = await api.post('/apis/v2beta1/runs', {
    display_name: name,
    experiment_id: experimentId,
    pipeline_version_reference: { pipeline_id: pipelineId },
  });
  return text(created, 'run_id');
}

export async function seedRuns(
  api: KfpApi,
  prefix: string,
  total: number,
): Promise<{ experimentId: string; pipelineId: string; runIds: string[] }> {
  const experimentId = await createExperiment(api, `${prefix} experiment`);
  const pipelineId = await createPipeline(api, `${prefix} pipeline`);
  const runIds: string[] = [];
  for (let index = 0; index < total; index += 1)
    runIds.push(await createRun(api, `${prefix} run ${pad(index)}`, experimentId, pipelineId));
  return { experimentId, pipelineId, runIds };
}

/** Waits until none of the prefix's runs is pending, running or canceling. */
/**
 * Ends a run now: terminate, or nothing when it already finished (KFP refuses to terminate a
 * finished run with 400 "Row not found"; at the e2e's --speed short runs often finish first).
 */
export async function endRun(api: KfpApi, runId: string): Promise<void> {
  try {
    await api.post(`/apis/v2beta1/runs/${runId}:terminate`);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('Row not found'))) throw error;
  }
}

export async function waitUntilFinished(api: KfpApi, prefix: string): Promise<void> {
  const filter = encodeURIComponent(
    JSON.stringify({
      predicates: [
        { key: 'display_name', operation: 'IS_SUBSTRING', string_value: prefix },
        {
          key: 'state',
          operation: 'IN',
          string_values: { values: ['PENDING', 'RUNNING', 'CANCELING'] },
        },
      ],
    }),
  );
  await expect
    .poll(
      async () =>
        count(
          await api.get(`/apis/v2beta1/runs?namespace=${NS}&page_size=200&filter=${filter}`),
          'runs',
        ),
      { timeout: 30_000 },
    )
    .toBe(0);
}

/** The runs of the prefix as the runs list asks for them (active, newest first): names and pipelines. */
export async function runsPage(
  api: KfpApi,
  prefix: string,
  pageSize: number,
): Promise<{ name: string; pipelineId: string }[]> {
  const filter = encodeURIComponent(
    JSON.stringify({
      predicates: [
        { key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' },
        { key: 'display_name', operation: 'IS_SUBSTRING', string_value: prefix },
      ],
    }),
  );
  const answer = await api.get(
    `/apis/v2beta1/runs?namespace=${NS}&page_size=${String(pageSize)}&sort_by=${encodeURIComponent('created_at desc')}&filter=${filter}`,
  );
  const found = field(answer, 'runs');
  if (!Array.isArray(found)) throw new Error(`expected "runs" in ${JSON.stringify(answer)}`);
  const items: readonly unknown[] = found;
  return items.map((run) => ({
    name: text(run, 'display_name'),
    pipelineId: text(field(run, 'pipeline_version_reference'), 'pipeline_id'),
  }));
}
