import type { TimedState } from '../plan.ts';
import { uuidFrom } from '../random.ts';
import { argoPhase, argoTime, nodeStatuses, type NodeView, type WorkflowView } from './project.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

/**
 * `run_details.task_details` as a released KFP (2.17/2.18) builds them from the Argo workflow the
 * persistence agent reports (backend/src/apiserver/server/api_converter.go `toModelTasks`, then
 * `toApiPipelineTaskDetail`; backend/src/common/util/workflow.go `NodeStatuses`): one entry per Argo
 * node, named by its display name, with times in whole seconds, `child_tasks` holding the Argo node
 * ids of its children, and nothing else — no parent, pod name, inputs, outputs or error.
 */

/** `time.Unix(0001-01-01)`: what an unfinished node's zero `finishedAt` becomes. */
export const zeroTime = '0001-01-01T00:00:00Z';

/**
 * model.RuntimeState(phase).ToV2() (backend/src/apiserver/model/run.go): Argo phases upper-cased;
 * `Error` is FAILED, `Omitted` is no v2 state (RUNTIME_STATE_UNSPECIFIED, left out of the JSON).
 */
export function v2StateOfPhase(phase: string): string | undefined {
  switch (phase) {
    case 'Pending':
      return 'PENDING';
    case 'Running':
      return 'RUNNING';
    case 'Succeeded':
      return 'SUCCEEDED';
    case 'Skipped':
      return 'SKIPPED';
    case 'Failed':
    case 'Error':
      return 'FAILED';
    default:
      return undefined;
  }
}

const text = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The task store appends `{update_time, state}` whenever a report changes the task's state. */
function stateHistory(view: WorkflowView, history: readonly TimedState[]): JsonObject[] {
  const out: JsonObject[] = [];
  let previous: string | undefined | null = null;
  for (const entry of history) {
    if (entry.at > view.t) break;
    const state = v2StateOfPhase(argoPhase(entry.phase));
    if (state === previous) continue;
    previous = state;
    out.push({ update_time: argoTime(view, entry.at), ...(state ? { state } : {}) });
  }
  return out;
}

function taskDetail(view: WorkflowView, created: string, { node, status }: NodeView): JsonObject {
  const id = text(status.id) ?? node.info.id;
  const state = v2StateOfPhase(text(status.phase) ?? '');
  const children = Array.isArray(status.children) ? status.children : [];
  const history = stateHistory(view, node.history);
  return {
    run_id: view.runId,
    // The task store gives a node a random UUID once and finds it again by its pod name.
    task_id: uuidFrom(view.runId, id, 'task-detail'),
    display_name: text(status.displayName) ?? id,
    create_time: created,
    start_time: text(status.startedAt) ?? created,
    end_time: text(status.finishedAt) ?? zeroTime,
    ...(state ? { state } : {}),
    ...(history.length > 0 ? { state_history: history } : {}),
    ...(children.length > 0
      ? { child_tasks: children.flatMap((c) => (typeof c === 'string' ? [{ pod_name: c }] : [])) }
      : {}),
  };
}

/** The task details at moment t; every task's create_time is the workflow's creation. */
export function taskDetailsOf(
  view: WorkflowView,
  statuses: ReadonlyMap<string, NodeView> = nodeStatuses(view),
): JsonObject[] {
  const created = argoTime(view, 0);
  return [...statuses.keys()].sort().flatMap((id) => {
    const entry = statuses.get(id);
    return entry ? [taskDetail(view, created, entry)] : [];
  });
}
