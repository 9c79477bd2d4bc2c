import { describe, expect, it } from 'vitest';
import {
  createEmulatorHarness,
  pipelines,
  type EmulatorHarness,
} from '../testing/emulator-test-kit.ts';
import { archivedLogKey } from '../k8s/log-archive.ts';
import { argoPodName } from '../sim/pod-name.ts';

interface Json {
  readonly [key: string]: unknown;
}
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The executor pod of the run's one task (KFP master's tasks[] names it), once it exists. */
async function executorPod(h: EmulatorHarness, runId: string): Promise<string> {
  for (let step = 0; step < 40; step++) {
    const run = await h.call('GET', `/apis/v2beta1/runs/${runId}?view=FULL`, 'alice');
    const tasks = Array.isArray(run.json.tasks) ? run.json.tasks : [];
    for (const task of tasks) {
      const pods: unknown = isJson(task) ? task.pods : undefined;
      for (const pod of Array.isArray(pods) ? pods : []) {
        if (isJson(pod) && pod.type === 'EXECUTOR' && typeof pod.name === 'string') return pod.name;
      }
    }
    h.clock.advance(1_000);
  }
  throw new Error('no executor pod');
}

const day = (iso: string) => iso.slice(0, 10);

describe('GET /k8s/pod/logs once the pod is gone (ARGO_ARCHIVE_LOGS)', () => {
  it('derives the archive key as the UI server does (v2 executor pods only)', () => {
    expect(archivedLogKey('wf-abc-system-container-impl-123', '2026-12-06', 'ns')).toEqual({
      key: 'artifacts/wf-abc/2026/12/06/wf-abc-system-container-impl-123/main.log',
    });
    // A v1 pod's name is taken for the workflow's: the key points nowhere, as on a cluster.
    expect(archivedLogKey('wf-abc-train-123', '2026-12-06', 'ns')).toEqual({
      key: 'artifacts/wf-abc-train-123/2026/12/06/wf-abc-train-123/main.log',
    });
    // Without createdat the date parts are "undefined", as KFP's code makes them.
    expect(archivedLogKey('p', '', 'ns')).toEqual({
      key: 'artifacts/p//undefined/undefined/p/main.log',
    });
    const bad = archivedLogKey('p', '2026-12-06', 'ns', '{{pod.uid}}/x');
    expect('error' in bad ? bad.error : '').toContain('unresolved template tags');
  });

  it('serves a vanished v2 pod from its archive with createdat, the same text, no marker', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const created = await h.createRun('alice', pipelines.add, { a: 1, vanish_pods: true });
    const runId = String(created.json.run_id);
    const name = await executorPod(h, runId);
    const path = `/k8s/pod/logs?podname=${name}&podnamespace=kubeflow-alice&runid=${runId}`;
    let live = await h.call('GET', path, 'alice');
    for (let step = 0; step < 40 && live.text === 'pod not found'; step++) {
      h.clock.advance(1_000);
      live = await h.call('GET', path, 'alice');
    }
    expect(live.status, live.text).toBe(200);
    const finished = await h.finish('alice', runId);
    const createdAt = day(String(finished.json.created_at));
    const query = `podname=${name}&podnamespace=kubeflow-alice&runid=${runId}`;

    const archived = await h.call('GET', `/k8s/pod/logs?${query}&createdat=${createdAt}`, 'alice');
    expect(archived.status, archived.text).toBe(200);
    expect(archived.text.length).toBeGreaterThan(0);
    expect(archived.text.startsWith(live.text.trimEnd())).toBe(true);
    // The archive is the plain file Argo writes, at the keyFormat's place.
    const key = archivedLogKey(name, createdAt, 'kubeflow-alice');
    expect('key' in key && h.core.objects.get('mlpipeline', key.key)).toBeTruthy();

    // Without createdat (or with another day) the key points nowhere: 404 as before.
    const undated = await h.call('GET', `/k8s/pod/logs?${query}`, 'alice');
    expect([undated.status, undated.text]).toEqual([404, 'pod not found']);
    const otherDay = await h.call('GET', `/k8s/pod/logs?${query}&createdat=2001-01-01`, 'alice');
    expect(otherDay.status).toBe(404);
    // Another namespace's archive is not served, asked for in the caller's own namespace.
    const elsewhere = await h.call(
      'GET',
      `/k8s/pod/logs?podname=${name}&podnamespace=kubeflow-bob&createdat=${createdAt}`,
      'bob',
    );
    expect(elsewhere.status).toBe(404);
    const repeated = await h.call(
      'GET',
      `/k8s/pod/logs?${query}&createdat=${createdAt}&createdat=${createdAt}`,
      'alice',
    );
    expect(repeated.status).toBe(400);
  });

  it('finds no archive for a vanished v1 pod (the UI server takes its name for the workflow)', async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('alice', pipelines.argo, { vanish_pods: true });
    const runId = String(created.json.run_id);
    const finished = await h.finish('alice', runId);
    const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'alice');
    const runtime = isJson(v1.json.pipeline_runtime) ? v1.json.pipeline_runtime : {};
    const manifest: unknown = JSON.parse(String(runtime.workflow_manifest));
    const meta = isJson(manifest) && isJson(manifest.metadata) ? manifest.metadata : {};
    const nodes = isJson(manifest) && isJson(manifest.status) ? manifest.status.nodes : undefined;
    const pod = Object.values(isJson(nodes) ? nodes : {}).find(
      (n) => isJson(n) && n.type === 'Pod',
    );
    const nodeId = isJson(pod) ? String(pod.id) : '';
    const name = isJson(pod)
      ? argoPodName(String(meta.name), String(pod.templateName), String(pod.name))
      : '';
    const createdAt = day(String(finished.json.created_at));
    const res = await h.call(
      'GET',
      `/k8s/pod/logs?podname=${name}&podnamespace=kubeflow-alice&createdat=${createdAt}`,
      'alice',
    );
    expect([res.status, res.text]).toEqual([404, 'pod not found']);
    // … while the run's main-logs artifact (ReadArtifact) still has it.
    const read = await h.call(
      'GET',
      `/apis/v1beta1/runs/${runId}/nodes/${nodeId}/artifacts/main-logs:read`,
      'alice',
    );
    expect(read.status, read.text).toBe(200);
  });

  it('archives nothing for `no_log_archive` (archiveLogs off): a v2 step keeps its executor-logs, a v1 step has no main-logs', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const created = await h.createRun('alice', pipelines.add, {
      a: 1,
      vanish_pods: true,
      no_log_archive: true,
    });
    const runId = String(created.json.run_id);
    const name = await executorPod(h, runId);
    const finished = await h.finish('alice', runId);
    const createdAt = day(String(finished.json.created_at));
    const query = `podname=${name}&podnamespace=kubeflow-alice&runid=${runId}&createdat=${createdAt}`;
    const res = await h.call('GET', `/k8s/pod/logs?${query}`, 'alice');
    expect([res.status, res.text]).toEqual([404, 'pod not found']);
    const tasks = Array.isArray(finished.json.tasks) ? finished.json.tasks : [];
    const uris = tasks.flatMap((task) => {
      const outputs = isJson(task) && isJson(task.outputs) ? task.outputs.artifacts : undefined;
      return (Array.isArray(outputs) ? outputs : []).flatMap((entry) =>
        isJson(entry) && entry.artifact_key === 'executor-logs' && Array.isArray(entry.artifacts)
          ? entry.artifacts.flatMap((a) => (isJson(a) ? [String(a.uri)] : []))
          : [],
      );
    });
    expect(uris).toHaveLength(1);
    const key = (uris[0] ?? '').replace('minio://mlpipeline/', '');
    const file = await h.call(
      'GET',
      `/artifacts/get?source=minio&bucket=mlpipeline&key=${encodeURIComponent(key)}&namespace=kubeflow-alice`,
      'alice',
    );
    expect(file.status, file.text).toBe(200);
    expect(file.text).toContain('\n');

    const v1 = await h.createRun('alice', pipelines.argo, { no_log_archive: true });
    const v1Id = String(v1.json.run_id);
    await h.finish('alice', v1Id);
    const detail = await h.call('GET', `/apis/v1beta1/runs/${v1Id}`, 'alice');
    const runtime = isJson(detail.json.pipeline_runtime) ? detail.json.pipeline_runtime : {};
    expect(String(runtime.workflow_manifest)).not.toContain('main-logs');
  });
});
