/**
 * The seam between the API store (runs routes) and the run simulator (emulator/sim).
 * The store owns run records and persistence; the engine owns what happens inside a run.
 * A run's runtime is a pure function of its RunStart (spec, parameters, seed, creation time,
 * terminate/retry events) and the current simulated time, so persisting the RunStart is enough
 * to restore a run after a restart.
 */
export type RunState =
  | 'RUNTIME_STATE_UNSPECIFIED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'SKIPPED'
  | 'FAILED'
  | 'CANCELING'
  | 'CANCELED'
  | 'PAUSED';

export const finishedStates: ReadonlySet<RunState> = new Set([
  'SUCCEEDED',
  'SKIPPED',
  'FAILED',
  'CANCELED',
]);

import type { JsonObject } from '../lib/json.ts';

export interface RunEvent {
  readonly kind: 'terminate' | 'retry';
  /** RFC 3339 */
  readonly at: string;
}

export interface RunStart {
  readonly runId: string;
  readonly displayName: string;
  /** '' in single-user mode */
  readonly namespace: string;
  /** PipelineVersion.pipeline_spec (KFP v2 IR) or, for kfp 1.x pipelines, an Argo Workflow object. */
  readonly spec: JsonObject;
  /** runtime_config.parameters: native JSON values */
  readonly parameters: JsonObject;
  readonly pipelineRoot: string;
  /** RFC 3339 */
  readonly createdAt: string;
  readonly events: readonly RunEvent[];
  /**
   * KFP cache hits decided when the run was created (sim/ir/cache.ts keeps the format): plan key →
   * the earlier execution the task reuses and its outputs. Absent: no task came from the cache.
   */
  readonly cache?: JsonObject;
}

export interface RuntimeStatus {
  readonly update_time: string;
  readonly state: RunState;
  readonly error?: { code: number; message: string };
}

export interface RunRuntime {
  readonly state: RunState;
  readonly stateHistory: readonly RuntimeStatus[];
  readonly error?: { code: number; message: string };
  /** RFC 3339, once finished */
  readonly finishedAt?: string;
  /** v2beta1-tasks `PipelineTask` wire objects, served under `?view=FULL` (v2 IR runs only). */
  readonly tasks: readonly JsonObject[];
  /** v2beta1 `PipelineTaskDetail` wire objects, served as `run_details.task_details` (v2 IR runs only). */
  readonly taskDetails: readonly JsonObject[];
  /** The Argo Workflow as a JSON string, served by v1beta1 `pipeline_runtime.workflow_manifest` (both kinds). */
  readonly workflowManifest?: string;
}

export interface RunEngine {
  /** A run was created (or restored after a restart, with its events). */
  start(run: RunStart): void;
  /**
   * Which tasks of a run about to be created come from KFP's cache (earlier runs' executions that
   * finished by its creation), for the run record; undefined when none does.
   */
  decideCache?(run: RunStart): JsonObject | undefined;
  /** The runtime as of now; undefined for a run the engine does not know. */
  runtime(runId: string): RunRuntime | undefined;
  /** Applies an event that the store has already recorded in the run's RunStart.events. */
  apply(runId: string, event: RunEvent): void;
  forget(runId: string): void;
}

/** Used until the simulator exists, and by tests that want runs to stay put: runs stay PENDING. */
export function createStaticEngine(): RunEngine {
  const runs = new Map<string, RunStart>();
  return {
    start: (run) => void runs.set(run.runId, run),
    runtime(runId) {
      const run = runs.get(runId);
      if (!run) return undefined;
      const terminated = run.events.find((e) => e.kind === 'terminate');
      const history: RuntimeStatus[] = [{ update_time: run.createdAt, state: 'PENDING' }];
      // As a terminated workflow is reported (sim/run-sim.ts runStates): CANCELING, then FAILED.
      if (terminated)
        history.push(
          { update_time: terminated.at, state: 'CANCELING' },
          { update_time: terminated.at, state: 'FAILED' },
        );
      const last = history[history.length - 1];
      return {
        state: last?.state ?? 'PENDING',
        stateHistory: history,
        ...(terminated ? { finishedAt: terminated.at } : {}),
        tasks: [],
        taskDetails: [],
      };
    },
    apply(runId, event) {
      const run = runs.get(runId);
      if (run) runs.set(runId, { ...run, events: [...run.events, event] });
    },
    forget: (runId) => void runs.delete(runId),
  };
}
