import { randomUUID } from 'node:crypto';
import { aborted, badRequest, failedPrecondition, notFound } from '../lib/errors.ts';
import { getExperiment } from './experiment-ops.ts';
import { pipelineRootOf } from './parameters.ts';
import { type RunEngine, type RunEvent, type RunRuntime, type RunStart } from './run-engine.ts';
import type { PipelineSource, RunRecord } from './records.ts';
import type { Store } from './store.ts';
import type { JsonObject } from '../lib/json.ts';

export interface RunOps {
  readonly store: Store;
  readonly engine: RunEngine;
}

export function getRun(store: Store, id: string): RunRecord {
  const run = store.runs.get(id);
  if (!run) throw notFound(`Failed to get run: run ${JSON.stringify(id)} not found`);
  return run;
}

/** What the engine needs to (re)start a run; the spec comes from the spec table. */
export function runStartOf(store: Store, run: RunRecord, given?: JsonObject): RunStart {
  const spec = given ?? store.getSpec(run.source.specHash);
  if (!spec) throw new Error(`run ${run.id}: its pipeline spec ${run.source.specHash} is missing`);
  return {
    runId: run.id,
    displayName: run.displayName,
    namespace: run.namespace,
    spec,
    parameters: run.parameters,
    pipelineRoot: pipelineRootOf(spec, run.pipelineRoot),
    createdAt: new Date(run.createdAtMs).toISOString(),
    events: run.events,
    ...(run.cache ? { cache: run.cache } : {}),
  };
}

export interface NewRun {
  readonly displayName: string;
  /** The resolved spec (kept in the spec table when the run is stored). */
  readonly spec: JsonObject;
  readonly description: string;
  readonly experimentId: string;
  readonly namespace: string;
  readonly source: PipelineSource;
  readonly parameters: JsonObject;
  readonly pipelineRoot: string;
  readonly serviceAccount: string;
  readonly recurringRunId: string;
}

/** Stores the run, stamps its experiment's last_run_created_at and starts it in the engine. */
export function startRun({ store, engine }: RunOps, input: NewRun, now: Date): RunRecord {
  const experiment = getExperiment(store, input.experimentId);
  const { spec, ...fields } = input;
  const created: RunRecord = {
    id: randomUUID(),
    ...fields,
    storageState: 'AVAILABLE',
    createdAtMs: now.getTime(),
    events: [],
  };
  // KFP's driver decides each cache hit; the emulator decides them all once, here (sim/ir/cache.ts).
  const cache = engine.decideCache?.(runStartOf(store, created, spec));
  const run: RunRecord = cache ? { ...created, cache } : created;
  const start = runStartOf(store, run, spec);
  store.batch(() => {
    store.putSpec(spec);
    store.runs.put(run);
    store.experiments.put({ ...experiment, lastRunCreatedAtMs: run.createdAtMs });
  });
  engine.start(start);
  return run;
}

function addEvent({ store, engine }: RunOps, run: RunRecord, event: RunEvent): void {
  store.runs.put({ ...run, events: [...run.events, event] });
  engine.apply(run.id, event);
}

/**
 * Only a PENDING, RUNNING or PAUSED run (or one with no state yet) can be terminated: the run store
 * updates the row WHERE State is one of those, and no row updated is InvalidArgument
 * (backend/src/apiserver/storage/run_store.go TerminateRun, resource/resource_manager.go).
 * The run then reads CANCELING until the workflow's final phase is reported.
 */
export function terminateRun(ops: RunOps, id: string, now: Date): void {
  const run = getRun(ops.store, id);
  const state = stateAt(ops.engine.runtime(id), now);
  if (!terminableStates.has(state)) {
    throw badRequest(
      `Failed to terminate run ${id}: Invalid input error: Failed to terminate a run ${id}. Row not found`,
    );
  }
  addEvent(ops, run, { kind: 'terminate', at: now.toISOString() });
}

/**
 * The run's state at `now`: the API clock may lie in the past (the seed acts on runs back then),
 * so the last state history entry up to `now` decides, not the state the run has reached today.
 */
function stateAt(runtime: RunRuntime | undefined, now: Date): string {
  if (!runtime) return 'RUNTIME_STATE_UNSPECIFIED';
  const t = now.getTime();
  let state: string | undefined;
  for (const entry of runtime.stateHistory)
    if (Date.parse(entry.update_time) <= t) state = entry.state;
  return state ?? runtime.stateHistory[0]?.state ?? runtime.state;
}

const terminableStates: ReadonlySet<string> = new Set([
  'RUNTIME_STATE_UNSPECIFIED',
  'PENDING',
  'RUNNING',
  'PAUSED',
]);

/**
 * Only a run whose workflow failed or errored (state FAILED) can be retried; anything else is
 * Aborted (HTTP 409) from Workflow.GenerateRetryExecution's NewBadRequestError
 * (backend/src/common/util/workflow.go, resource/resource_manager.go RetryRun).
 */
export function retryRun(ops: RunOps, id: string, now: Date): void {
  const run = getRun(ops.store, id);
  const state = stateAt(ops.engine.runtime(id), now);
  if (state !== 'FAILED') {
    throw aborted(
      `Failed to retry run ${id}: BadRequestError: Workflow must be Failed/Error to retry: workflow cannot be retried`,
    );
  }
  addEvent(ops, run, { kind: 'retry', at: now.toISOString() });
}

export function archiveRun(store: Store, id: string): void {
  const run = getRun(store, id);
  store.runs.put({ ...run, storageState: 'ARCHIVED' });
}

export function unarchiveRun(store: Store, id: string): void {
  const run = getRun(store, id);
  const experiment = store.experiments.get(run.experimentId);
  if (experiment?.storageState === 'ARCHIVED') {
    throw failedPrecondition(
      `Failed to unarchive run ${id} as experiment ${experiment.id} must be un-archived first`,
    );
  }
  store.runs.put({ ...run, storageState: 'AVAILABLE' });
}

export function deleteRun({ store, engine }: RunOps, id: string): void {
  getRun(store, id);
  store.runs.delete(id);
  engine.forget(id);
}

/**
 * After a restart: every stored run is started again with its recorded events. Nothing is computed
 * here (10,000 runs restore in moments): the simulator writes a run's logs and objects when its
 * runtime is first asked for — by the API, or by the artifact and log routes for what they serve.
 */
export function restoreRuns({ store, engine }: RunOps): number {
  let count = 0;
  for (const run of store.runs.values()) {
    engine.start(runStartOf(store, run));
    count++;
  }
  return count;
}
