import type { JsonObject } from '../../store/run-engine.ts';
import type { Phase, PlanNode, TimedState } from '../plan.ts';
import { isTerminal, lastState } from '../plan.ts';
import { firstAt } from '../timeline.ts';
import { iso, visibleHistory, type Projection } from './project-tasks.ts';
import type { IoArtifact, V2Info } from './types.ts';

/** v2beta1 RuntimeState of a node phase. */
export function runtimeState(phase: Phase): string {
  switch (phase) {
    case 'pending':
      return 'PENDING';
    case 'running':
    case 'canceling':
      return 'RUNNING';
    case 'succeeded':
      return 'SUCCEEDED';
    case 'skipped':
      return 'SKIPPED';
    case 'canceled':
      return 'CANCELED';
    default:
      return 'FAILED';
  }
}

function artifactLists(list: readonly IoArtifact[]): JsonObject | undefined {
  if (list.length === 0) return undefined;
  const out: JsonObject = {};
  for (const artifact of list)
    out[artifact.key] = { artifact_ids: artifact.artifacts.map((a) => a.numericId) };
  return out;
}

function history(p: Projection, entries: readonly TimedState[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const entry of entries) {
    const state = runtimeState(entry.phase);
    if (out[out.length - 1]?.state === state) continue;
    const failed = state === 'FAILED' || state === 'CANCELED';
    out.push({
      update_time: iso(p, entry.at),
      state,
      ...(failed && entry.message !== undefined
        ? { error: { code: state === 'CANCELED' ? 1 : 2, message: entry.message } }
        : {}),
    });
  }
  return out;
}

/** The node's pod as KFP 2.0–2.15 reports it: the last executor pod, else the driver. */
function podOf(p: Projection, node: PlanNode<V2Info>): string | undefined {
  const pods = p.plan.pods.filter(
    (pod) => pod.nodeKey === node.key && (pod.history[0]?.at ?? Infinity) <= p.t,
  );
  const executor = pods.filter((pod) => pod.role === 'executor').pop();
  return (executor ?? pods[0])?.name;
}

/** One v2beta1 `PipelineTaskDetail` (run_details.task_details) as of moment p.t. */
export function taskDetail(p: Projection, node: PlanNode<V2Info>): JsonObject | undefined {
  const entries = visibleHistory(p, node);
  const last = entries ? lastState(entries) : undefined;
  if (!entries || !last) return undefined;
  const { info } = node;
  const state = runtimeState(last.phase);
  const started = firstAt(entries, 'running');
  const parent = node.parentKey === undefined ? undefined : p.plan.nodes.get(node.parentKey);
  const pod = podOf(p, node);
  const inputs = artifactLists(info.inputs.artifacts);
  const outputs = last.phase === 'succeeded' ? artifactLists(info.outputs.artifacts) : undefined;
  const message = last.message ?? info.message;
  const children = node.children.flatMap((key) => {
    const child = p.plan.nodes.get(key);
    if (!child || !visibleHistory(p, child)) return [];
    const childPod = podOf(p, child);
    return [{ task_id: child.info.detailId, ...(childPod ? { pod_name: childPod } : {}) }];
  });
  return {
    run_id: p.runId,
    task_id: info.detailId,
    display_name:
      info.type === 'ROOT'
        ? info.displayName
        : info.iterationIndex === undefined
          ? info.name
          : `${info.name}-${info.iterationIndex}`,
    create_time: iso(p, entries[0]?.at ?? 0),
    ...(started !== undefined ? { start_time: iso(p, started) } : {}),
    ...(isTerminal(last.phase) ? { end_time: iso(p, last.at) } : {}),
    state,
    execution_id: info.executionId,
    ...((state === 'FAILED' || state === 'CANCELED') && message !== undefined
      ? { error: { code: state === 'CANCELED' ? 1 : 2, message } }
      : {}),
    ...(inputs ? { inputs } : {}),
    ...(outputs ? { outputs } : {}),
    ...(parent ? { parent_task_id: parent.info.detailId } : {}),
    state_history: history(p, entries),
    ...(pod ? { pod_name: pod } : {}),
    child_tasks: children,
  };
}
