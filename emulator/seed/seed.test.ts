import { beforeAll, describe, expect, it } from 'vitest';
import { stubAuthenticator } from '../testing/test-app.ts';
import { extractFirstTarEntry } from '../sim/object-store.ts';
import { seedEmulator, type SeedResult } from './index.ts';
import {
  type SeedHarness,
  createSeedHarness,
  list,
  get,
  podNodes,
  outputArtifact,
  outputParameter,
} from '../testing/seed-test-kit.ts';
import { isJsonObject } from '../lib/json.ts';

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
    expect(Object.keys(seeded.runs)).toHaveLength(26);
    expect(seconds).toBeLessThan(20);
  });

  it('has runs in every state', () => {
    const state = (name: string) => h.engine.runtime(run(name))?.state;
    expect(state('Multiply 3 × 4')).toBe('SUCCEEDED');
    expect(state('Learning-rate sweep')).toBe('SUCCEEDED');
    expect(state('Multiply with a bad number')).toBe('FAILED');
    expect(state('Visualize: URL without scheme')).toBe('FAILED');
    expect(state('Relative data path')).toBe('FAILED');
    // Terminated: CANCELING, then FAILED as the terminated workflow is reported.
    expect(state('YOLO 60 epochs (terminated)')).toBe('FAILED');
    expect(
      h.engine.runtime(run('YOLO 60 epochs (terminated)'))?.stateHistory.map((s) => s.state),
    ).toEqual(['PENDING', 'RUNNING', 'CANCELING', 'FAILED']);
    expect(state('YOLO 100 epochs')).toBe('RUNNING');
    expect(['PENDING', 'RUNNING']).toContain(state('Multiply 2 × 21'));
  });

  it('has a run whose tasks came from the cache, and the run it reused', () => {
    const tasks = (name: string) =>
      (h.engine.runtime(run(name))?.tasks ?? []).map((t) => [t.name, t.state]);
    expect(tasks('Multiply 7 × 8 again (from cache)')).toEqual(
      expect.arrayContaining([
        ['multiply', 'CACHED'],
        ['write-result-to-text', 'CACHED'],
        // Caching disabled on this task: it ran again.
        ['get-text-file', 'SUCCEEDED'],
      ]),
    );
    expect(tasks('Multiply 7 × 8 (kfp 2)')).toEqual(
      expect.arrayContaining([
        ['multiply', 'SUCCEEDED'],
        ['write-result-to-text', 'SUCCEEDED'],
      ]),
    );
    // The training and data quality pipelines read their data afresh (load-dataset, ingest-data
    // have caching disabled): their seeded runs with the same inputs never reuse anything.
    for (const name of [
      'Learning-rate sweep',
      'High learning rates (nothing registered)',
      'Quality check without drift',
      'Shared quality report',
    ])
      expect(tasks(name).filter(([, state]) => state === 'CACHED')).toEqual([]);
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
    expect(
      list(alice.body.pipelines)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['alice-iris-training', 'alice-large-export']);
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
      const v1Spec =
        isJsonObject(v1.run) && isJsonObject(v1.run.pipeline_spec) ? v1.run.pipeline_spec : {};
      // A v2 run's v1beta1 detail carries its IR as pipeline_manifest (a v1 run: workflow_manifest).
      if (typeof v1Spec.pipeline_manifest !== 'string') continue;
      v2 += 1;
      const { body } = await get(h, 'admin', `/apis/v2beta1/runs/${runId}`);
      const details = list(isJsonObject(body.run_details) ? body.run_details.task_details : []);
      const runtime = isJsonObject(v1.pipeline_runtime) ? v1.pipeline_runtime : {};
      const manifest: unknown = JSON.parse(
        typeof runtime.workflow_manifest === 'string' ? runtime.workflow_manifest : '{}',
      );
      const spec = isJsonObject(manifest) && isJsonObject(manifest.spec) ? manifest.spec : {};
      const status = isJsonObject(manifest) && isJsonObject(manifest.status) ? manifest.status : {};
      const nodes = Object.values(isJsonObject(status.nodes) ? status.nodes : {}).filter(
        isJsonObject,
      );
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
    const roc = isJsonObject(outputs)
      ? list(outputs.outputs).find((o) => o.type === 'roc')
      : undefined;
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

  it('seeds a run whose 500 MB Dataset is generated when read, never held', async () => {
    const runId = run('Export 500 MB image index');
    const tasks = JSON.stringify(h.engine.runtime(runId)?.tasks ?? []);
    const uri = /"uri":"(minio:\/\/[^"]+\/images)"/.exec(tasks)?.[1] ?? '';
    const [, bucket = '', key = ''] = /^minio:\/\/([^/]+)\/(.+)$/.exec(uri) ?? [];
    expect(h.objects.generated?.(bucket, key)).toEqual({ size: 500 * 1024 * 1024 });
    expect(h.objects.get(bucket, key)).toBeUndefined();
    const peek = await get(
      h,
      'alice',
      `/artifacts/get?source=minio&bucket=${bucket}&key=${encodeURIComponent(key)}&namespace=kubeflow-alice&peek=256`,
    );
    expect(peek.status).toBe(200);
    expect(peek.text).toHaveLength(256);
    expect(peek.text.split('\n')[1]).toMatch(/^img-000000001\.jpg,\d+,\d+,\w+,[0-9a-f]{16} *$/);
  });
});
