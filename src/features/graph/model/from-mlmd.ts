/**
 * Run-state overlay of a v2 run on released KFP (2.0 … 2.18) from ML Metadata: the executions KFP's
 * driver and launcher record in the run's `system.PipelineRun` context. As in KFP's own UI
 * (frontend/src/lib/v2/DynamicFlow.ts), an execution is placed by its `task_name` under the DAG
 * execution named by `parent_dag_id`; the root DAG has no task name. A loop is a DAG execution with
 * `iteration_count`; its iterations are DAG executions under it with `iteration_index`, and count
 * as executions of the loop group (as in `from-run-tasks`). Inputs and outputs come from the
 * `inputs`/`outputs` properties and the INPUT/OUTPUT events; `rawOutputs` takes the shape of a
 * `tasks[]` task's outputs, so visualizations and compare read both sources the same way.
 */
import { linkArtifacts, taskShapedOutputs, type LinkedArtifacts } from '@/lib/mlmd/run-views.ts';
import type {
  JsonObject,
  MlmdArtifact,
  MlmdExecution,
  MlmdExecutionState,
  RunMetadata,
} from '@/lib/mlmd/types.ts';
import { V2_ROOT } from './from-pipeline-spec.ts';
import type { PipelineGraph } from './graph-model.ts';
import { V2_ROOT_PLACEMENT, walkOverlay } from './overlay-walk.ts';
import {
  durationBetween,
  placeChild,
  type NodeExecution,
  type NodeRunState,
  type Placement,
  type RunArtifact,
  type RunOverlay,
  type RunParameter,
} from './run-state.ts';
import { valueText } from './unknown-reader.ts';

/**
 * MLMD's state of an execution as a node state. CANCELED is what KFP's driver records for a task it
 * did not trigger — a false `dsl.If`, a task after a failed one (backend/src/v2/metadata/client.go,
 * CreateExecution: "in MLMD, CANCELED state means exactly as what we call not triggered") — i.e.
 * skipped, as tasks[] reports it; a terminated run's tasks stay RUNNING there instead.
 */
export function mlmdState(state: MlmdExecutionState): NodeRunState {
  switch (state) {
    case 'RUNNING':
      return 'RUNNING';
    case 'COMPLETE':
    case 'CACHED':
      return 'SUCCEEDED';
    case 'FAILED':
      return 'FAILED';
    case 'CANCELED':
      return 'SKIPPED';
    default:
      return 'PENDING';
  }
}

const isFinished = (state: NodeRunState) => state !== 'RUNNING' && state !== 'PENDING';

function parameters(values: JsonObject): RunParameter[] {
  return Object.entries(values).map(([name, value]) => ({ name, value: valueText(value) ?? '' }));
}

function runArtifact({ name, artifact }: { name: string; artifact: MlmdArtifact }): RunArtifact {
  return {
    name,
    ...(artifact.uri !== '' ? { uri: artifact.uri } : {}),
    ...(artifact.type !== '' ? { type: artifact.type } : {}),
    artifactId: artifact.id,
  };
}

export function mlmdExecution(
  execution: MlmdExecution,
  links: LinkedArtifacts,
  placement: Pick<Placement, 'depth' | 'iteration'>,
): NodeExecution {
  const state = mlmdState(execution.state);
  const startedAt = execution.createdAt;
  const finishedAt = isFinished(state) ? execution.updatedAt : undefined;
  const durationMs = durationBetween(startedAt, finishedAt);
  const outputs = links.outputs.get(execution.id) ?? [];
  return {
    runtimeId: execution.id,
    state,
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(execution.podName !== '' ? { podName: execution.podName } : {}),
    cached: execution.state === 'CACHED',
    ...(execution.state === 'CACHED' && execution.cachedExecutionId !== undefined
      ? { cachedExecutionId: execution.cachedExecutionId }
      : {}),
    ...(placement.iteration !== undefined ? { iteration: placement.iteration } : {}),
    depth: placement.depth,
    history: [],
    inputs: parameters(execution.inputs),
    outputs: parameters(execution.outputs),
    inputArtifacts: (links.inputs.get(execution.id) ?? []).map(runArtifact),
    outputArtifacts: outputs.map(runArtifact),
    rawOutputs: taskShapedOutputs(execution, outputs),
  };
}

const isRootDag = (e: MlmdExecution) => e.taskName === '' && e.parentDagId === undefined;

export function overlayFromMlmd(graph: PipelineGraph, metadata: RunMetadata): RunOverlay {
  const links = linkArtifacts(metadata.artifacts, metadata.events);
  const byId = new Map(metadata.executions.map((e) => [e.id, e]));
  const parentOf = (execution: MlmdExecution) =>
    execution.parentDagId === undefined ? undefined : byId.get(execution.parentDagId);
  const isIteration = (execution: MlmdExecution) =>
    parentOf(execution)?.iterationCount !== undefined && execution.iterationIndex !== undefined;
  return walkOverlay(graph, {
    records: metadata.executions,
    id: (execution) => execution.id,
    place: (execution, placeParent, builder) => {
      if (isRootDag(execution)) return V2_ROOT_PLACEMENT;
      const parent = parentOf(execution);
      if (!parent) return null;
      const parentPlace = placeParent(parent);
      if (parentPlace === null) return null;
      if (parent.iterationCount !== undefined && execution.iterationIndex !== undefined)
        return { ...parentPlace, iteration: execution.iterationIndex };
      if (execution.taskName !== '')
        return placeChild(builder, parentPlace, execution.taskName, V2_ROOT);
      return null;
    },
    container: (execution) =>
      execution.iterationCount !== undefined && !isIteration(execution)
        ? { state: mlmdState(execution.state), count: execution.iterationCount }
        : undefined,
    execution: (execution, placement) => mlmdExecution(execution, links, placement),
    countsCallsInCalledGroup: false,
  });
}
