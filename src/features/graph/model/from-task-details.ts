/**
 * Run-state overlay of a v2 run on KFP 2.0–2.15: `run_details.task_details[]` (built by the server
 * from the Argo nodes). Tasks hang off `parent_task_id`; the root has none. A loop's iterations are
 * children of the loop task named `<loop>-<index>`. Only artifact ids are given for inputs/outputs,
 * so parameters and artifacts stay empty here.
 */
import { V2_ROOT } from './from-pipeline-spec.ts';
import type { PipelineGraph } from './graph-model.ts';
import { V2_ROOT_PLACEMENT, walkOverlay } from './overlay-walk.ts';
import {
  durationBetween,
  OverlayBuilder,
  placeChild,
  type NodeExecution,
  type RunOverlay,
} from './run-state.ts';
import { v2TaskState } from './from-run-tasks.ts';

/** The fields of a `PipelineTaskDetail` the overlay reads (the lib/kfp wire type satisfies it). */
export interface TaskDetailInput {
  readonly task_id: string;
  readonly display_name: string;
  readonly create_time: string | undefined;
  readonly start_time: string | undefined;
  readonly end_time: string | undefined;
  readonly state: string;
  readonly error: { readonly message: string } | undefined;
  readonly parent_task_id: string;
  readonly state_history: readonly {
    readonly update_time: string | undefined;
    readonly state: string;
    readonly error: { readonly message: string } | undefined;
  }[];
  readonly pod_name: string;
}

function detailExecution(
  task: TaskDetailInput,
  depth: number,
  iteration: number | undefined,
): NodeExecution {
  const state = v2TaskState(task.state);
  const startedAt = task.start_time ?? task.create_time;
  const finishedAt = state === 'RUNNING' || state === 'PENDING' ? undefined : task.end_time;
  const durationMs = durationBetween(startedAt, finishedAt);
  const history = task.state_history.map((h) => ({
    time: h.update_time,
    state: v2TaskState(h.state),
    ...(h.error?.message ? { error: h.error.message } : {}),
  }));
  const error = task.error?.message || history.findLast((h) => h.error !== undefined)?.error;
  return {
    runtimeId: task.task_id,
    state,
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(task.pod_name !== '' ? { podName: task.pod_name } : {}),
    ...(error && state === 'FAILED' ? { error } : {}),
    cached: task.state === 'CACHED',
    ...(iteration !== undefined ? { iteration } : {}),
    depth,
    history,
    inputs: [],
    outputs: [],
    inputArtifacts: [],
    outputArtifacts: [],
  };
}

/**
 * Released servers (2.0 … 2.18) build task details from the Argo nodes with no parent ids: `root`,
 * `root-driver`, `<task>-driver` and the executor nodes named by task. Such a task is placed on the
 * one graph task of that name; drivers, the root and names the graph has twice are left out (ML
 * Metadata, when reachable, places everything exactly).
 */
function overlayByName(graph: PipelineGraph, details: readonly TaskDetailInput[]): RunOverlay {
  const builder = new OverlayBuilder(graph);
  const byName = new Map<string, string[]>();
  for (const node of graph.nodes.values()) {
    const name = node.id.split('/').at(-1) ?? '';
    byName.set(name, [...(byName.get(name) ?? []), node.id]);
  }
  for (const task of details) {
    const name = task.display_name;
    if (name === V2_ROOT || name.endsWith('-driver')) continue;
    const ids = byName.get(name) ?? [];
    const only = ids.length === 1 ? ids[0] : undefined;
    if (only === undefined) continue;
    builder.add(only, detailExecution(task, 0, undefined));
  }
  return builder.build();
}

export function overlayFromTaskDetails(
  graph: PipelineGraph,
  details: readonly TaskDetailInput[],
): RunOverlay {
  if (details.length > 1 && details.every((d) => d.parent_task_id === ''))
    return overlayByName(graph, details);
  const byId = new Map(details.map((t) => [t.task_id, t]));
  return walkOverlay(graph, {
    records: details,
    id: (task) => task.task_id,
    place: (task, placeParent, builder) => {
      const parent = byId.get(task.parent_task_id);
      if (task.parent_task_id === '' || !parent)
        return task.parent_task_id === '' ? V2_ROOT_PLACEMENT : null;
      const parentPlace = placeParent(parent);
      const loop =
        parentPlace && parentPlace.nodeId !== '' ? graph.nodes.get(parentPlace.nodeId) : undefined;
      const match = /^(.*)-(\d+)$/.exec(task.display_name);
      if (parentPlace === null) return null;
      if (
        loop?.kind === 'group' &&
        loop.groupKind === 'loop' &&
        match?.[1] === parent.display_name &&
        match[2] !== undefined
      )
        return { ...parentPlace, iteration: Number(match[2]) };
      return placeChild(builder, parentPlace, task.display_name, V2_ROOT);
    },
    container: (task, placement) => {
      const node = graph.nodes.get(placement.nodeId);
      const isLoopItself =
        node?.kind === 'group' && node.groupKind === 'loop' && placement.iteration === undefined;
      if (!isLoopItself) return undefined;
      return {
        state: v2TaskState(task.state),
        count: details.filter((d) => d.parent_task_id === task.task_id).length,
      };
    },
    execution: (task, placement) => detailExecution(task, placement.depth, placement.iteration),
    countsCallsInCalledGroup: true,
  });
}
