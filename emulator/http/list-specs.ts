import type { ListField, ListSpec } from '../lists/types.ts';
import type { RunEngine } from '../store/run-engine.ts';
import type { RunMetric } from './run-metrics.ts';
import { v1StatusOf } from './v1-status.ts';
import type {
  ExperimentRecord,
  PipelineRecord,
  RecurringRunRecord,
  RunRecord,
  VersionRecord,
} from '../store/records.ts';

/**
 * Sortable and filterable fields of each resource, exactly the real server's APIToModelFieldMap
 * (backend/src/apiserver/model/pipeline.go, pipeline_version.go, experiment.go, run.go, job.go):
 * v1beta1 and v2beta1 names of the same column are synonyms; any other key is refused with 400
 * (filter.ReplaceKeys, list.NewOptions) — e.g. runs and jobs cannot be filtered by pipeline id.
 */
const seconds = (ms: number) => Math.floor(ms / 1000);

function createdAt<T extends { readonly createdAtMs: number }>(): ListField<T> {
  return {
    column: 'CreatedAtInSec',
    get: (r) => seconds(r.createdAtMs),
    sortValue: (r) => r.createdAtMs,
  };
}

const storageState = <T extends { readonly storageState: string }>(): ListField<T> => ({
  column: 'StorageState',
  get: (r) => r.storageState,
  normalize: (v) => v.replace(/^STORAGESTATE_/, ''),
});

const id = <T extends { readonly id: string }>(): ListField<T> => ({
  column: 'UUID',
  get: (r) => r.id,
});

export const pipelineListSpec: ListSpec<PipelineRecord> = {
  model: 'pipelines',
  typeName: 'Pipeline',
  key: (p) => p.id,
  defaultSort: 'created_at',
  fields: {
    id: id(),
    pipeline_id: id(),
    name: { column: 'Name', get: (p) => p.name },
    display_name: { column: 'DisplayName', get: (p) => p.displayName },
    created_at: createdAt(),
    description: { column: 'Description', get: (p) => p.description },
    namespace: { column: 'Namespace', get: (p) => p.namespace },
  },
};

export const versionListSpec: ListSpec<VersionRecord> = {
  model: 'pipeline_versions',
  typeName: 'PipelineVersion',
  key: (v) => v.id,
  defaultSort: 'created_at',
  fields: {
    id: id(),
    pipeline_version_id: id(),
    name: { column: 'Name', get: (v) => v.name },
    display_name: { column: 'DisplayName', get: (v) => v.displayName },
    created_at: createdAt(),
    // PipelineVersionReady: the only status a stored version has once created.
    status: { column: 'Status', get: () => 'READY' },
    description: { column: 'Description', get: (v) => v.description },
    pipeline_spec: { column: 'PipelineSpec', get: (v) => v.template },
  },
};

export const experimentListSpec: ListSpec<ExperimentRecord> = {
  model: 'experiments',
  typeName: 'Experiment',
  key: (e) => e.id,
  defaultSort: 'created_at',
  fields: {
    id: id(),
    experiment_id: id(),
    name: { column: 'Name', get: (e) => e.displayName },
    display_name: { column: 'Name', get: (e) => e.displayName },
    created_at: createdAt(),
    last_run_created_at: {
      column: 'LastRunCreatedAtInSec',
      get: (e) => seconds(e.lastRunCreatedAtMs ?? 0),
      sortValue: (e) => e.lastRunCreatedAtMs ?? 0,
    },
    description: { column: 'Description', get: (e) => e.description },
    namespace: { column: 'Namespace', get: (e) => e.namespace },
    storage_state: storageState(),
  },
};

/** Runs read their state and finish time from the engine, only when a sort or filter asks for them. */
/** `metric:<name>` sorts: the joined value (names without case, as MySQL) and the exact one. */
function metricValue(metrics: readonly RunMetric[], name: string) {
  return {
    joined: metrics.find((m) => m.name.toLowerCase() === name.toLowerCase())?.numberValue,
    exact: metrics.find((m) => m.name === name)?.numberValue,
  };
}

export function runListSpec(
  engine: RunEngine,
  runMetrics: (run: RunRecord) => readonly RunMetric[] = () => [],
): ListSpec<RunRecord> {
  const state = (r: RunRecord) => engine.runtime(r.id)?.state ?? 'RUNTIME_STATE_UNSPECIFIED';
  const finishedAt = (r: RunRecord) => {
    const at = engine.runtime(r.id)?.finishedAt;
    return at ? Date.parse(at) : 0;
  };
  return {
    model: 'runs',
    typeName: 'Run',
    key: (r) => r.id,
    defaultSort: 'created_at',
    metric: (r, name) => metricValue(runMetrics(r), name),
    fields: {
      id: id(),
      run_id: id(),
      name: { column: 'DisplayName', get: (r) => r.displayName },
      display_name: { column: 'DisplayName', get: (r) => r.displayName },
      created_at: createdAt(),
      scheduled_at: {
        column: 'ScheduledAtInSec',
        get: (r) => seconds(r.createdAtMs),
        sortValue: (r) => r.createdAtMs,
      },
      finished_at: {
        column: 'FinishedAtInSec',
        get: (r) => seconds(finishedAt(r)),
        sortValue: finishedAt,
      },
      description: { column: 'Description', get: (r) => r.description },
      storage_state: storageState(),
      namespace: { column: 'Namespace', get: (r) => r.namespace },
      experiment_id: { column: 'ExperimentUUID', get: (r) => r.experimentId },
      state: { column: 'State', get: state },
      // Conditions: the v1beta1 status string (Succeeded, Failed, Running…).
      status: { column: 'Conditions', get: (r) => v1StatusOf(state(r)) },
      state_history: {
        column: 'StateHistory',
        get: (r) => JSON.stringify(engine.runtime(r.id)?.stateHistory ?? []),
      },
      runtime_details: {
        column: 'PipelineRuntimeManifest',
        get: (r) => engine.runtime(r.id)?.workflowManifest ?? '',
      },
      recurring_run_id: { column: 'JobUUID', get: (r) => r.recurringRunId },
    },
  };
}

export const recurringRunListSpec: ListSpec<RecurringRunRecord> = {
  model: 'jobs',
  typeName: 'Job',
  key: (j) => j.id,
  defaultSort: 'created_at',
  fields: {
    id: id(),
    recurring_run_id: id(),
    name: { column: 'DisplayName', get: (j) => j.displayName },
    display_name: { column: 'DisplayName', get: (j) => j.displayName },
    created_at: createdAt(),
    updated_at: {
      column: 'UpdatedAtInSec',
      get: (j) => seconds(j.updatedAtMs),
      sortValue: (j) => j.updatedAtMs,
    },
    description: { column: 'Description', get: (j) => j.description },
  },
};
