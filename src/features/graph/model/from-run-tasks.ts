/**
 * Run-state overlay of a v2 run from newer servers: `GET runs/{id}?view=FULL` → `tasks[]`
 * (`PipelineTask`, kfp-api/v2beta1-tasks). Ids follow `graphFromPipelineSpec`: `root/<task>/…`,
 * built along `parent_task_id` (falling back to the dotted `scope_path`). A loop's iteration tasks
 * (DAG tasks with `iteration_index` under a LOOP task) are executions of the loop group.
 */
import { V2_ROOT } from './from-pipeline-spec.ts';
import type { PipelineGraph } from './graph-model.ts';
import { V2_ROOT_PLACEMENT, walkOverlay } from './overlay-walk.ts';
import {
  durationBetween,
  placeChild,
  type NodeExecution,
  type NodeRunState,
  type RunArtifact,
  type RunOverlay,
  type RunParameter,
} from './run-state.ts';
import { arrayAt, scalarAt, stringAt, valueText } from './unknown-reader.ts';

/** The fields of a `PipelineTask` the overlay reads (the lib/kfp wire type satisfies it). */
export interface RunTaskInput {
  readonly task_id: string;
  readonly name: string;
  readonly display_name: string;
  readonly type: string;
  readonly type_attributes: {
    readonly iteration_index: string | undefined;
    readonly iteration_count: string | undefined;
  };
  readonly state: string;
  readonly state_history: readonly {
    readonly update_time: string | undefined;
    readonly state: string;
    readonly error: { readonly message: string } | undefined;
  }[];
  readonly status_message: string;
  readonly pods: readonly { readonly name: string; readonly type: string }[];
  readonly parent_task_id: string;
  readonly scope_path: string;
  readonly create_time: string | undefined;
  readonly end_time: string | undefined;
  readonly cache_fingerprint: string;
  readonly inputs: unknown;
  readonly outputs: unknown;
}

export function v2TaskState(state: string): NodeRunState {
  switch (state) {
    case 'RUNNING':
    case 'SUCCEEDED':
    case 'SKIPPED':
    case 'FAILED':
    case 'CANCELING':
    case 'CANCELED':
    case 'PENDING':
      return state;
    case 'CACHED':
      return 'SUCCEEDED';
    default:
      return 'PENDING';
  }
}

function ioParameters(io: unknown): RunParameter[] {
  return arrayAt(io, 'parameters').flatMap((p) => {
    const name = stringAt(p, 'parameter_key') ?? stringAt(p, 'name');
    if (name === undefined) return [];
    const value = valueText(
      p !== null && typeof p === 'object' && 'value' in p ? p.value : undefined,
    );
    return [{ name, value: value ?? '' }];
  });
}

/**
 * tasks[]'s `ArtifactType` (../shared/kfp-api/v2beta1-tasks/artifact.swagger.json) as the schema title
 * KFP's SDK gives the type (`system.Metrics`…) and ML Metadata keeps, so both sources read the same.
 */
const schemaTitles: Readonly<Record<string, string>> = {
  Artifact: 'system.Artifact',
  Model: 'system.Model',
  Dataset: 'system.Dataset',
  HTML: 'system.HTML',
  Markdown: 'system.Markdown',
  Metric: 'system.Metrics',
  ClassificationMetric: 'system.ClassificationMetrics',
  SlicedClassificationMetric: 'system.SlicedClassificationMetrics',
};

/**
 * A task's artifacts, one per output file: tasks[] splits a system.Metrics output into one `Metric`
 * per scalar, all with the output's URI — they are one artifact (as in ML Metadata).
 */
function ioArtifacts(io: unknown): RunArtifact[] {
  const seen = new Set<string>();
  return arrayAt(io, 'artifacts').flatMap((entry) => {
    const key = stringAt(entry, 'artifact_key') ?? '';
    return arrayAt(entry, 'artifacts').flatMap((artifact) => {
      const uri = stringAt(artifact, 'uri');
      const wireType = stringAt(artifact, 'type');
      const type = wireType === undefined ? undefined : (schemaTitles[wireType] ?? wireType);
      const artifactId = scalarAt(artifact, 'artifact_id');
      const name = key || (stringAt(artifact, 'name') ?? '');
      if (uri !== undefined) {
        const id = `${name}\u0000${uri}`;
        if (seen.has(id)) return [];
        seen.add(id);
      }
      return [
        {
          name,
          ...(uri !== undefined ? { uri } : {}),
          ...(type !== undefined ? { type } : {}),
          ...(artifactId !== undefined ? { artifactId } : {}),
        },
      ];
    });
  });
}

/** The executor pod (where the user's code and its log are), else the driver. */
export function taskPodName(pods: RunTaskInput['pods']): string | undefined {
  const pod = pods.find((p) => p.type === 'EXECUTOR') ?? pods.at(-1);
  return pod?.name || undefined;
}

function taskExecution(
  task: RunTaskInput,
  depth: number,
  iteration: number | undefined,
): NodeExecution {
  const state = v2TaskState(task.state);
  const history = task.state_history.map((h) => ({
    time: h.update_time,
    state: v2TaskState(h.state),
    ...(h.error?.message ? { error: h.error.message } : {}),
  }));
  const startedAt = history.find((h) => h.state === 'RUNNING')?.time ?? task.create_time;
  const finishedAt = state === 'RUNNING' || state === 'PENDING' ? undefined : task.end_time;
  const durationMs = durationBetween(startedAt, finishedAt);
  const error = task.status_message || history.findLast((h) => h.error !== undefined)?.error;
  const podName = taskPodName(task.pods);
  return {
    runtimeId: task.task_id,
    state,
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(podName !== undefined ? { podName } : {}),
    ...(error && state === 'FAILED' ? { error } : {}),
    cached: task.state === 'CACHED',
    ...(iteration !== undefined ? { iteration } : {}),
    depth,
    history,
    inputs: ioParameters(task.inputs),
    outputs: ioParameters(task.outputs),
    inputArtifacts: ioArtifacts(task.inputs),
    outputArtifacts: ioArtifacts(task.outputs),
    rawOutputs: task.outputs,
  };
}

export function overlayFromRunTasks(
  graph: PipelineGraph,
  tasks: readonly RunTaskInput[],
): RunOverlay {
  const byId = new Map(tasks.map((t) => [t.task_id, t]));
  return walkOverlay(graph, {
    records: tasks,
    id: (task) => task.task_id,
    place: (task, placeParent, builder) => {
      if (task.type === 'ROOT' || (task.parent_task_id === '' && task.scope_path === V2_ROOT))
        return V2_ROOT_PLACEMENT;
      const parent = byId.get(task.parent_task_id);
      if (parent) {
        const parentPlace = placeParent(parent);
        if (parentPlace === null) return null;
        if (parent.type === 'LOOP' && task.type_attributes.iteration_index !== undefined)
          return { ...parentPlace, iteration: Number(task.type_attributes.iteration_index) };
        return placeChild(builder, parentPlace, task.name || task.display_name, V2_ROOT);
      }
      if (task.scope_path === '') return null;
      const path = task.scope_path.split('.').join('/');
      return { nodeId: path, childBase: path, depth: 0 };
    },
    container: (task) => {
      if (task.type !== 'LOOP') return undefined;
      const count = task.type_attributes.iteration_count;
      return {
        state: v2TaskState(task.state),
        count: count === undefined ? undefined : Number(count),
      };
    },
    execution: (task, placement) => taskExecution(task, placement.depth, placement.iteration),
    countsCallsInCalledGroup: true,
  });
}
