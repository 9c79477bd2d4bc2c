import type { Phase, Plan, PlanNode, TimedState } from '../plan.ts';
import { isTerminal, lastState } from '../plan.ts';
import { uuidFrom } from '../random.ts';
import { historyAt } from '../timeline.ts';
import { artifactType } from './artifacts.ts';
import type { ArtifactRef, IoArtifact, IoParam, Producer, V2Info } from './types.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

/** Wire context for projecting a plan at one moment. */
export interface Projection {
  readonly plan: Plan<V2Info>;
  readonly runId: string;
  readonly namespace: string;
  readonly createdAtMs: number;
  readonly t: number;
}

export const iso = (p: Projection, offset: number): string =>
  new Date(p.createdAtMs + offset).toISOString();

/** The visible history of a node (omitted nodes never show). */
export function visibleHistory(p: Projection, node: PlanNode<V2Info>): TimedState[] | undefined {
  const history = historyAt(node.history, p.t);
  if (history.length === 0 || lastState(history)?.phase === 'omitted') return undefined;
  return history;
}

function producer(value: Producer | undefined): JsonObject | undefined {
  if (!value) return undefined;
  return value.iteration === undefined
    ? { task_name: value.task }
    : { task_name: value.task, iteration: String(value.iteration) };
}

function wireParameter(param: IoParam): JsonObject {
  const p = producer(param.producer);
  return {
    value: param.value,
    type: param.type,
    parameter_key: param.key,
    ...(p ? { producer: p } : {}),
  };
}

/** Artifact wire objects; system.Metrics is one `Metric` artifact per scalar (number_value). */
export function wireArtifacts(p: Projection, ref: ArtifactRef): JsonObject[] {
  const common: JsonObject = { uri: ref.uri, created_at: iso(p, ref.createdAt) };
  if (p.namespace) common.namespace = p.namespace;
  if (ref.schemaTitle === 'system.Metrics') {
    const scalars = Object.entries(ref.metadata).filter(
      (e): e is [string, number] => typeof e[1] === 'number',
    );
    if (scalars.length > 0) {
      return scalars.map(([name, value]) => ({
        artifact_id: uuidFrom(ref.id, name),
        name,
        type: 'Metric',
        number_value: value,
        ...common,
      }));
    }
  }
  const artifact: JsonObject = {
    artifact_id: ref.id,
    name: ref.name,
    type: artifactType(ref.schemaTitle),
    ...common,
  };
  if (Object.keys(ref.metadata).length > 0) artifact.metadata = ref.metadata;
  return [artifact];
}

function wireArtifact(p: Projection, artifact: IoArtifact): JsonObject {
  const prod = producer(artifact.producer);
  return {
    artifacts: artifact.artifacts.flatMap((ref) => wireArtifacts(p, ref)),
    type: artifact.type,
    artifact_key: artifact.key,
    ...(prod ? { producer: prod } : {}),
  };
}

function io(
  p: Projection,
  params: readonly IoParam[],
  artifacts: readonly IoArtifact[],
): JsonObject | undefined {
  const out: JsonObject = {};
  if (params.length > 0) out.parameters = params.map(wireParameter);
  if (artifacts.length > 0) out.artifacts = artifacts.map((a) => wireArtifact(p, a));
  return Object.keys(out).length > 0 ? out : undefined;
}

/** PipelineTaskTaskState: tasks are RUNNING from the moment their driver creates them. */
function taskState(phase: Phase): string {
  switch (phase) {
    case 'succeeded':
      return 'SUCCEEDED';
    case 'skipped':
      return 'SKIPPED';
    case 'failed':
    case 'error':
    case 'canceled':
    case 'omitted':
      return 'FAILED';
    default:
      return 'RUNNING';
  }
}

function stateHistory(p: Projection, history: readonly TimedState[]): JsonValue[] {
  const out: JsonObject[] = [];
  for (const entry of history) {
    const state = taskState(entry.phase);
    if (out[out.length - 1]?.state === state) continue;
    const status: JsonObject = { update_time: iso(p, entry.at), state };
    if (state === 'FAILED' && entry.message !== undefined)
      status.error = { code: entry.phase === 'canceled' ? 1 : 2, message: entry.message };
    out.push(status);
  }
  return out;
}

/** One v2beta1-tasks `PipelineTask` as of moment p.t, or undefined while it does not exist. */
export function pipelineTask(p: Projection, node: PlanNode<V2Info>): JsonObject | undefined {
  const history = visibleHistory(p, node);
  const last = history ? lastState(history) : undefined;
  if (!history || !last) return undefined;
  const { info } = node;
  // The root task exists once the root driver created it (the run is PENDING until then).
  if (info.type === 'ROOT' && last.phase === 'pending') return undefined;
  const finished = isTerminal(last.phase);
  const parent = node.parentKey === undefined ? undefined : p.plan.nodes.get(node.parentKey);
  const pods = p.plan.pods
    .filter((pod) => pod.nodeKey === node.key && (pod.history[0]?.at ?? Infinity) <= p.t)
    .map((pod) => ({
      name: pod.name,
      uid: pod.uid,
      type: pod.role === 'driver' ? 'DRIVER' : 'EXECUTOR',
    }));
  const children = node.children.flatMap((key) => {
    const child = p.plan.nodes.get(key);
    return child && visibleHistory(p, child)
      ? [{ task_id: child.info.taskId, name: child.info.name }]
      : [];
  });
  const typeAttributes: JsonObject = {};
  if (info.iterationIndex !== undefined)
    typeAttributes.iteration_index = String(info.iterationIndex);
  if (info.iterationCount !== undefined && last.phase !== 'pending')
    typeAttributes.iteration_count = String(info.iterationCount);
  const inputs = io(p, info.inputs.params, info.inputs.artifacts);
  // A failed container task lists the `executor-logs` file its launcher recorded (executor.ts).
  const outputs =
    finished && (last.phase === 'succeeded' || (last.phase === 'failed' && info.type === 'RUNTIME'))
      ? io(p, info.outputs.params, info.outputs.artifacts)
      : undefined;
  const message = last.message ?? (taskState(last.phase) === 'FAILED' ? info.message : undefined);
  return {
    name: info.name,
    display_name: info.displayName,
    task_id: info.taskId,
    run_id: p.runId,
    pods,
    create_time: iso(p, history[0]?.at ?? 0),
    ...(finished ? { end_time: iso(p, last.at) } : {}),
    state: taskState(last.phase),
    ...(message !== undefined && finished ? { status_metadata: { message } } : {}),
    state_history: stateHistory(p, history),
    type: info.type,
    type_attributes: typeAttributes,
    ...(parent ? { parent_task_id: parent.info.taskId } : {}),
    child_tasks: children,
    ...(inputs ? { inputs } : {}),
    ...(outputs ? { outputs } : {}),
    scope_path: info.scopePath,
  };
}
