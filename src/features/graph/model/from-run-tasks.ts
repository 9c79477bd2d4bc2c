/**
 * Run-state overlay of a v2 run from newer servers: `GET runs/{id}?view=FULL` → `tasks[]`
 * (`PipelineTask`, kfp-api/v2beta1-tasks). Ids follow `graphFromPipelineSpec`: `root/<task>/…`,
 * built along `parent_task_id` (falling back to the dotted `scope_path`). A loop's iteration tasks
 * (DAG tasks with `iteration_index` under a LOOP task) are executions of the loop group.
 */
import { V2_ROOT } from './from-pipeline-spec.ts';
import type { PipelineGraph } from './graph-model.ts';
import {
  durationBetween,
  OverlayBuilder,
  placeChild,
  type NodeExecution,
  type NodeRunState,
  type Placement,
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
  const builder = new OverlayBuilder(graph);
  const byId = new Map(tasks.map((t) => [t.task_id, t]));
  const placements = new Map<string, Placement | null>();
  const root: Placement = { nodeId: '', childBase: V2_ROOT, depth: 0 };

  const place = (task: RunTaskInput, seen: Set<string>): Placement | null => {
    const known = placements.get(task.task_id);
    if (known !== undefined) return known;
    if (seen.has(task.task_id)) return null;
    seen.add(task.task_id);
    let result: Placement | null;
    const parent = byId.get(task.parent_task_id);
    if (task.type === 'ROOT' || (task.parent_task_id === '' && task.scope_path === V2_ROOT))
      result = root;
    else if (parent) {
      const parentPlace = place(parent, seen);
      if (parentPlace === null) result = null;
      else if (parent.type === 'LOOP' && task.type_attributes.iteration_index !== undefined)
        result = { ...parentPlace, iteration: Number(task.type_attributes.iteration_index) };
      else result = placeChild(builder, parentPlace, task.name || task.display_name, V2_ROOT);
    } else if (task.scope_path !== '') {
      const path = task.scope_path.split('.').join('/');
      result = { nodeId: path, childBase: path, depth: 0 };
    } else result = null;
    placements.set(task.task_id, result);
    return result;
  };

  for (const task of tasks) {
    const placement = place(task, new Set());
    if (!placement || placement.nodeId === '') continue;
    if (task.type === 'LOOP') {
      const count = task.type_attributes.iteration_count;
      builder.container(
        placement.nodeId,
        v2TaskState(task.state),
        count === undefined ? undefined : Number(count),
      );
      continue;
    }
    const run = taskExecution(task, placement.depth, placement.iteration);
    builder.add(placement.nodeId, run);
    if (placement.childBase !== placement.nodeId && builder.has(placement.childBase))
      builder.add(placement.childBase, run);
  }
  return builder.build();
}
