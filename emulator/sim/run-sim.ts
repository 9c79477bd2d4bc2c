import type {
  RunEvent,
  RunRuntime,
  RunStart,
  RunState,
  RuntimeStatus,
} from '../store/run-engine.ts';
import type { LogStore, ObjectStore, PodStore } from './types.ts';
import type { Flavor, Projected } from './flavor.ts';
import { flushPods, vanish, type FlushState } from './flush.ts';
import { isTerminal, lastState, type Phase, type Plan } from './plan.ts';
import { planRun } from './replay-events.ts';
import { historyAt } from './timeline.ts';
import { vanishPods } from './walk-context.ts';

/** One run inside the engine; hides the spec dialect. */
export interface RunSimulation {
  readonly run: RunStart;
  /** The run's Argo workflow name (prefix of its pod names, a segment of its Argo object keys). */
  readonly workflowName: string;
  /** The runtime at wall ms `t` after creation; writes logs and artifacts that became due. */
  runtime(t: number): RunRuntime;
  apply(event: RunEvent): void;
}

export interface Stores {
  readonly objects: ObjectStore;
  readonly logs: LogStore;
  readonly pods?: PodStore;
}

/**
 * The run's state from its workflow's phase, as the persistence agent reports it and the API server
 * stores it (backend/src/apiserver/resource/resource_manager.go ReportWorkflowResource: the state is
 * the workflow's phase through model/run.go RuntimeState.ToV2, CANCELING while the workflow is
 * terminating). Terminating a run sets the workflow's activeDeadlineSeconds to 0 (TerminateWorkflow,
 * util.GetTerminatePatch) and Argo then ends it Failed: a terminated run ends FAILED (v1 "Failed"),
 * after CANCELING ("Terminating"). No released KFP reports a run CANCELED.
 */
const runStates: Record<Phase, RunState> = {
  pending: 'PENDING',
  running: 'RUNNING',
  canceling: 'CANCELING',
  succeeded: 'SUCCEEDED',
  skipped: 'SKIPPED',
  failed: 'FAILED',
  error: 'FAILED',
  omitted: 'FAILED',
  canceled: 'FAILED',
};

/** grpc UNKNOWN: how KFP reports a run that failed while executing. */
const failedCode = 2;

/** Every moment the plan changes (sorted): the projection only changes when t crosses one. */
function changeMoments<I>(plan: Plan<I>): number[] {
  const moments = new Set<number>();
  for (const node of plan.nodes.values()) for (const entry of node.history) moments.add(entry.at);
  for (const pod of plan.pods) for (const entry of pod.history) moments.add(entry.at);
  return [...moments].sort((a, b) => a - b);
}

/** How many moments are ≤ t (binary search). */
function passed(moments: readonly number[], t: number): number {
  let lo = 0;
  let hi = moments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((moments[mid] ?? Infinity) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createRunSimulation<I>(
  start: RunStart,
  flavor: Flavor<I>,
  stores: Stores,
): RunSimulation {
  let run = start;
  let plan: Plan<I> | undefined;
  let moments: number[] = [];
  let cached: { readonly passed: number; readonly projected: Projected } | undefined;
  let final: RunRuntime | undefined;
  let vanished = false;
  const flushed: FlushState = new Map();
  const createdAtMs = Date.parse(run.createdAt);
  const iso = (offset: number) => new Date(createdAtMs + offset).toISOString();

  return {
    get run() {
      return run;
    },
    workflowName: flavor.workflowName,
    apply(event) {
      if (run.events.some((e) => e.kind === event.kind && e.at === event.at)) return;
      run = { ...run, events: [...run.events, event] };
      plan = undefined;
      final = undefined;
      cached = undefined;
      vanished = false;
    },
    runtime(t) {
      if (final) return final;
      if (!plan) {
        plan = planRun(run, flavor);
        moments = changeMoments(plan);
        cached = undefined;
      }
      flushPods(
        plan.pods,
        t,
        {
          ...stores,
          namespace: run.namespace,
          runId: run.runId,
          workflowName: flavor.workflowName,
          createdAtMs,
        },
        flushed,
      );
      const root = plan.nodes.get(plan.rootKey);
      const history: RuntimeStatus[] = [];
      let message: string | undefined;
      for (const entry of historyAt(root?.history ?? [], t)) {
        const state = runStates[entry.phase];
        if (history[history.length - 1]?.state === state) continue;
        message = entry.message;
        const error =
          state === 'FAILED' && entry.message !== undefined
            ? { error: { code: failedCode, message: entry.message } }
            : {};
        history.push({ update_time: iso(entry.at), state, ...error });
      }
      if (history.length === 0) history.push({ update_time: run.createdAt, state: 'PENDING' });
      const last = history[history.length - 1];
      const state = last?.state ?? 'PENDING';
      const rootLast = lastState(historyAt(root?.history ?? [], t));
      const finished = rootLast !== undefined && isTerminal(rootLast.phase);
      const count = passed(moments, t);
      const projected = cached?.passed === count ? cached.projected : flavor.project(plan, t);
      cached = { passed: count, projected };
      const manifest = projected.workflowManifest;
      let manifestText: string | undefined;
      const runtime: RunRuntime = {
        get workflowManifest() {
          if (manifest) manifestText ??= manifest();
          return manifestText;
        },
        state,
        stateHistory: history,
        ...(state === 'FAILED' && message !== undefined
          ? { error: { code: failedCode, message } }
          : {}),
        ...(finished ? { finishedAt: iso(rootLast.at) } : {}),
        tasks: projected.tasks,
        taskDetails: projected.taskDetails,
      };
      if (finished) {
        if (!vanished && vanishPods(run.parameters)) vanish(plan.pods, stores.logs, stores.pods);
        vanished = true;
        final = runtime;
        // Nothing changes any more until an event: drop the plan (logs, artifacts) to save memory.
        plan = undefined;
        moments = [];
        cached = undefined;
      }
      return runtime;
    },
  };
}
