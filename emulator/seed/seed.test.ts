import type { RunApi } from '../http/env.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { noAuth, stubAuthenticator } from '../routes/test-app.ts';
import { extractFirstTarEntry } from '../sim/object-store.ts';
import { seedEmulator, type SeedResult } from './index.ts';
import type { Hono } from 'hono';
import type { AppEnv } from '../app.ts';
import type { Authenticator } from '../auth/types.ts';
import { createEmulatorApp, createEmulatorCore, type EmulatorCore } from '../emulator-app.ts';
import { Event_Type } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createRuntimeSource } from '../mlmd/from-runtime.ts';
import { createMlmdStore } from '../mlmd/store.ts';

interface SeedHarness extends EmulatorCore {
  readonly app: Hono<AppEnv>;
}

async function createSeedHarness(
  authenticator: Authenticator,
  runApi: RunApi = 'released',
): Promise<SeedHarness> {
  const core = await createEmulatorCore();
  return { ...core, app: createEmulatorApp(core, { authenticator, runApi }) };
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);

async function get(
  h: SeedHarness,
  user: string | undefined,
  path: string,
): Promise<{ status: number; body: Json; text: string }> {
  const res = await h.app.request(
    path,
    user ? { headers: { authorization: `Bearer ${user}` } } : {},
  );
  const text = await res.text();
  const parsed: unknown = res.headers.get('content-type')?.includes('json')
    ? JSON.parse(text)
    : undefined;
  return { status: res.status, body: isJson(parsed) ? parsed : {}, text };
}

/** Pod nodes of a v1 run's workflow, by template name. */
async function podNodes(
  h: SeedHarness,
  runId: string,
): Promise<{ wfName: string; nodes: Map<string, Json> }> {
  const { body } = await get(h, 'alice', `/apis/v1beta1/runs/${runId}`);
  const runtime = isJson(body.pipeline_runtime) ? body.pipeline_runtime : {};
  const manifest: unknown = JSON.parse(
    typeof runtime.workflow_manifest === 'string' ? runtime.workflow_manifest : '{}',
  );
  const status = isJson(manifest) && isJson(manifest.status) ? manifest.status : {};
  const metadata = isJson(manifest) && isJson(manifest.metadata) ? manifest.metadata : {};
  const nodes = new Map<string, Json>();
  for (const node of Object.values(isJson(status.nodes) ? status.nodes : {})) {
    if (isJson(node) && node.type === 'Pod' && typeof node.templateName === 'string')
      nodes.set(node.templateName, node);
  }
  return { wfName: String(metadata.name), nodes };
}

/**
 * A pod's output artifact as text, read like KFP's UI reads it (ReadArtifact → base64 tar.gz). kfp 1.8
 * exports a function's return value only as an artifact when no task consumes it as a parameter.
 */
async function outputArtifact(h: SeedHarness, runId: string, node: Json | undefined, name: string) {
  const read = await get(
    h,
    'alice',
    `/apis/v1beta1/runs/${runId}/nodes/${String(node?.id)}/artifacts/${name}:read`,
  );
  return new TextDecoder().decode(
    extractFirstTarEntry(Buffer.from(String(read.body.data), 'base64')),
  );
}

const outputParameter = (node: Json | undefined, name: string) =>
  list(isJson(node?.outputs) ? node.outputs.parameters : []).find((p) => p.name === name)?.value;

describe('seed, multi-user', () => {
  let h: SeedHarness;
  let seeded: SeedResult;
  let seconds = 0;
  const run = (name: string) => seeded.runs[name] ?? '';

  beforeAll(async () => {
    h = await createSeedHarness(stubAuthenticator);
    const started = performance.now();
    seeded = await seedEmulator({
      store: h.store,
      engine: h.engine,
      multiUser: true,
      profile: 'default',
    });
    seconds = (performance.now() - started) / 1000;
  });

  it('loads through the API in a few seconds', () => {
    expect(seeded.multiUser).toBe(true);
    expect(Object.keys(seeded.runs)).toHaveLength(23);
    expect(seconds).toBeLessThan(20);
  });

  it('has runs in every state', () => {
    const state = (name: string) => h.engine.runtime(run(name))?.state;
    expect(state('Multiply 3 × 4')).toBe('SUCCEEDED');
    expect(state('Learning-rate sweep')).toBe('SUCCEEDED');
    expect(state('Multiply with a bad number')).toBe('FAILED');
    expect(state('Visualize: URL without scheme')).toBe('FAILED');
    expect(state('Relative data path')).toBe('FAILED');
    expect(state('YOLO 60 epochs (terminated)')).toBe('CANCELED');
    expect(state('YOLO 100 epochs')).toBe('RUNNING');
    expect(['PENDING', 'RUNNING']).toContain(state('Multiply 2 × 21'));
  });

  it('shares the tutorial pipelines and keeps private ones in their namespace', async () => {
    const shared = await get(h, 'alice', '/apis/v2beta1/pipelines?page_size=50');
    expect(
      list(shared.body.pipelines)
        .map((p) => p.name)
        .sort(),
    ).toEqual(
      [
        'data-handling',
        'data-quality-report',
        'data-visualization',
        'recursion-conditions-and-exit-handlers',
        'training-with-metrics',
        'yolo-object-detection',
        'data-handling-v2',
        'data-visualization-v2',
        'yolo-object-detection-v2',
        'next-prime-v2',
      ].sort(),
    );
    const alice = await get(h, 'alice', '/apis/v2beta1/pipelines?namespace=kubeflow-alice');
    expect(list(alice.body.pipelines).map((p) => p.name)).toEqual(['alice-iris-training']);
    const aliceOwn = seeded.pipelines['alice-iris-training']?.pipelineId ?? '';
    expect((await get(h, 'bob', `/apis/v2beta1/pipelines/${aliceOwn}`)).status).toBe(403);
    const versions = await get(
      h,
      'bob',
      `/apis/v2beta1/pipelines/${seeded.pipelines['data-handling']?.pipelineId ?? ''}/versions`,
    );
    expect(
      list(versions.body.pipeline_versions)
        .map((v) => v.name)
        .sort(),
    ).toEqual(['data-handling', 'data-handling-v2']);
  });

  it('gives every seeded v2 run its Argo workflow and the task details built from its nodes', async () => {
    let v2 = 0;
    for (const runId of Object.values(seeded.runs)) {
      const { body: v1 } = await get(h, 'admin', `/apis/v1beta1/runs/${runId}`);
      const v1Spec = isJson(v1.run) && isJson(v1.run.pipeline_spec) ? v1.run.pipeline_spec : {};
      // A v2 run's v1beta1 detail carries its IR as pipeline_manifest (a v1 run: workflow_manifest).
      if (typeof v1Spec.pipeline_manifest !== 'string') continue;
      v2 += 1;
      const { body } = await get(h, 'admin', `/apis/v2beta1/runs/${runId}`);
      const details = list(isJson(body.run_details) ? body.run_details.task_details : []);
      const runtime = isJson(v1.pipeline_runtime) ? v1.pipeline_runtime : {};
      const manifest: unknown = JSON.parse(
        typeof runtime.workflow_manifest === 'string' ? runtime.workflow_manifest : '{}',
      );
      const spec = isJson(manifest) && isJson(manifest.spec) ? manifest.spec : {};
      const status = isJson(manifest) && isJson(manifest.status) ? manifest.status : {};
      const nodes = Object.values(isJson(status.nodes) ? status.nodes : {}).filter(isJson);
      expect(spec.entrypoint, String(body.display_name)).toBe('entrypoint');
      expect(list(spec.templates).map((t) => t.name)).toContain('system-dag-driver');
      expect(nodes.map((n) => n.displayName)).toEqual(expect.arrayContaining(['root-driver']));
      // One task detail per Argo node, named by its display name.
      expect(details.map((d) => d.display_name).sort()).toEqual(
        nodes.map((n) => n.displayName).sort(),
      );
      for (const detail of details) {
        expect(Object.keys(detail)).not.toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^(parent_task_id|pod_name|inputs|outputs|error|execution_id)$/),
          ]),
        );
      }
    }
    expect(v2).toBeGreaterThan(3);
  });

  it('has experiments in both namespaces, archived ones included', async () => {
    const alice = await get(h, 'alice', '/apis/v2beta1/experiments?namespace=kubeflow-alice');
    const byName = new Map(
      list(alice.body.experiments).map((e) => [e.display_name, e.storage_state]),
    );
    expect(Object.fromEntries(byName)).toEqual({
      'Old experiments': 'ARCHIVED',
      Tutorial: 'AVAILABLE',
      'Model training': 'AVAILABLE',
    });
    const bob = await get(h, 'bob', '/apis/v2beta1/experiments?namespace=kubeflow-bob');
    expect(list(bob.body.experiments)).toHaveLength(2);
    const archived = await get(
      h,
      'alice',
      `/apis/v2beta1/runs/${run('Multiply 5 × 5 (archived)')}`,
    );
    expect(archived.body.storage_state).toBe('ARCHIVED');
    expect(
      (await get(h, 'alice', `/apis/v2beta1/runs/${run('First try')}`)).body.storage_state,
    ).toBe('ARCHIVED');
  });

  it('has an enabled and a disabled recurring run', async () => {
    const alice = await get(h, 'alice', '/apis/v2beta1/recurringruns?namespace=kubeflow-alice');
    const bob = await get(h, 'bob', '/apis/v2beta1/recurringruns?namespace=kubeflow-bob');
    expect(list(alice.body.recurringRuns).map((r) => [r.display_name, r.status])).toEqual([
      ['Hourly multiply', 'ENABLED'],
    ]);
    expect(list(bob.body.recurringRuns).map((r) => [r.display_name, r.status])).toEqual([
      ['Daily quality report', 'DISABLED'],
    ]);
  });

  it('computes the tutorial results: 3 × 4 through a text file, version 2 defaults, the next prime', async () => {
    const multiply = run('Multiply 3 × 4');
    expect(
      await outputArtifact(
        h,
        multiply,
        (await podNodes(h, multiply)).nodes.get('get-text-file'),
        'get-text-file-Output',
      ),
    ).toBe('12.0');
    expect(
      outputParameter(
        (await podNodes(h, run('Multiply 6 × default b (version 2)'))).nodes.get('multiply'),
        'multiply-value',
      ),
    ).toBe('15.0');
    const prime = run('Next prime below 50');
    expect(
      await outputArtifact(
        h,
        prime,
        (await podNodes(h, prime)).nodes.get('cs-print'),
        'cs-print-Output',
      ),
    ).toBe('47');
  });

  it('serves visualizations through ReadArtifact and artifacts/get, and logs through k8s/pod/logs', async () => {
    const viz = await podNodes(h, run('Visualize example data'));
    const node = viz.nodes.get('display-image-from-path');
    const read = await get(
      h,
      'alice',
      `/apis/v1beta1/runs/${run('Visualize example data')}/nodes/${String(node?.id)}/artifacts/mlpipeline-ui-metadata:read`,
    );
    const metadata: unknown = JSON.parse(
      new TextDecoder().decode(extractFirstTarEntry(Buffer.from(String(read.body.data), 'base64'))),
    );
    expect(metadata).toMatchObject({ outputs: [{ type: 'web-app', storage: 'inline' }] });

    const yolo = await podNodes(h, run('YOLO 10 epochs'));
    const train = yolo.nodes.get('yolo-train');
    const trainMeta = await get(
      h,
      'alice',
      `/apis/v1beta1/runs/${run('YOLO 10 epochs')}/nodes/${String(train?.id)}/artifacts/mlpipeline-ui-metadata:read`,
    );
    const outputs: unknown = JSON.parse(
      new TextDecoder().decode(
        extractFirstTarEntry(Buffer.from(String(trainMeta.body.data), 'base64')),
      ),
    );
    const roc = isJson(outputs) ? list(outputs.outputs).find((o) => o.type === 'roc') : undefined;
    const [, bucket = '', key = ''] = /^minio:\/\/([^/]+)\/(.+)$/.exec(String(roc?.source)) ?? [];
    const csv = await get(
      h,
      'alice',
      `/artifacts/get?source=minio&bucket=${bucket}&key=${encodeURIComponent(key)}&namespace=kubeflow-alice`,
    );
    expect(csv.status).toBe(200);
    expect(csv.text.split('\n')[0]).toMatch(/^0\.000000,\d\.\d{6},1\.000000$/);

    const multiply = (await podNodes(h, run('Multiply 3 × 4'))).nodes.get('multiply');
    const podName = `${(await podNodes(h, run('Multiply 3 × 4'))).wfName}-multiply-${String(multiply?.id).split('-').pop() ?? ''}`;
    const log = await get(
      h,
      'alice',
      `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice`,
    );
    expect(log.status).toBe(200);
    expect(log.text).toContain('3.0 * 4.0 = 12.0\n');
    expect(
      (await get(h, 'bob', `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice`)).status,
    ).toBe(403);
  });
});

describe('seed, v2 artifacts', () => {
  it('serves the v2 HTML and Markdown outputs through artifacts/get', async () => {
    // The artifact URIs are read from tasks[] (`next`); released servers keep them in ML Metadata.
    const h = await createSeedHarness(stubAuthenticator, 'next');
    const seeded = await seedEmulator({
      store: h.store,
      engine: h.engine,
      multiUser: true,
      profile: 'default',
    });
    const { body } = await get(
      h,
      'alice',
      `/apis/v2beta1/runs/${seeded.runs['Learning-rate sweep'] ?? ''}?view=FULL`,
    );
    const uriOf = (taskName: string, artifact: string) => {
      const task = list(body.tasks).find((t) => t.display_name === taskName);
      const outputs = isJson(task?.outputs) ? list(task.outputs.artifacts) : [];
      const entry = outputs.find((a) => a.artifact_key === artifact) ?? outputs[0];
      const first = list(entry?.artifacts)[0];
      return typeof first?.uri === 'string' ? first.uri : '';
    };
    const fetchUri = (uri: string) => {
      const [, bucket = '', key = ''] = /^minio:\/\/([^/]+)\/(.+)$/.exec(uri) ?? [];
      return get(
        h,
        'alice',
        `/artifacts/get?source=minio&bucket=${bucket}&key=${encodeURIComponent(key)}&namespace=kubeflow-alice`,
      );
    };
    const html = await fetchUri(uriOf('dataset-report', 'report'));
    expect(html.status).toBe(200);
    expect(html.text).toMatch(/^<!DOCTYPE html>[\s\S]*<svg/);
    const markdown = await fetchUri(uriOf('register-model', 'model_card'));
    expect(markdown.text).toMatch(/^# Model card: iris-classifier v\d+/);
  });
});

describe('seed, single-user', () => {
  it('loads everything without namespaces', async () => {
    const h = await createSeedHarness(noAuth);
    const seeded = await seedEmulator({
      store: h.store,
      engine: h.engine,
      multiUser: false,
      profile: 'default',
    });
    expect(seeded.multiUser).toBe(false);
    const experiments = await get(h, undefined, '/apis/v2beta1/experiments?page_size=50');
    expect(list(experiments.body.experiments)).toHaveLength(5);
    const pipelines = await get(h, undefined, '/apis/v2beta1/pipelines?page_size=50');
    expect(list(pipelines.body.pipelines)).toHaveLength(12);
    expect(h.engine.runtime(seeded.runs['Multiply 3 × 4'] ?? '')?.state).toBe('SUCCEEDED');
  });
});

describe('seed, large profile', () => {
  it('adds 10,000 runs in one experiment, a 1,000-task run, a 100,000-line log and 5,000 artifacts', async () => {
    const h = await createSeedHarness(stubAuthenticator);
    const started = performance.now();
    const seeded = await seedEmulator({
      store: h.store,
      engine: h.engine,
      multiUser: true,
      profile: 'large',
    });
    const seconds = (performance.now() - started) / 1000;
    const large = seeded.large;
    expect(large?.loadTestRuns).toBe(10_000);
    const page = await get(
      h,
      'alice',
      `/apis/v2beta1/runs?experiment_id=${large?.loadTestExperimentId ?? ''}&page_size=5&sort_by=created_at%20desc`,
    );
    expect(page.body.total_size).toBe(10_000);
    expect(list(page.body.runs).map((r) => r.display_name)).toEqual([
      'Load test 10000',
      'Load test 09999',
      'Load test 09998',
      'Load test 09997',
      'Load test 09996',
    ]);
    const wide = h.engine.runtime(large?.wideRunId ?? '');
    expect(wide?.state).toBe('SUCCEEDED');
    expect(wide?.tasks.length).toBeGreaterThanOrEqual(1000);
    const longLog = h.engine.runtime(large?.longLogRunId ?? '');
    expect(longLog?.state).toBe('SUCCEEDED');
    const pod = longLog?.tasks
      .flatMap((t) => (Array.isArray(t.pods) ? t.pods : []))
      .find((p) => isJson(p) && p.type === 'EXECUTOR');
    const podName = isJson(pod) && typeof pod.name === 'string' ? pod.name : '';
    expect(h.logs.get(podName)?.lines.length).toBeGreaterThan(100_000);
    expect(seconds).toBeLessThan(60);

    // 500 runs of a 10-artifact pipeline in alice's namespace: 5,000 artifacts in ML Metadata,
    // the second task of each run reading the first's 8 datasets.
    expect(large?.artifactLoadRuns).toBe(500);
    const mlmd = createMlmdStore(createRuntimeSource({ store: h.store, engine: h.engine }));
    const loadRuns = mlmd.allRuns().filter((r) => r.pipelineName === 'artifact-load');
    expect(loadRuns).toHaveLength(500);
    expect(loadRuns.reduce((n, r) => n + r.artifacts.length, 0)).toBe(5_000);
    expect(loadRuns[0]?.events.filter((e) => e.type === Event_Type.INPUT)).toHaveLength(8);
    expect(loadRuns.every((r) => h.store.runs.get(r.runId)?.namespace === 'kubeflow-alice')).toBe(
      true,
    );
  }, 120_000);
});
