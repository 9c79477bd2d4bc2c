import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asArray, asObject, asString, entries, field, parseJson, stringField } from './sim/json.ts';
import {
  createEmulatorHarness,
  firstObjectKey,
  pipelines,
  type EmulatorHarness,
} from './testing/emulator-test-kit.ts';
import type { JsonObject, JsonValue } from './lib/json.ts';

const runIdOf = (answer: { json: Readonly<Record<string, unknown>> }): string =>
  String(answer.json.run_id);
const artifact = (h: EmulatorHarness, user: string, namespace: string, key: string) =>
  h.call(
    'GET',
    `/artifacts/get?source=minio&bucket=mlpipeline&key=${encodeURIComponent(key)}&namespace=${namespace}`,
    user,
  );

/** A finished run's first object key (v2: an output artifact; v1: an Argo archive). */
async function finishedRunKey(
  h: EmulatorHarness,
  user: string,
  yaml: string,
): Promise<{ runId: string; key: string }> {
  const created = await h.createRun(user, yaml);
  expect(created.status, created.text).toBe(200);
  const runId = runIdOf(created);
  const run = await h.finish(user, runId);
  expect(run.json.state).toBe('SUCCEEDED');
  const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, user);
  return { runId, key: firstObjectKey(`${run.text}\n${v1.text}`) };
}

describe('failure injection through the API', () => {
  it('accepts fail_task and vanish_pods undeclared, echoes them, and the run fails', async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('alice', pipelines.add, {
      a: 1,
      fail_task: 'add',
      vanish_pods: true,
    });
    expect(created.status, created.text).toBe(200);
    expect(created.json.runtime_config).toMatchObject({
      parameters: { a: 1, fail_task: 'add', vanish_pods: true },
    });
    const run = await h.finish('alice', runIdOf(created));
    expect(run.json.state).toBe('FAILED');

    // The undeclared names themselves break nothing: without fail_task the run succeeds.
    const vanishing = await h.createRun('alice', pipelines.add, { a: 1, vanish_pods: true });
    expect((await h.finish('alice', runIdOf(vanishing))).json.state).toBe('SUCCEEDED');

    const v1 = await h.createRun('alice', pipelines.argo, { fail_task: '*' });
    expect(v1.status, v1.text).toBe(200);
    expect((await h.finish('alice', runIdOf(v1))).json.state).toBe('FAILED');
  });

  it('still refuses any other undeclared parameter', async () => {
    const h = await createEmulatorHarness();
    const v2 = await h.createRun('alice', pipelines.add, { a: 1, fail_tasks: 'add' });
    expect(v2.status).toBe(400);
    expect(v2.text).toContain('no input parameter named \\"fail_tasks\\"');
    const v1 = await h.createRun('alice', pipelines.argo, { vanish: true });
    expect(v1.status).toBe(400);
    expect(v1.text).toContain('Unrecognized input parameter: vanish');
  });
});

describe('artifact ownership', () => {
  it.each([
    ['v2 (run id in the key)', pipelines.report],
    ['v1 (workflow name in the key)', pipelines.argo],
  ])(
    'refuses another namespace’s objects asked for under one’s own namespace: %s',
    async (_name, yaml) => {
      // The v2 keys are read from tasks[] (`next`); released servers keep them in ML Metadata.
      const h = await createEmulatorHarness({ runApi: 'next' });
      const alice = await finishedRunKey(h, 'alice', yaml);
      const bob = await finishedRunKey(h, 'bob', yaml);
      expect((await artifact(h, 'alice', 'kubeflow-alice', alice.key)).status).toBe(200);
      expect((await artifact(h, 'bob', 'kubeflow-bob', bob.key)).status).toBe(200);
      const stolen = await artifact(h, 'alice', 'kubeflow-alice', bob.key);
      expect(stolen.status).toBe(403);
      expect(stolen.text).toBe('Artifact does not belong to the requested namespace');
      expect((await artifact(h, 'alice', 'kubeflow-bob', bob.key)).status).toBe(403);
    },
  );

  it('ReadArtifact checks the run’s namespace against the caller', async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('bob', pipelines.argo);
    const runId = runIdOf(created);
    await h.finish('bob', runId);
    const v1 = await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'bob');
    const manifest: unknown = JSON.parse(JSON.stringify(v1.json.pipeline_runtime ?? {}));
    const text =
      typeof manifest === 'object' && manifest !== null && 'workflow_manifest' in manifest
        ? String(manifest.workflow_manifest)
        : '';
    const nodeId =
      /"id":"([^"]+)","name":"[^"]+","displayName":"[^"]+","type":"Pod"/.exec(text)?.[1] ?? '';
    expect(nodeId).not.toBe('');
    const path = `/apis/v1beta1/runs/${runId}/nodes/${nodeId}/artifacts/main-logs:read`;
    const own = await h.call('GET', path, 'bob');
    expect(own.status, own.text).toBe(200);
    expect(typeof own.json.data).toBe('string');
    const other = await h.call('GET', path, 'alice');
    expect(other.status).toBe(403);
    expect(other.text).toContain(
      "User 'alice@example.com' is not authorized to readArtifact runs in namespace 'kubeflow-bob'",
    );
  });
});

// These read a v2 run's pods and output artifacts from tasks[] (`next`); the released API has them
// only in the workflow (pods) and ML Metadata (artifacts).
describe('pod logs', () => {
  it('grow with the clock without anyone polling the run', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const runId = runIdOf(await h.createRun('alice', pipelines.report));
    // Poll the run only until its executor printed its first line, to learn the pod name.
    let podName = '';
    for (let step = 0; step < 600 && podName === ''; step++) {
      h.clock.advance(500);
      const run = await h.call('GET', `/apis/v2beta1/runs/${runId}?view=FULL`, 'alice');
      const pod = /"name":"([^"]+)","uid":"[^"]+","type":"EXECUTOR"/.exec(run.text)?.[1];
      if (pod !== undefined && h.core.logs.get(pod)) podName = pod;
    }
    expect(podName).not.toBe('');
    const early = h.core.logs.get(podName)?.lines.length ?? 0;
    h.clock.advance(3_600_000);
    const logs = await h.call(
      'GET',
      `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice&runid=${runId}`,
      'alice',
    );
    expect(logs.status).toBe(200);
    const lines = logs.text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(early);
    // The run ended an hour ago: the log is the pod's complete log, as the finished run leaves it.
    expect((await h.finish('alice', runId)).json.state).toBe('SUCCEEDED');
    expect(lines).toEqual(h.core.logs.get(podName)?.lines);
  });
});

const objects = (values: readonly JsonValue[] | undefined): JsonObject[] =>
  (values ?? []).flatMap((v) => {
    const o = asObject(v);
    return o ? [o] : [];
  });

describe('a v2 run on the released API', () => {
  it('names in its workflow the pods its logs are stored under, and reports its nodes as task details', async () => {
    const h = await createEmulatorHarness();
    const runId = runIdOf(await h.createRun('alice', pipelines.report));
    const run = await h.finish('alice', runId);
    expect(run.json.state).toBe('SUCCEEDED');
    expect(run.json).not.toHaveProperty('tasks');
    const v1 = parseJson((await h.call('GET', `/apis/v1beta1/runs/${runId}`, 'alice')).text);
    const workflow = parseJson(stringField(v1, 'pipeline_runtime', 'workflow_manifest') ?? '{}');
    const wfName = stringField(workflow, 'metadata', 'name') ?? '';
    const nodes = objects(entries(field(workflow, 'status', 'nodes')).map(([, n]) => n));
    const executors = nodes.filter((n) => n.templateName === 'system-container-impl');
    expect(executors.map((n) => n.displayName)).toEqual(['executor']);
    for (const node of executors) {
      // KFP's RetrievePodName (backend/src/common/util/workflow.go): <workflow>-<template>-<hash of the id>.
      const hash = (asString(node.id) ?? '').split('-').pop() ?? '';
      const podName = `${wfName}-system-container-impl-${hash}`;
      const log = await h.call(
        'GET',
        `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice&runid=${runId}`,
        'alice',
      );
      expect(log.status, podName).toBe(200);
    }
    const details = objects(asArray(field(parseJson(run.text), 'run_details', 'task_details')));
    expect(details.map((d) => d.display_name).sort()).toEqual(
      nodes.map((n) => n.displayName).sort(),
    );
    const ids = new Set(nodes.map((n) => n.id));
    for (const detail of details) {
      expect(detail).not.toHaveProperty('parent_task_id');
      expect(detail).not.toHaveProperty('pod_name');
      for (const child of asArray(detail.child_tasks) ?? [])
        expect(ids.has(field(child, 'pod_name') ?? '')).toBe(true);
    }
  });
});

describe('restart with a data dir', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('serves the artifacts and logs of runs finished before the restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kfp-emulator-'));
    const first = await createEmulatorHarness({ dataDir: dir, runApi: 'next' });
    const v2 = await finishedRunKey(first, 'alice', pipelines.report);
    const v1 = await finishedRunKey(first, 'alice', pipelines.argo);
    const before = [
      (await artifact(first, 'alice', 'kubeflow-alice', v2.key)).text,
      (await artifact(first, 'alice', 'kubeflow-alice', v1.key)).text,
    ];
    const podName = /artifacts\/[^/]+\/\d{4}\/\d\d\/\d\d\/([^/]+)\//.exec(v1.key)?.[1] ?? '';
    const log = await first.call(
      'GET',
      `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice`,
      'alice',
    );
    expect(log.status).toBe(200);
    first.core.store.close();

    const second = await createEmulatorHarness({
      dataDir: dir,
      clock: first.clock,
      runApi: 'next',
    });
    expect(second.core.store.runs.size).toBe(2);
    const after = [
      await artifact(second, 'alice', 'kubeflow-alice', v2.key),
      await artifact(second, 'alice', 'kubeflow-alice', v1.key),
    ];
    expect(after.map((a) => a.status)).toEqual([200, 200]);
    expect(after.map((a) => a.text)).toEqual(before);
    // Without runid the pod's run is found by its name (pod names start with the workflow name).
    const restored = await second.call(
      'GET',
      `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice`,
      'alice',
    );
    expect(restored.status).toBe(200);
    expect(restored.text).toBe(log.text);
    second.core.store.close();
  });
});
