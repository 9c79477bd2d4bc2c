import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Event_Type,
  Execution_State,
} from '../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createEmulatorHarness, type EmulatorHarness } from './testing/emulator-test-kit.ts';
import { inProcessClient, prop, runExecutionsAndEvents } from './testing/mlmd-test-kit.ts';
import { asArray, asString } from './sim/json.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './lib/json.ts';

/**
 * KFP's execution cache in the emulator, from the decision at run creation to every view of it:
 * the kfp 2 tutorial's data handling (multiply → write_result_to_text → get_text_file, the last one
 * with caching disabled) run twice with the same inputs in one namespace.
 */
const seedPipeline = (name: string) =>
  readFileSync(new URL(`./seed/pipelines/${name}.yaml`, import.meta.url), 'utf8');
const dataHandling = seedPipeline('data-handling-v2');

async function runTwice(
  h: EmulatorHarness,
  second: Record<string, unknown> = { a: 7, b: 8 },
  yaml = dataHandling,
  first: Record<string, unknown> = { a: 7, b: 8 },
): Promise<{ first: string; second: string }> {
  const a = await h.createRun('alice', yaml, first);
  const firstId = String(a.json.run_id);
  expect((await h.finish('alice', firstId)).json.state).toBe('SUCCEEDED');
  const b = await h.createRun('alice', yaml, second);
  const id = String(b.json.run_id);
  expect((await h.finish('alice', id)).json.state).toBe('SUCCEEDED');
  return { first: firstId, second: id };
}

const tasksOf = (h: EmulatorHarness, runId: string): JsonObject[] => [
  ...(h.core.engine.runtime(runId)?.tasks ?? []),
];
const task = (tasks: readonly JsonObject[], name: string): JsonObject =>
  tasks.find((t) => t.name === name) ?? {};
const podTypes = (t: JsonObject) =>
  (asArray(t.pods) ?? []).filter(isJsonObject).map((p) => asString(p.type));
const outputs = (t: JsonObject) => (isJsonObject(t.outputs) ? t.outputs : {});
const keys = (artifacts: JsonValue | undefined) =>
  (asArray(artifacts) ?? []).filter(isJsonObject).map((a) => asString(a.artifact_key));
const declared = (artifacts: JsonValue | undefined) =>
  (asArray(artifacts) ?? []).filter((a) => isJsonObject(a) && a.artifact_key !== 'executor-logs');

describe('KFP cache hits (decided when the run is created)', () => {
  it('a second run with the same inputs takes the cached tasks from the first: CACHED, no executor pod, same outputs', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const { first, second } = await runTwice(h);
    const before = tasksOf(h, first);
    const after = tasksOf(h, second);
    for (const name of ['multiply', 'write-result-to-text']) {
      const original = task(before, name);
      const cached = task(after, name);
      expect(original.state, name).toBe('SUCCEEDED');
      expect(cached.state, name).toBe('CACHED');
      expect(cached.cache_fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(cached.cache_fingerprint).toBe(original.cache_fingerprint);
      expect(podTypes(cached)).toEqual(['DRIVER']);
      expect(podTypes(original)).toEqual(['DRIVER', 'EXECUTOR']);
      // The declared outputs are reused; the original's `executor-logs` is not (no executor ran).
      expect(outputs(cached).parameters).toEqual(outputs(original).parameters);
      expect(declared(outputs(cached).artifacts)).toEqual(declared(outputs(original).artifacts));
      expect(keys(outputs(original).artifacts)).toContain('executor-logs');
      expect(keys(outputs(cached).artifacts)).not.toContain('executor-logs');
    }
    // Caching disabled on the task: it runs again (its own pod), reading the reused text file.
    const read = task(after, 'get-text-file');
    expect(read.state).toBe('SUCCEEDED');
    expect(read.cache_fingerprint).toBeUndefined();
    expect(podTypes(read)).toEqual(['DRIVER', 'EXECUTOR']);
    expect(outputs(read).parameters).toEqual(outputs(task(before, 'get-text-file')).parameters);
    // The decision is kept in the run record (a restart replays it).
    expect(Object.keys(h.core.store.runs.get(second)?.cache ?? {}).sort()).toEqual([
      'root/multiply',
      'root/write-result-to-text',
    ]);
    expect(h.core.store.runs.get(first)?.cache).toBeUndefined();
  });

  it('other inputs, another namespace or a run created before the first finished: no hit', async () => {
    const h = await createEmulatorHarness({ runApi: 'next' });
    const { second } = await runTwice(h, { a: 7, b: 9 });
    expect(tasksOf(h, second).filter((t) => t.state === 'CACHED')).toEqual([]);
    const bob = await h.createRun('bob', dataHandling, { a: 7, b: 8 });
    const bobRun = String(bob.json.run_id);
    await h.finish('bob', bobRun);
    expect(tasksOf(h, bobRun).filter((t) => t.state === 'CACHED')).toEqual([]);

    const fresh = await createEmulatorHarness({ runApi: 'next' });
    const one = String((await fresh.createRun('alice', dataHandling, { a: 7, b: 8 })).json.run_id);
    const two = String((await fresh.createRun('alice', dataHandling, { a: 7, b: 8 })).json.run_id);
    await fresh.finish('alice', one);
    await fresh.finish('alice', two);
    expect(tasksOf(fresh, two).filter((t) => t.state === 'CACHED')).toEqual([]);
  });

  it('released KFP: the cached executor step is a Skipped Argo node (cached-decision), the task succeeded', async () => {
    const h = await createEmulatorHarness();
    const { second } = await runTwice(h);
    const run = await h.call('GET', `/apis/v2beta1/runs/${second}`, 'alice');
    const details = isJsonObject(run.json.run_details)
      ? (asArray(run.json.run_details.task_details) ?? []).filter(isJsonObject)
      : [];
    const named = (name: string) => details.filter((d) => d.display_name === name);
    expect(named('multiply').map((d) => d.state)).toEqual(['SUCCEEDED']);
    // Two cached tasks skip their executor; get-text-file's executor pod ran.
    expect(
      named('executor')
        .map((d) => d.state)
        .sort(),
    ).toEqual(['SKIPPED', 'SKIPPED', 'SUCCEEDED']);
    const v1 = await h.call('GET', `/apis/v1beta1/runs/${second}`, 'alice');
    const runtime = isJsonObject(v1.json.pipeline_runtime) ? v1.json.pipeline_runtime : {};
    const manifest: unknown = JSON.parse(asString(runtime.workflow_manifest) ?? '{}');
    const status = isJsonObject(manifest) && isJsonObject(manifest.status) ? manifest.status : {};
    const nodes = Object.values(isJsonObject(status.nodes) ? status.nodes : {}).filter(
      isJsonObject,
    );
    const skipped = nodes.find((n) => asString(n.name)?.endsWith('.multiply.executor') === true);
    expect(skipped).toMatchObject({
      type: 'Skipped',
      phase: 'Skipped',
      templateName: 'system-container-impl',
      message: "when 'true != true' evaluated false",
    });
  });

  it('ML Metadata: the execution is CACHED, names the original in cached_execution_id, copies its outputs', async () => {
    const h = await createEmulatorHarness();
    const { first, second } = await runTwice(h);
    const client = inProcessClient(h, 'alice');
    const records = async (runId: string) => {
      const { executions, events } = await runExecutionsAndEvents(client, runId);
      const of = (name: string) =>
        executions.find((e) => prop(e.customProperties, 'task_name') === name);
      const output = (name: string) =>
        events.find((e) => e.executionId === of(name)?.id && e.type === Event_Type.OUTPUT)
          ?.artifactId;
      return { of, output };
    };
    const b = await records(second);
    const a = await records(first);
    const original = a.of('write-result-to-text');
    const cached = b.of('write-result-to-text');
    expect(original?.lastKnownState).toBe(Execution_State.COMPLETE);
    expect(cached?.lastKnownState).toBe(Execution_State.CACHED);
    expect(prop(cached?.customProperties ?? {}, 'cached_execution_id')).toBe(String(original?.id));
    // Read first, the cached run still gives the run it reuses (older) its ids first.
    expect(Number(original?.id)).toBeLessThan(Number(cached?.id));
    expect(prop(cached?.customProperties ?? {}, 'cache_fingerprint')).toBe(
      prop(original?.customProperties ?? {}, 'cache_fingerprint'),
    );
    expect(prop(cached?.customProperties ?? {}, 'pod_name')).toBe('');
    expect(prop(cached?.customProperties ?? {}, 'outputs')).toEqual(
      prop(original?.customProperties ?? {}, 'outputs'),
    );
    expect(b.of('get-text-file')?.lastKnownState).toBe(Execution_State.COMPLETE);
  });

  it('ML Metadata: a cached task links the original output artifacts (the same ids), copies none', async () => {
    const h = await createEmulatorHarness();
    const yolo = seedPipeline('yolo-object-detection-v2');
    const { first, second } = await runTwice(h, {}, yolo, {});
    const client = inProcessClient(h, 'alice');
    const outputsOf = async (runId: string) => {
      const { executions, events } = await runExecutionsAndEvents(client, runId);
      return executions
        .filter((e) => e.type === 'system.ContainerExecution')
        .map((e) => ({
          id: String(e.id),
          task: String(prop(e.customProperties, 'task_name')),
          from: prop(e.customProperties, 'cached_execution_id'),
          state: e.lastKnownState,
          artifacts: events
            .filter((v) => v.executionId === e.id && v.type === Event_Type.OUTPUT)
            .map((v) => v.artifactId)
            .sort(),
        }));
    };
    const original = await outputsOf(first);
    const cached = await outputsOf(second);
    const withArtifacts = cached.filter((e) => e.artifacts.length > 0);
    expect(withArtifacts.length).toBeGreaterThan(0);
    for (const execution of withArtifacts) {
      expect(execution.state, execution.task).toBe(Execution_State.CACHED);
      // The execution it names is the first run's, of the same task, with the same outputs.
      const source = original.find((o) => o.id === execution.from);
      expect(source?.task).toBe(execution.task);
      // Its own outputs are the original's, without the original's executor-logs file.
      expect(execution.artifacts.every((id) => source?.artifacts.includes(id))).toBe(true);
      expect(execution.artifacts.length).toBe((source?.artifacts.length ?? 0) - 1);
    }
  });
});
