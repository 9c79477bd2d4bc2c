import { describe, expect, it } from 'vitest';
import {
  createEmulatorHarness,
  pipelines,
  type EmulatorHarness,
} from '../testing/emulator-test-kit.ts';
import { createPodStore } from '../sim/pod-store.ts';
import { podRoutes } from './pods.ts';
import { as, testAuthenticator } from '../testing/test-authenticator.ts';

const gpuPipeline = pipelines.add.replace(
  '        command: [python, -c, "print(1)"]',
  '        command: [python, -c, "print(1)"]\n        resources:\n          accelerator: {resourceType: nvidia.com/gpu, resourceCount: \'2\'}\n          cpuLimit: 2.0\n          memoryLimit: 4.0',
);

const volumePipeline = `${pipelines.add}---
platforms:
  kubernetes:
    deploymentSpec:
      executors:
        exec-add:
          pvcMount:
          - constant: shared-data
            mountPath: /data
`;

interface Json {
  readonly [key: string]: unknown;
}
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else current = isJson(current) ? current[key] : undefined;
  }
  return current;
}

/** The executor pod of the run's one task (KFP master's tasks[] names it). */
async function executorPod(h: EmulatorHarness, runId: string): Promise<string> {
  for (let step = 0; step < 40; step++) {
    const run = await h.call('GET', `/apis/v2beta1/runs/${runId}?view=FULL`, 'alice');
    const tasks = at(run.json, 'tasks');
    const pods = Array.isArray(tasks) ? tasks.flatMap((t) => at(t, 'pods') ?? []) : [];
    const list: unknown[] = Array.isArray(pods) ? pods : [];
    const found = list.find((p) => at(p, 'type') === 'EXECUTOR');
    const name = at(found, 'name');
    if (typeof name === 'string') return name;
    h.clock.advance(1_000);
  }
  throw new Error('no executor pod');
}

async function pod(h: EmulatorHarness, name: string, ns = 'kubeflow-alice', who = 'alice') {
  return h.call('GET', `/k8s/pod?podname=${name}&podnamespace=${ns}`, who);
}
async function events(h: EmulatorHarness, name: string) {
  return h.call('GET', `/k8s/pod/events?podname=${name}&podnamespace=kubeflow-alice`, 'alice');
}

describe('GET /k8s/pod and /k8s/pod/events against simulated runs', () => {
  it('shows a pending_task pod Pending and unschedulable on its GPU, with FailedScheduling events', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const created = await h.createRun('alice', gpuPipeline, { a: 1, pending_task: 'add' });
    expect(created.status, created.text).toBe(200);
    const runId = String(created.json.run_id);
    const name = await executorPod(h, runId);
    h.clock.advance(120_000);
    const run = await h.call('GET', `/apis/v2beta1/runs/${runId}`, 'alice');
    expect(run.json.state).toBe('RUNNING');
    const res = await pod(h, name);
    expect(res.status, res.text).toBe(200);
    expect(at(res.json, 'status', 'phase')).toBe('Pending');
    expect(at(res.json, 'status', 'conditions', 0)).toMatchObject({
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
    });
    expect(String(at(res.json, 'status', 'conditions', 0, 'message'))).toContain(
      'Insufficient nvidia.com/gpu',
    );
    expect(at(res.json, 'spec', 'nodeName')).toBeUndefined();
    expect(at(res.json, 'spec', 'containers', 1, 'resources')).toEqual({
      requests: { cpu: '2', memory: '4G', 'nvidia.com/gpu': '2' },
      limits: { cpu: '2', memory: '4G', 'nvidia.com/gpu': '2' },
    });
    const list = await events(h, name);
    expect(list.json.kind).toBe('EventList');
    const items = at(list.json, 'items');
    const list2 = Array.isArray(items) ? items : [];
    expect(list2.map((e) => [at(e, 'type'), at(e, 'reason')])).toEqual([
      ['Warning', 'FailedScheduling'],
      ['Normal', 'NotTriggerScaleUp'],
    ]);
    expect(at(list2[0], 'series', 'count')).toBe(5);
    expect(at(list2[1], 'count')).toBe(13);
    // Terminating the run ends the wait (a terminated run ends FAILED, as KFP 2.17 reports it).
    await h.call('POST', `/apis/v2beta1/runs/${runId}:terminate`, 'alice');
    expect((await h.finish('alice', runId)).json.state).toBe('FAILED');
    const ended = await pod(h, name);
    expect(at(ended.json, 'status', 'phase')).toBe('Failed');
  });

  it('follows a pod through its phases, with its volumes and kubelet events', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const created = await h.createRun('alice', volumePipeline, { a: 1 });
    const runId = String(created.json.run_id);
    const name = await executorPod(h, runId);
    const run = await h.finish('alice', runId);
    expect(run.json.state).toBe('SUCCEEDED');
    const res = await pod(h, name);
    expect(at(res.json, 'status', 'phase')).toBe('Succeeded');
    expect(at(res.json, 'spec', 'nodeName')).toBe('kfp-emulator-node');
    expect(at(res.json, 'status', 'containerStatuses', 0, 'state', 'terminated')).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
    expect(at(res.json, 'spec', 'volumes', 0)).toEqual({
      name: 'shared-data',
      persistentVolumeClaim: { claimName: 'shared-data' },
    });
    expect(at(res.json, 'spec', 'containers', 1, 'volumeMounts', 0)).toEqual({
      name: 'shared-data',
      mountPath: '/data',
    });
    const reasons = at(await events(h, name).then((e) => e.json), 'items');
    expect(Array.isArray(reasons) ? reasons.map((e) => at(e, 'reason')) : []).toEqual([
      'Scheduled',
      'Pulled',
      'Created',
      'Started',
      'Pulling',
      'Pulled',
      'Created',
      'Started',
    ]);
  });

  it('fails a task with exit code 1 and says so in the container state', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const created = await h.createRun('alice', pipelines.add, { a: 1, fail_task: 'add' });
    const runId = String(created.json.run_id);
    const name = await executorPod(h, runId);
    await h.finish('alice', runId);
    const res = await pod(h, name);
    expect(at(res.json, 'status', 'phase')).toBe('Failed');
    expect(at(res.json, 'status', 'containerStatuses', 0, 'state', 'terminated')).toMatchObject({
      exitCode: 1,
      reason: 'Error',
    });
  });

  it('answers 500 with the UI server message once vanish_pods removed the pod; events are empty', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const created = await h.createRun('alice', pipelines.add, { a: 1, vanish_pods: true });
    const runId = String(created.json.run_id);
    const name = await executorPod(h, runId);
    await h.finish('alice', runId);
    const res = await pod(h, name);
    expect(res.status).toBe(500);
    expect(res.text).toBe(`Could not get pod ${name} in namespace kubeflow-alice`);
    const list = await events(h, name);
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([]);
  });

  it('shows a v1 (Argo) pending_task pod and puts the reason on its Argo node', async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('alice', pipelines.argo, { pending_task: 'hello' });
    const runId = String(created.json.run_id);
    h.clock.advance(30_000);
    const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'alice');
    const manifest: unknown = JSON.parse(
      String(at(v1.json, 'pipeline_runtime', 'workflow_manifest')),
    );
    const nodes = at(manifest, 'status', 'nodes');
    const podNode = Object.values(isJson(nodes) ? nodes : {}).find((n) => at(n, 'type') === 'Pod');
    expect(at(podNode, 'phase')).toBe('Pending');
    expect(String(at(podNode, 'message'))).toMatch(/^Unschedulable: 0\/3 nodes are available/);
    const name = String(at(podNode, 'id'));
    const res = await pod(h, name);
    expect(res.status, res.text).toBe(200);
    expect(at(res.json, 'spec', 'containers', 1, 'resources', 'limits')).toEqual({
      'nvidia.com/gpu': '1',
    });
  });
});

describe('pod route checks, as pod-info.ts', () => {
  const app = podRoutes({ pods: createPodStore(), authenticator: testAuthenticator });
  it.each([
    ['/k8s/pod?podnamespace=kubeflow-alice', 'alice', 422, 'podname argument is required'],
    ['/k8s/pod?podname=p', 'alice', 422, 'podnamespace argument is required'],
    ['/k8s/pod?podname=p&podnamespace=kubeflow-bob', 'alice', 403, 'Access denied to namespace'],
    [
      '/k8s/pod/events?podname=p&podnamespace=kubeflow-bob',
      'alice',
      403,
      'Access denied to namespace',
    ],
    [
      '/k8s/pod?podname=Bad_Name&podnamespace=kubeflow-alice',
      'alice',
      500,
      'Invalid resource name',
    ],
  ])('%s as %s → %i', async (path, who, status, body) => {
    const res = await app.request(path, as(who));
    expect(res.status).toBe(status);
    expect(await res.text()).toBe(body);
  });

  it('answers 500 when the UI server reaches no cluster', async () => {
    const offline = podRoutes({
      pods: createPodStore(),
      authenticator: testAuthenticator,
      cluster: false,
    });
    const info = await offline.request(
      '/k8s/pod?podname=p&podnamespace=kubeflow-alice',
      as('alice'),
    );
    expect(info.status).toBe(500);
    expect(await info.text()).toBe('Could not get pod p in namespace kubeflow-alice');
    const list = await offline.request(
      '/k8s/pod/events?podname=p&podnamespace=kubeflow-alice',
      as('alice'),
    );
    expect(await list.text()).toBe(
      'Error when listing pod events for pod p in namespace kubeflow-alice',
    );
  });
});
