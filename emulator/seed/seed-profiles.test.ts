import { describe, expect, it } from 'vitest';
import { noAuth, stubAuthenticator } from '../testing/test-app.ts';
import { Event_Type } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createRuntimeSource } from '../mlmd/from-runtime.ts';
import { createMlmdStore } from '../mlmd/store.ts';
import { seedEmulator } from './index.ts';
import { createSeedHarness, list, get } from '../testing/seed-test-kit.ts';
import { isJsonObject } from '../lib/json.ts';

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
      const outputs = isJsonObject(task?.outputs) ? list(task.outputs.artifacts) : [];
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
    expect(list(pipelines.body.pipelines)).toHaveLength(13);
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
    expect(large?.wideRuns.map((r) => r.displayName)).toEqual([
      'Wide fan-out (300 tasks)',
      'Wide fan-out v1 (300 tasks)',
      'Wide fan-out v1 (1,000 tasks)',
    ]);
    const states = large?.wideRuns.map((r) => h.engine.runtime(r.runId)?.state);
    expect(states).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(h.engine.runtime(large?.wideRuns[0]?.runId ?? '')?.tasks.length).toBeGreaterThan(300);
    // The v1 runs' tasks are the Argo workflow's pod nodes (compressed, as Argo does, when many).
    const [v1Small, v1Large] = await Promise.all(
      [1, 2].map((i) => get(h, 'alice', `/apis/v1beta1/runs/${large?.wideRuns[i]?.runId ?? ''}`)),
    );
    expect(v1Small?.text.match(/type\\":\\"Pod\\"/g)).toHaveLength(300);
    expect(v1Large?.text).toContain('compressedNodes');
    const longLog = h.engine.runtime(large?.longLogRunId ?? '');
    expect(longLog?.state).toBe('SUCCEEDED');
    const pod = longLog?.tasks
      .flatMap((t) => (Array.isArray(t.pods) ? t.pods : []))
      .find((p) => isJsonObject(p) && p.type === 'EXECUTOR');
    const podName = isJsonObject(pod) && typeof pod.name === 'string' ? pod.name : '';
    expect(h.logs.get(podName)?.lines.length).toBeGreaterThan(100_000);
    expect(seconds).toBeLessThan(60);

    // 500 runs of a 10-artifact pipeline in alice's namespace: 5,000 artifacts in ML Metadata,
    // the second task of each run reading the first's 6 datasets (each task also has its executor logs).
    expect(large?.artifactLoadRuns).toBe(500);
    const mlmd = createMlmdStore(createRuntimeSource({ store: h.store, engine: h.engine }));
    const loadRuns = mlmd.allRuns().filter((r) => r.pipelineName === 'artifact-load');
    expect(loadRuns).toHaveLength(500);
    expect(loadRuns.reduce((n, r) => n + r.artifacts.length, 0)).toBe(5_000);
    expect(loadRuns[0]?.events.filter((e) => e.type === Event_Type.INPUT)).toHaveLength(6);
    expect(loadRuns.every((r) => h.store.runs.get(r.runId)?.namespace === 'kubeflow-alice')).toBe(
      true,
    );
  }, 120_000);
});
