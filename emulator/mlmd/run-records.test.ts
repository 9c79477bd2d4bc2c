import { describe, expect, it } from 'vitest';
import {
  Event_Type,
  Execution_State,
  type Execution,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createEmulatorHarness, type EmulatorHarness } from '../testing/emulator-test-kit.ts';
import { asArray, asString } from '../sim/json.ts';
import {
  inProcessClient,
  prop,
  trainingPipelineYaml,
  type MlmdClient,
} from '../testing/mlmd-test-kit.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

async function finishedRun(): Promise<{ h: EmulatorHarness; runId: string; client: MlmdClient }> {
  const h = await createEmulatorHarness();
  const created = await h.createRun('alice', trainingPipelineYaml);
  const runId = String(created.json.run_id);
  const run = await h.finish('alice', runId);
  expect(run.json.state).toBe('SUCCEEDED');
  return { h, runId, client: inProcessClient(h, 'alice') };
}

const tasksOf = (h: EmulatorHarness, runId: string): readonly JsonObject[] =>
  h.core.engine.runtime(runId)?.tasks ?? [];
const str = (o: JsonObject, key: string) => asString(o[key]) ?? '';
const executorPod = (task: JsonObject) =>
  asString(
    (asArray(task.pods) ?? []).filter(isJsonObject).find((p) => p.type === 'EXECUTOR')?.name,
  );

const iterationOf = (task: JsonObject) =>
  isJsonObject(task.type_attributes) && task.type_attributes.iteration_index !== undefined
    ? Number(task.type_attributes.iteration_index)
    : undefined;

/** The execution of a task: same task name, driver time and iteration. */
const sameTask = (e: Execution, task: JsonObject) =>
  prop(e.customProperties, 'task_name') === (task.type === 'ROOT' ? '' : str(task, 'name')) &&
  Number(e.createTimeSinceEpoch) === Date.parse(str(task, 'create_time')) &&
  prop(e.customProperties, 'iteration_index') === iterationOf(task);

async function recordsOf(client: MlmdClient, runId: string) {
  const { context } = await client.getContextByTypeAndName({
    typeName: 'system.PipelineRun',
    contextName: runId,
  });
  if (!context) throw new Error('no run context');
  const { executions } = await client.getExecutionsByContext({ contextId: context.id });
  const { events } = await client.getEventsByExecutionIDs({
    executionIds: executions.map((e) => e.id),
  });
  const { artifacts } = await client.getArtifactsByContext({ contextId: context.id });
  return { context, executions, events, artifacts };
}

describe('ML Metadata of a v2 run (written as KFP 2.x driver and launcher write it)', () => {
  it('holds the run context, one execution per task with its pod, parameters, state and parent', async () => {
    const { h, runId, client } = await finishedRun();
    const { context, executions } = await recordsOf(client, runId);
    expect(context.type).toBe('system.PipelineRun');
    expect(prop(context.customProperties, 'namespace')).toBe('kubeflow-alice');
    expect(prop(context.customProperties, 'pipeline_root')).toBe(
      `minio://mlpipeline/v2/artifacts/training-with-metrics/${runId}`,
    );

    const tasks = tasksOf(h, runId);
    expect(executions).toHaveLength(tasks.length);
    const byTaskId = new Map<string, Execution>();
    for (const task of tasks) {
      const matching = executions.filter((e) => sameTask(e, task));
      expect(matching, str(task, 'name')).toHaveLength(1);
      if (matching[0]) byTaskId.set(str(task, 'task_id'), matching[0]);
    }
    for (const task of tasks) {
      const execution = byTaskId.get(str(task, 'task_id'));
      if (!execution) continue;
      const props = execution.customProperties;
      const parent = byTaskId.get(str(task, 'parent_task_id'));
      expect(prop(props, 'parent_dag_id')).toBe(parent ? Number(parent.id) : undefined);
      if (task.type === 'RUNTIME') {
        expect(execution.type).toBe('system.ContainerExecution');
        expect(execution.lastKnownState).toBe(Execution_State.COMPLETE);
        const pod = executorPod(task);
        expect(prop(props, 'pod_name')).toBe(pod);
        expect(prop(props, 'namespace')).toBe('kubeflow-alice');
        const log = await h.call(
          'GET',
          `/k8s/pod/logs?podname=${pod ?? ''}&podnamespace=kubeflow-alice&runid=${runId}`,
          'alice',
        );
        expect(log.status).toBe(200);
      } else expect(execution.type).toBe('system.DAGExecution');
    }

    const [root] = executions;
    expect(root?.name).toBe(`run/${runId}`);
    // Nothing ever completes the root DAG (client.go UpdateDAGExecutionsState skips it).
    expect(root?.lastKnownState).toBe(Execution_State.RUNNING);
    expect(prop(root?.customProperties ?? {}, 'inputs')).toMatchObject({ epochs: 20 });

    const load = executions.find((e) => prop(e.customProperties, 'task_name') === 'load-dataset');
    const loadTask = tasks.find((t) => t.name === 'load-dataset');
    const output = isJsonObject(loadTask?.outputs)
      ? asArray(loadTask.outputs.parameters)?.[0]
      : undefined;
    expect(prop(load?.customProperties ?? {}, 'outputs')).toEqual({
      Output: isJsonObject(output) ? output.value : 'missing',
    });
    expect(prop(load?.customProperties ?? {}, 'inputs')).toEqual({
      source: 'gs://ml-datasets/iris/iris.csv',
    });

    const loop = executions.find((e) => prop(e.customProperties, 'iteration_count') !== undefined);
    expect(prop(loop?.customProperties ?? {}, 'iteration_count')).toBe(3);
    const iterations = executions.filter(
      (e) => prop(e.customProperties, 'parent_dag_id') === Number(loop?.id),
    );
    // Iteration drivers run in parallel: their order is not the index order.
    expect(
      iterations.map((e) => Number(prop(e.customProperties, 'iteration_index'))).sort(),
    ).toEqual([0, 1, 2]);
    // A condition that was false: its driver created the DAG CANCELED (not triggered).
    const conditions = executions.filter(
      (e) => prop(e.customProperties, 'task_name') === 'condition-3',
    );
    const skipped = tasks.filter((t) => t.name === 'condition-3' && t.state === 'SKIPPED').length;
    expect(conditions.filter((e) => e.lastKnownState === Execution_State.CANCELED)).toHaveLength(
      skipped,
    );
  });

  it('records output artifacts with their URIs, metadata and events named by input and output', async () => {
    const { h, runId, client } = await finishedRun();
    const { executions, events, artifacts } = await recordsOf(client, runId);
    const tasks = tasksOf(h, runId);
    const outputUris = tasks.flatMap((task) =>
      (isJsonObject(task.outputs) ? (asArray(task.outputs.artifacts) ?? []) : [])
        .filter(isJsonObject)
        .flatMap((entry) => (asArray(entry.artifacts) ?? []).filter(isJsonObject))
        .map((a) => str(a, 'uri')),
    );
    expect(artifacts.map((a) => a.uri).sort()).toEqual([...new Set(outputUris)].sort());
    for (const artifact of artifacts) {
      const key = artifact.uri.replace('minio://mlpipeline/', '');
      const object = await h.call(
        'GET',
        `/artifacts/get?source=minio&bucket=mlpipeline&key=${encodeURIComponent(key)}&namespace=kubeflow-alice`,
        'alice',
      );
      expect(object.status, artifact.uri).toBe(200);
    }

    const outputs = events.filter((e) => e.type === Event_Type.OUTPUT);
    expect(outputs).toHaveLength(artifacts.length);
    const nameOf = (id: bigint) =>
      executions.find((e) => e.id === id)?.customProperties.task_name?.value.value;
    const train = outputs.filter((e) => nameOf(e.executionId) === 'train-model');
    expect(train.map((e) => e.path?.steps[0]?.value.value).sort()).toEqual([
      'executor-logs',
      'executor-logs',
      'executor-logs',
      'metrics',
      'metrics',
      'metrics',
      'model',
      'model',
      'model',
    ]);
    // KFP ≥ 2.5: every container execution has an `executor-logs` output, its pod's log as the
    // launcher uploaded it (2.17 names the file by retry index).
    const logEvent = train.find((e) => e.path?.steps[0]?.value.value === 'executor-logs');
    const logFile = artifacts.find((a) => a.id === logEvent?.artifactId);
    expect(logFile?.type).toBe('system.Artifact');
    expect(logFile?.uri).toMatch(/\/executor-logs-0$/);
    expect(prop(logFile?.customProperties ?? {}, 'display_name')).toBe('executor-logs');
    const trainExecution = executions.find((e) => e.id === logEvent?.executionId);
    const podName = String(prop(trainExecution?.customProperties ?? {}, 'pod_name'));
    const [logText, podLog] = await Promise.all([
      h.call(
        'GET',
        `/artifacts/get?source=minio&bucket=mlpipeline&key=${encodeURIComponent(logFile?.uri.replace('minio://mlpipeline/', '') ?? '')}&namespace=kubeflow-alice`,
        'alice',
      ),
      h.call('GET', `/k8s/pod/logs?podname=${podName}&podnamespace=kubeflow-alice`, 'alice'),
    ]);
    expect(podLog.status).toBe(200);
    expect(logText.text).toBe(podLog.text);
    expect(logText.text.length).toBeGreaterThan(0);
    const metrics = artifacts.filter((a) => a.type === 'system.Metrics');
    expect(metrics).toHaveLength(3);
    for (const m of metrics) {
      expect(prop(m.customProperties, 'display_name')).toBe('metrics');
      expect(m.customProperties.accuracy?.value.case).toBe('doubleValue');
    }
    const classification = artifacts.filter((a) => a.type === 'system.ClassificationMetrics');
    expect(classification).toHaveLength(3);
    const matrix = prop(classification[0]?.customProperties ?? {}, 'confusionMatrix');
    const struct = isJsonObject(matrix) ? matrix.struct : undefined;
    expect(isJsonObject(struct) && Array.isArray(struct.annotationSpecs)).toBe(true);

    // Every input of train-model and evaluate-model is an INPUT event on an artifact of the run.
    const inputs = events.filter((e) => e.type === Event_Type.INPUT);
    const evaluateInputs = inputs.filter((e) => nameOf(e.executionId) === 'evaluate-model');
    expect(evaluateInputs.map((e) => e.path?.steps[0]?.value.value).sort()).toEqual([
      'dataset',
      'dataset',
      'dataset',
      'model',
      'model',
      'model',
    ]);
    const { artifactTypes } = await client.getArtifactTypesByID({
      typeIds: [...new Set(artifacts.map((a) => a.typeId))],
    });
    // register-model (a Markdown model card) runs only where the accuracy passed the condition.
    const registered = tasks.some((t) => t.name === 'register-model' && t.state === 'SUCCEEDED');
    expect(artifactTypes.map((t) => t.name).sort()).toEqual(
      [
        'system.Artifact',
        'system.ClassificationMetrics',
        'system.Dataset',
        'system.HTML',
        ...(registered ? ['system.Markdown'] : []),
        'system.Metrics',
        'system.Model',
      ].sort(),
    );
  });

  it('moves with simulated time: nothing before the root driver, RUNNING tasks without outputs, the same ids later', async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('alice', trainingPipelineYaml);
    const runId = String(created.json.run_id);
    const client = inProcessClient(h, 'alice');
    const empty = await client.getContextByTypeAndName({
      typeName: 'system.PipelineRun',
      contextName: runId,
    });
    const started = tasksOf(h, runId).length > 0;
    expect(empty.context === undefined).toBe(!started);

    h.clock.advance(20_000);
    const early = await recordsOf(client, runId);
    const running = early.executions.filter(
      (e) => e.type === 'system.ContainerExecution' && e.lastKnownState === Execution_State.RUNNING,
    );
    expect(running.length).toBeGreaterThan(0);
    for (const e of running) {
      expect(e.customProperties.outputs).toBeUndefined();
      expect(
        early.events.some((ev) => ev.executionId === e.id && ev.type === Event_Type.OUTPUT),
      ).toBe(false);
    }
    await h.finish('alice', runId);
    const late = await recordsOf(client, runId);
    expect(late.executions.length).toBeGreaterThan(early.executions.length);
    for (const e of early.executions) {
      const same = late.executions.find((l) => l.id === e.id);
      expect(same?.customProperties.task_name).toEqual(e.customProperties.task_name);
      expect(same?.createTimeSinceEpoch).toBe(e.createTimeSinceEpoch);
    }
    expect(late.context.id).toBe(early.context.id);
  });
});
