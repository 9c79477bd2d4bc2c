import type { RunRuntime } from '../store/run-engine.ts';
import type {
  ExperimentRecord,
  PipelineRecord,
  RecurringRunRecord,
  RunRecord,
  VersionRecord,
} from '../store/records.ts';
import type { Store } from '../store/store.ts';
import type { RunApi } from './env.ts';
import { epoch, rfc3339, wholeSeconds } from './wire-time.ts';
import type { JsonObject, JsonValue } from '../lib/json.ts';

/**
 * Records → v2beta1 wire objects, printed like protojson with proto names: snake_case, enums as
 * names, int64 as strings, and fields at their default value ('' / false / empty) left out.
 */
type Wire = { [key: string]: JsonValue | undefined };

/** Drops fields protojson would not print: undefined, '', false, [] and {}. */
export function omitDefaults(wire: Wire): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(wire)) {
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0
    )
      continue;
    out[key] = value;
  }
  return out;
}

export function toApiPipeline(p: PipelineRecord): JsonObject {
  return omitDefaults({
    pipeline_id: p.id,
    display_name: p.displayName,
    name: p.name,
    description: p.description,
    created_at: rfc3339(p.createdAtMs),
    namespace: p.namespace,
    tags: { ...p.tags },
  });
}

/**
 * v2beta1.PipelineVersion. KFP 2.17's toApiPipelineVersion (api_converter.go at 2.17.0) never sets
 * `code_source_url` (it is kept for v1beta1 only); KFP master does.
 */
export function toApiPipelineVersion(
  v: VersionRecord,
  store: Store,
  runApi: RunApi = 'released',
): JsonObject {
  return omitDefaults({
    pipeline_id: v.pipelineId,
    pipeline_version_id: v.id,
    display_name: v.displayName,
    name: v.name,
    description: v.description,
    created_at: rfc3339(v.createdAtMs),
    package_url: v.packageUrl ? { pipeline_url: v.packageUrl } : undefined,
    code_source_url: runApi === 'next' ? v.codeSourceUrl : undefined,
    pipeline_spec: store.getSpec(v.specHash),
    tags: { ...v.tags },
  });
}

export function toApiExperiment(e: ExperimentRecord): JsonObject {
  return omitDefaults({
    experiment_id: e.id,
    display_name: e.displayName,
    description: e.description,
    created_at: rfc3339(e.createdAtMs),
    namespace: e.namespace,
    storage_state: e.storageState,
    last_run_created_at: rfc3339(e.lastRunCreatedAtMs ?? 0),
  });
}

function runtimeConfig(parameters: JsonObject, pipelineRoot: string): JsonObject | undefined {
  const config = omitDefaults({ parameters, pipeline_root: pipelineRoot });
  return Object.keys(config).length > 0 ? config : undefined;
}

function pipelineSource(
  source: RunRecord['source'] | RecurringRunRecord['source'],
  store: Store,
): Wire {
  if (source.kind === 'version') {
    return {
      pipeline_version_reference: omitDefaults({
        pipeline_id: source.pipelineId,
        pipeline_version_id: source.pipelineVersionId,
      }),
    };
  }
  return { pipeline_spec: store.getSpec(source.specHash) };
}

export type RunView = 'DEFAULT' | 'FULL';

/** A v2beta1 Run; released servers add run_details.task_details, `next` ones tasks[] under view FULL. */
export function toApiRun(
  r: RunRecord,
  runtime: RunRuntime | undefined,
  store: Store,
  view: RunView,
  runApi: RunApi,
): JsonObject {
  const taskDetails = runApi === 'released' ? (runtime?.taskDetails ?? []) : [];
  return omitDefaults({
    experiment_id: r.experimentId,
    run_id: r.id,
    display_name: r.displayName,
    storage_state: r.storageState,
    description: r.description,
    ...pipelineSource(r.source, store),
    runtime_config: runtimeConfig(r.parameters, r.pipelineRoot),
    service_account: r.serviceAccount,
    created_at: rfc3339(r.createdAtMs),
    scheduled_at: rfc3339(r.createdAtMs),
    finished_at: runtime?.finishedAt ? wholeSeconds(runtime.finishedAt) : epoch,
    state: runtime?.state ?? 'RUNTIME_STATE_UNSPECIFIED',
    // Run.error and state_history[].error: the real server never fills them for a run it could
    // convert (backend/src/apiserver/storage/run_store.go appends state history entries without one).
    run_details: taskDetails.length > 0 ? { task_details: [...taskDetails] } : undefined,
    recurring_run_id: r.recurringRunId,
    state_history: runtime
      ? runtime.stateHistory.map((s) =>
          omitDefaults({ update_time: wholeSeconds(s.update_time), state: s.state }),
        )
      : [],
    tasks: runApi === 'next' && view === 'FULL' && runtime ? [...runtime.tasks] : undefined,
  });
}

function trigger(r: RecurringRunRecord): JsonObject | undefined {
  const t = r.trigger;
  if (!t) return undefined;
  const times = { start_time: t.startTime, end_time: t.endTime };
  if (t.kind === 'cron') return { cron_schedule: omitDefaults({ ...times, cron: t.cron }) };
  return { periodic_schedule: omitDefaults({ ...times, interval_second: t.intervalSecond }) };
}

export function toApiRecurringRun(r: RecurringRunRecord, store: Store): JsonObject {
  return omitDefaults({
    recurring_run_id: r.id,
    display_name: r.displayName,
    description: r.description,
    ...pipelineSource(r.source, store),
    runtime_config: runtimeConfig(r.parameters, r.pipelineRoot),
    service_account: r.serviceAccount,
    max_concurrency: r.maxConcurrency,
    trigger: trigger(r),
    mode: r.enabled ? 'ENABLE' : 'DISABLE',
    created_at: rfc3339(r.createdAtMs),
    updated_at: rfc3339(r.updatedAtMs),
    status: r.enabled ? 'ENABLED' : 'DISABLED',
    no_catchup: r.noCatchup,
    namespace: r.namespace,
    experiment_id: r.experimentId,
  });
}
