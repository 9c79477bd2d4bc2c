import { EXECUTOR_LOGS } from '../sim/ir/artifacts.ts';
import { asArray, asString } from '../sim/json.ts';
import { artifactsOfOutput, storeSessionInfo, urisOf } from './artifact-props.ts';
import type {
  EventRef,
  ExecutionState,
  ExecutionTypeName,
  ProjectedArtifact,
  ProjectedExecution,
  PropValue,
  RunProjection,
} from './types.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/** What the projection reads of a run: its identity and the simulator's native-tasks view. */
export interface RunInput {
  readonly runId: string;
  /** '' in single-user mode (pods then run in `kubeflow`). */
  readonly namespace: string;
  readonly pipelineName: string;
  readonly pipelineRoot: string;
  /** v2beta1-tasks `PipelineTask` wire objects as of now (RunRuntime.tasks). */
  readonly tasks: readonly JsonObject[];
}

const str = (task: JsonObject, key: string): string => asString(task[key]) ?? '';
const ms = (text: string): number | undefined => {
  const value = Date.parse(text);
  return Number.isFinite(value) ? value : undefined;
};

function executionType(taskType: string): ExecutionTypeName {
  if (taskType === 'RUNTIME') return 'system.ContainerExecution';
  if (taskType === 'IMPORTER') return 'system.ImporterExecution';
  return 'system.DAGExecution';
}

/** The last state's error code: 1 (CANCELLED) marks a task the run's termination stopped. */
function lastErrorCode(task: JsonObject): number | undefined {
  const history = asArray(task.state_history) ?? [];
  const last = history[history.length - 1];
  const error = isJsonObject(last) ? last.error : undefined;
  return isJsonObject(error) && typeof error.code === 'number' ? error.code : undefined;
}

/**
 * Execution.last_known_state as KFP leaves it. Drivers create executions RUNNING, or CANCELED when
 * the task's condition is false (client.go CreateExecution, NotTriggered); the launcher publishes
 * COMPLETE or FAILED and DAGs follow their children (UpdateDAGExecutionsState). The root DAG has no
 * expected task count, so nothing ever updates it: it stays RUNNING. A terminated run's pods are
 * killed before the launcher publishes, so their executions stay RUNNING too.
 */
function stateOf(task: JsonObject): ExecutionState {
  if (str(task, 'type') === 'ROOT') return 'RUNNING';
  switch (str(task, 'state')) {
    case 'SUCCEEDED':
      return 'COMPLETE';
    case 'SKIPPED':
      return 'CANCELED';
    case 'FAILED':
      return lastErrorCode(task) === 1 ? 'RUNNING' : 'FAILED';
    default:
      return 'RUNNING';
  }
}

function updateMs(task: JsonObject, createMs: number): number {
  let latest = createMs;
  for (const entry of asArray(task.state_history) ?? []) {
    const at = isJsonObject(entry) ? ms(asString(entry.update_time) ?? '') : undefined;
    if (at !== undefined && at > latest) latest = at;
  }
  return latest;
}

/** `{name: value}` of the runtime's parameter entries (`inputs.parameters`, `outputs.parameters`). */
function parameterStruct(io: JsonValue | undefined): JsonObject | undefined {
  const list = isJsonObject(io) ? asArray(io.parameters) : undefined;
  if (!list || list.length === 0) return undefined;
  const struct: JsonObject = {};
  for (const item of list) {
    if (!isJsonObject(item)) continue;
    const key = asString(item.parameter_key);
    const value = item.value;
    if (key !== undefined && value !== undefined) struct[key] = value;
  }
  return struct;
}

function artifactEntries(io: JsonValue | undefined): JsonObject[] {
  const list = isJsonObject(io) ? asArray(io.artifacts) : undefined;
  return (list ?? []).filter(isJsonObject);
}

function executorPod(task: JsonObject): { name: string; uid: string } | undefined {
  for (const pod of asArray(task.pods) ?? []) {
    if (isJsonObject(pod) && asString(pod.type) === 'EXECUTOR')
      return { name: asString(pod.name) ?? '', uid: asString(pod.uid) ?? '' };
  }
  return undefined;
}

const text = (value: string): PropValue => ({ kind: 'string', value });

/** Custom properties as the driver creates them and the launcher completes them (client.go). */
function propsOf(
  input: RunInput,
  task: JsonObject,
  type: ExecutionTypeName,
  state: ExecutionState,
): Record<string, PropValue> {
  const root = str(task, 'type') === 'ROOT';
  const props: Record<string, PropValue> = {
    display_name: text(root ? '' : str(task, 'display_name')),
    task_name: text(root ? '' : str(task, 'name')),
  };
  const attributes = isJsonObject(task.type_attributes) ? task.type_attributes : {};
  for (const key of ['iteration_index', 'iteration_count']) {
    const value = Number(asString(attributes[key]) ?? Number.NaN);
    if (Number.isInteger(value)) props[key] = { kind: 'int', value };
  }
  if (type !== 'system.DAGExecution') {
    // The driver writes these empty (it sets no image at all); the launcher fills in its pod.
    const pod = executorPod(task);
    props.pod_name = text(pod?.name ?? '');
    props.pod_uid = text(pod?.uid ?? '');
    props.namespace = text(pod ? input.namespace || 'kubeflow' : '');
    props.image = text('');
  }
  const inputs = parameterStruct(task.inputs);
  if (inputs) props.inputs = { kind: 'struct', value: inputs };
  const outputs = state === 'COMPLETE' ? parameterStruct(task.outputs) : undefined;
  if (outputs && type !== 'system.DAGExecution') props.outputs = { kind: 'struct', value: outputs };
  return props;
}

/**
 * ML Metadata of one v2 run at this moment, from the simulator's native-tasks view: the root DAG
 * execution and both contexts exist once the root driver ran, every other execution once its driver
 * ran, output artifacts and OUTPUT events once the launcher published them.
 */
export function projectRun(input: RunInput): RunProjection | undefined {
  const root = input.tasks.find((t) => str(t, 'type') === 'ROOT');
  const rootMs = root ? ms(str(root, 'create_time')) : undefined;
  if (!root || rootMs === undefined) return undefined;
  const executions: ProjectedExecution[] = [];
  const artifacts = new Map<string, ProjectedArtifact>();
  const pendingInputs: { uri: string; entry: JsonObject; atMs: number }[] = [];

  for (const task of input.tasks) {
    const key = str(task, 'task_id');
    const createMs = ms(str(task, 'create_time'));
    if (key === '' || createMs === undefined) continue;
    const type = executionType(str(task, 'type'));
    const state = stateOf(task);
    const lastMs = updateMs(task, createMs);
    const inputs: EventRef[] = [];
    for (const entry of artifactEntries(task.inputs)) {
      const name = asString(entry.artifact_key) ?? '';
      for (const uri of urisOf(entry)) {
        inputs.push({ name, artifact: uri, atMs: createMs });
        pendingInputs.push({ uri, entry, atMs: createMs });
      }
    }
    const outputs: EventRef[] = [];
    // A failed container execution has only its `executor-logs` output (KFP ≥ 2.5: launcher_v2.go
    // uploadOutputArtifacts registers nothing else when the component failed).
    if (type !== 'system.DAGExecution' && (state === 'COMPLETE' || state === 'FAILED')) {
      const endMs = ms(str(task, 'end_time')) ?? lastMs;
      for (const entry of artifactEntries(task.outputs)) {
        const name = asString(entry.artifact_key) ?? '';
        if (state === 'FAILED' && name !== EXECUTOR_LOGS) continue;
        for (const artifact of artifactsOfOutput(name, asArray(entry.artifacts) ?? [], endMs)) {
          artifacts.set(artifact.key, artifact);
          outputs.push({ name, artifact: artifact.key, atMs: endMs });
        }
      }
    }
    const parent = str(task, 'parent_task_id');
    executions.push({
      key,
      type,
      ...(task === root ? { name: `run/${input.runId}` } : {}),
      ...(parent !== '' ? { parent } : {}),
      state,
      createMs,
      updateMs: lastMs,
      props: propsOf(input, task, type, state),
      inputs,
      outputs,
    });
  }
  // An input whose producer is not in this run (or not recorded) still names an artifact.
  for (const { uri, entry, atMs } of pendingInputs) {
    if (artifacts.has(uri)) continue;
    const name = asString(entry.artifact_key) ?? '';
    const wire = (asArray(entry.artifacts) ?? []).filter(
      (a) => isJsonObject(a) && asString(a.uri) === uri,
    );
    for (const artifact of artifactsOfOutput(name, wire, atMs))
      artifacts.set(artifact.key, artifact);
  }
  const pipelineRoot = `${input.pipelineRoot.replace(/\/+$/, '')}/${input.pipelineName}/${input.runId}`;
  return {
    runId: input.runId,
    pipelineName: input.pipelineName,
    createMs: rootMs,
    contextProps: {
      namespace: text(input.namespace || 'kubeflow'),
      resource_name: text('run-resource'),
      pipeline_root: text(pipelineRoot),
      store_session_info: text(storeSessionInfo(input.pipelineRoot)),
    },
    executions,
    artifacts: [...artifacts.values()],
  };
}
