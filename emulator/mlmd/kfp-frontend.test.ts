import { describe, expect, it } from 'vitest';
import {
  Event_Type,
  Execution_State,
  type Execution,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createEmulatorHarness } from '../testing/emulator-test-kit.ts';
import { inProcessClient, prop, trainingPipelineYaml } from '../testing/mlmd-test-kit.ts';

/**
 * The calls KFP's own run page makes for a v2 run, and what its code then expects of the answers
 * (kubeflow/pipelines 2.17 frontend/src/pages/RunDetailsV2.tsx, src/mlmd/MlmdUtils.ts,
 * src/lib/v2/DynamicFlow.ts, src/components/viewers/MetricsVisualizations.tsx), restated here.
 */
describe("KFP's frontend reading a v2 run from ML Metadata", () => {
  it('finds the run context, executions by task name and parent DAG, and artifacts by event', async () => {
    const h = await createEmulatorHarness();
    const created = await h.createRun('alice', trainingPipelineYaml);
    const runId = String(created.json.run_id);
    await h.finish('alice', runId);
    const mlmd = inProcessClient(h, 'alice');

    // getKfpV2RunContext, getExecutionsFromContext, getArtifactsFromContext, getEventsByExecutions
    const { context } = await mlmd.getContextByTypeAndName({
      typeName: 'system.PipelineRun',
      contextName: runId,
    });
    if (!context) throw new Error('Cannot find specified context');
    const { executions } = await mlmd.getExecutionsByContext({ contextId: context.id });
    const { artifacts } = await mlmd.getArtifactsByContext({ contextId: context.id });
    const { events } = await mlmd.getEventsByExecutionIDs({
      executionIds: executions.map((e) => e.id),
    });

    // DynamicFlow: executions by task_name; the root is the one whose task_name is ''.
    const byTaskName = new Map<string, Execution[]>();
    for (const e of executions) {
      const name = e.customProperties.task_name?.value;
      if (name?.case !== 'stringValue') continue;
      byTaskName.set(name.value, [...(byTaskName.get(name.value) ?? []), e]);
    }
    const [root] = byTaskName.get('') ?? [];
    if (!root) throw new Error('no root execution');
    const under = (taskName: string, dag: Execution) =>
      (byTaskName.get(taskName) ?? []).filter(
        (e) => prop(e.customProperties, 'parent_dag_id') === Number(dag.id),
      );
    for (const task of ['load-dataset', 'dataset-report']) {
      const [execution] = under(task, root);
      expect(execution?.lastKnownState, task).toBe(Execution_State.COMPLETE);
      expect(prop(execution?.customProperties ?? {}, 'display_name')).toBe(task);
      expect(prop(execution?.customProperties ?? {}, 'pod_name')).toMatch(
        /-system-container-impl-/,
      );
    }
    // Layers root → for-loop-2 (a ParallelFor: iteration_count) → for-loop-2.1 (iteration_index).
    const [loop] = under('for-loop-2', root);
    if (!loop) throw new Error('no loop execution');
    expect(prop(loop.customProperties, 'iteration_count')).toBe(3);
    const iteration = under('for-loop-2', loop).filter(
      (e) => prop(e.customProperties, 'iteration_index') === 1,
    );
    expect(iteration).toHaveLength(1);
    const [second] = iteration;
    if (!second) throw new Error('no iteration 1');
    expect(under('train-model', second)).toHaveLength(1);
    expect(under('evaluate-model', second)).toHaveLength(1);

    // Artifact nodes: `artifact.<task name>.<event path key>` of each OUTPUT event.
    const nodeKeys = new Map<string, bigint>();
    for (const event of events.filter((e) => e.type === Event_Type.OUTPUT)) {
      const execution = executions.find((e) => e.id === event.executionId);
      const task = prop(execution?.customProperties ?? {}, 'task_name');
      const name = event.path?.steps[0]?.value;
      if (typeof task !== 'string' || name?.case !== 'key') continue;
      expect(artifacts.some((a) => a.id === event.artifactId)).toBe(true);
      nodeKeys.set(`artifact.${task}.${name.value}`, event.artifactId);
    }
    // register-model runs only in iterations whose accuracy passed the condition.
    const registered = (byTaskName.get('register-model') ?? []).some(
      (e) => e.lastKnownState === Execution_State.COMPLETE,
    );
    // Each container task also has its `executor-logs` output (KFP ≥ 2.5); the spec has no node for
    // it, so KFP's graph never looks that key up.
    const logs = (task: string) => `artifact.${task}.executor-logs`;
    expect([...nodeKeys.keys()].sort()).toEqual(
      [
        'artifact.dataset-report.report',
        logs('dataset-report'),
        'artifact.evaluate-model.metrics',
        logs('evaluate-model'),
        'artifact.load-dataset.dataset',
        logs('load-dataset'),
        ...(registered ? ['artifact.register-model.model_card', logs('register-model')] : []),
        'artifact.train-model.metrics',
        'artifact.train-model.model',
        logs('train-model'),
      ].sort(),
    );

    // The node panel: getLinkedArtifactsByExecution, then the visualizations by artifact type.
    const [evaluate] = under('evaluate-model', second);
    if (!evaluate) throw new Error('no evaluate-model');
    const own = (await mlmd.getEventsByExecutionIDs({ executionIds: [evaluate.id] })).events;
    const linked = (await mlmd.getArtifactsByID({ artifactIds: own.map((e) => e.artifactId) }))
      .artifacts;
    expect(linked).toHaveLength(new Set(own.map((e) => e.artifactId)).size);
    const { artifactTypes } = await mlmd.getArtifactTypes({});
    const typeId = (name: string) => artifactTypes.find((t) => t.name === name)?.id;
    const outputIds = own.filter((e) => e.type === Event_Type.OUTPUT).map((e) => e.artifactId);
    const classification = linked.filter(
      (a) => outputIds.includes(a.id) && a.typeId === typeId('system.ClassificationMetrics'),
    );
    expect(classification).toHaveLength(1);
    const matrix = classification[0]?.customProperties.confusionMatrix?.value;
    expect(matrix?.case).toBe('structValue');
    expect(prop(classification[0]?.customProperties ?? {}, 'display_name')).toBe('metrics');

    const [train] = under('train-model', second);
    const trainOutputs = (
      await mlmd.getEventsByExecutionIDs({ executionIds: train ? [train.id] : [] })
    ).events.filter((e) => e.type === Event_Type.OUTPUT);
    const scalars = (
      await mlmd.getArtifactsByID({ artifactIds: trainOutputs.map((e) => e.artifactId) })
    ).artifacts.filter((a) => a.typeId === typeId('system.Metrics'));
    expect(scalars).toHaveLength(1);
    const metricKeys = Object.keys(scalars[0]?.customProperties ?? {}).filter(
      (k) => k !== 'display_name' && k !== 'store_session_info',
    );
    expect(metricKeys.length).toBeGreaterThan(0);
    for (const key of metricKeys)
      expect(scalars[0]?.customProperties[key]?.value.case).toBe('doubleValue');

    // getContextByExecution(execution, 'system.PipelineRun')
    const { contexts } = await mlmd.getContextsByExecution({ executionId: evaluate.id });
    const { contextType } = await mlmd.getContextType({ typeName: 'system.PipelineRun' });
    const runContexts = contexts.filter((c) => c.typeId === contextType?.id);
    expect(runContexts.map((c) => c.id)).toEqual([context.id]);
    expect(contexts.map((c) => c.type).sort()).toEqual(['system.Pipeline', 'system.PipelineRun']);
  });
});
