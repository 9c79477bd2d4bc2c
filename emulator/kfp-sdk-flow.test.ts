import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateResponse } from './contract/validate-response.ts';
import { startEmulator, type RunningEmulator } from './main.ts';
import { parseOptions } from './options.ts';
import { field, items, text } from './testing/test-app.ts';
import { pyJson } from './seed/build/py-json.ts';

/**
 * The calls the kfp 1.8.22 SDK (`kfp.Client` over kfp-server-api 1.8.5) makes for the tutorial's
 * upload_and_run.py (../shared/seed/pipeline-tutorial.md), replayed over HTTP against a listening
 * emulator with the SDK's request shapes: query parameters urlencoded once by urllib3 (the filter is
 * `json.dumps` of `{"predicates": [{"op": 1, "key": "name", "stringValue": …}]}`), empty
 * page_token/sort_by sent as given, multipart built like urllib3's encode_multipart_formdata,
 * bodies serialized by ApiClient.sanitize_for_serialization (None fields dropped, enums by name).
 * Single-user mode: the SDK's upload_pipeline has no namespace, so it makes a shared pipeline,
 * which a multi-user KFP refuses to ordinary users.
 */
const pipelineFile = 'data-handling.yaml';
const pipelineYaml = readFileSync(
  new URL(`./seed/pipelines/${pipelineFile}`, import.meta.url),
  'utf8',
);
const plName = 'tutorial data handling';
const namespace = 'kubeflow-alice';

let emulator: RunningEmulator;

beforeAll(async () => {
  const options = parseOptions(
    ['--port', '0', '--idp-port', '0', '--no-seed', '--auth', 'none', '--speed', '2000'],
    {},
  );
  if (options === 'help') throw new Error('unexpected help');
  emulator = await startEmulator(options);
});
afterAll(async () => {
  await emulator.close();
});

/** kfp_server_api.rest: query via urlencode, JSON bodies, Accept JSON, the existing token. */
async function sdk(
  method: string,
  path: string,
  options: {
    query?: [string, string | number][];
    json?: unknown;
    multipart?: Uint8Array<ArrayBuffer>;
    boundary?: string;
  } = {},
): Promise<Record<string, unknown>> {
  const query = options.query
    ? `?${new URLSearchParams(options.query.map(([k, v]) => [k, String(v)])).toString()}`
    : '';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'User-Agent': 'OpenAPI-Generator/1.8.5/python',
    Authorization: 'Bearer some-existing-token',
  };
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.multipart) {
    headers['Content-Type'] = `multipart/form-data; boundary=${options.boundary ?? ''}`;
    body = options.multipart;
  }
  const response = await fetch(`${emulator.url}${path}${query}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const parsed: unknown = await response.json();
  const contract = validateResponse('v1beta1', method, path, response.status, parsed);
  expect(contract, `${method} ${path}`).toEqual({ ok: true });
  expect(response.status, `${method} ${path}: ${JSON.stringify(parsed)}`).toBe(200);
  return typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
}

/** urllib3.encode_multipart_formdata of `uploadfile` = (basename, bytes, mimetype). */
function multipartFile(
  fileName: string,
  content: string,
): { body: Uint8Array<ArrayBuffer>; boundary: string } {
  const boundary = randomUUID().replace(/-/g, '');
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="uploadfile"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const data = encoder.encode(content);
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(new ArrayBuffer(head.length + data.length + tail.length));
  body.set(head, 0);
  body.set(data, head.length);
  body.set(tail, head.length + data.length);
  return { body, boundary };
}

const nameFilter = (name: string) =>
  pyJson({ predicates: [{ op: 1, key: 'name', stringValue: name }] });

/** Client.get_pipeline_id: list_pipelines(filter=…) only. */
async function getPipelineId(name: string): Promise<string | undefined> {
  const result = await sdk('GET', '/apis/v1beta1/pipelines', {
    query: [['filter', nameFilter(name)]],
  });
  const pipelines = items(result, 'pipelines');
  expect(pipelines.length).toBeLessThanOrEqual(1);
  return pipelines.length === 1 ? text(pipelines[0], 'id') : undefined;
}

/** upload_and_run.py's pipeline_upload: a new pipeline, or a new version named by the count. */
async function pipelineUpload(): Promise<{ pipelineId: string; version?: string }> {
  const existing = await getPipelineId(plName);
  const file = multipartFile(pipelineFile, pipelineYaml);
  if (existing === undefined) {
    const uploaded = await sdk('POST', '/apis/v1beta1/pipelines/upload', {
      query: [['name', plName]],
      multipart: file.body,
      boundary: file.boundary,
    });
    return { pipelineId: text(uploaded, 'id') };
  }
  const versions = await sdk('GET', '/apis/v1beta1/pipeline_versions', {
    query: [
      ['resource_key.type', 'PIPELINE'],
      ['resource_key.id', existing],
      ['page_size', 10],
      ['page_token', ''],
      ['sort_by', ''],
    ],
  });
  const versionName = `${plName}-${items(versions, 'versions').length}`;
  // upload_pipeline_version(pipeline_name=…) looks the id up again first.
  const pipelineId = (await getPipelineId(plName)) ?? '';
  const uploaded = await sdk('POST', '/apis/v1beta1/pipelines/upload_version', {
    query: [
      ['name', versionName],
      ['pipelineid', pipelineId],
    ],
    multipart: file.body,
    boundary: file.boundary,
  });
  return { pipelineId, version: text(uploaded, 'name') };
}

const listExperimentsQuery = (extra: [string, string][]): [string, string | number][] => [
  ['page_token', ''],
  ['page_size', 10],
  ['sort_by', ''],
  ...extra,
  ['resource_reference_key.type', 'NAMESPACE'],
  ['resource_reference_key.id', namespace],
];

/** get_exp_id: scan list_experiments(namespace); else create_experiment (which asks by name first). */
async function getExperimentId(name: string): Promise<string> {
  const listed = await sdk('GET', '/apis/v1beta1/experiments', { query: listExperimentsQuery([]) });
  const found = items(listed, 'experiments').find((e) => text(e, 'name') === name);
  if (found !== undefined) return text(found, 'id');
  const byName = await sdk('GET', '/apis/v1beta1/experiments', {
    query: [
      ['filter', nameFilter(name)],
      ['resource_reference_key.type', 'NAMESPACE'],
      ['resource_reference_key.id', namespace],
    ],
  });
  expect(items(byName, 'experiments')).toEqual([]);
  const created = await sdk('POST', '/apis/v1beta1/experiments', {
    json: {
      name,
      resource_references: [{ key: { type: 'NAMESPACE', id: namespace }, relationship: 'OWNER' }],
    },
  });
  return text(created, 'id');
}

/** client.run_pipeline(exp_id, job_name, pipeline_package_path, params) → ApiRun. */
async function runPipeline(experimentId: string, params: Record<string, number>): Promise<string> {
  const workflow: unknown = parse(pipelineYaml);
  const created = await sdk('POST', '/apis/v1beta1/runs', {
    json: {
      name: `${plName} ${new Date().toISOString()}`,
      pipeline_spec: {
        workflow_manifest: pyJson(workflow),
        parameters: Object.entries(params).map(([name, value]) => ({ name, value: String(value) })),
      },
      resource_references: [
        { key: { type: 'EXPERIMENT', id: experimentId }, relationship: 'OWNER' },
      ],
    },
  });
  return text(created, 'run', 'id');
}

/** wait_for_run_completion: get_run until status is succeeded, failed, skipped or error. */
async function waitForRun(runId: string): Promise<Record<string, unknown>> {
  for (;;) {
    const detail = await sdk('GET', `/apis/v1beta1/runs/${runId}`);
    const status = text(detail, 'run', 'status').toLowerCase();
    if (['succeeded', 'failed', 'skipped', 'error'].includes(status)) return detail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function uploadAndRun(): Promise<{
  pipelineId: string;
  version?: string;
  runId: string;
  experimentId: string;
}> {
  const uploaded = await pipelineUpload();
  const experimentId = await getExperimentId('tutorial');
  const runId = await runPipeline(experimentId, { a: 3, b: 4 });
  const detail = await waitForRun(runId);
  expect(text(detail, 'run', 'status')).toBe('Succeeded');
  const manifest: unknown = JSON.parse(text(detail, 'pipeline_runtime', 'workflow_manifest'));
  expect(field(manifest, 'status', 'phase')).toBe('Succeeded');
  expect(field(detail, 'run', 'pipeline_spec', 'parameters')).toEqual([
    { name: 'a', value: '3' },
    { name: 'b', value: '4' },
  ]);
  return { ...uploaded, runId, experimentId };
}

describe('the kfp 1.8 SDK flow of upload_and_run.py, over HTTP', () => {
  it('uploads, finds or creates the experiment, runs with numeric parameters, waits, lists; again as a new version', async () => {
    const first = await uploadAndRun();
    expect(first.version).toBeUndefined();
    const second = await uploadAndRun();
    expect(second.pipelineId).toBe(first.pipelineId);
    expect(second.version).toBe(`${plName}-1`);
    expect(second.experimentId).toBe(first.experimentId);

    const runs = await sdk('GET', '/apis/v1beta1/runs', {
      query: [
        ['page_token', ''],
        ['page_size', 10],
        ['sort_by', ''],
        ['resource_reference_key.type', 'EXPERIMENT'],
        ['resource_reference_key.id', first.experimentId],
      ],
    });
    expect(
      items(runs, 'runs')
        .map((r) => text(r, 'id'))
        .sort(),
    ).toEqual([first.runId, second.runId].sort());
    expect(field(runs, 'total_size')).toBe(2);

    // The same records through v2beta1: one pipeline with two versions, both runs.
    const v2 = await fetch(`${emulator.url}/apis/v2beta1/pipelines/${first.pipelineId}/versions`);
    expect(items(await v2.json(), 'pipeline_versions')).toHaveLength(2);
  });
});
