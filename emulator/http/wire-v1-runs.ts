import type { RunRuntime } from '../store/run-engine.ts';
import type { RecurringRunRecord, RunRecord } from '../store/records.ts';
import type { RunMetric } from './run-metrics.ts';
import type { Store } from '../store/store.ts';
import { v1StatusOf } from './v1-status.ts';
import { omitDefaults } from './wire.ts';
import { asString } from './wire-v1.ts';
import { epoch, rfc3339, wholeSeconds } from './wire-time.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/**
 * Run and job records → v1beta1 wire objects (api.Run, api.RunDetail, api.Job), after
 * toApiRunV1 / toApiRunDetailV1 / toApiJobV1 in backend/src/apiserver/server/api_converter.go.
 */

type Ref = { type: string; id: string; relationship: 'OWNER' | 'CREATOR' };

function reference(ref: Ref): JsonObject {
  return { key: omitDefaults({ type: ref.type, id: ref.id }), relationship: ref.relationship };
}

function sourceOf(
  source: RunRecord['source'] | RecurringRunRecord['source'],
  store: Store,
): { spec: JsonObject | undefined; pipelineId: string; versionId: string; pipelineName: string } {
  if (source.kind === 'spec')
    return {
      spec: store.getSpec(source.specHash),
      pipelineId: '',
      versionId: '',
      pipelineName: '',
    };
  const version = source.pipelineVersionId
    ? store.versions.get(source.pipelineVersionId)
    : undefined;
  const hash = 'specHash' in source ? source.specHash : version?.specHash;
  return {
    spec: hash === undefined ? undefined : store.getSpec(hash),
    pipelineId: source.pipelineId,
    versionId: source.pipelineVersionId,
    pipelineName: store.pipelines.get(source.pipelineId)?.name ?? '',
  };
}

/**
 * api.PipelineSpec of a run or job: an Argo workflow travels as `workflow_manifest` with string
 * `parameters`; a v2 IR spec as `pipeline_manifest` with `runtime_config`.
 */
function pipelineSpec(
  r: RunRecord | RecurringRunRecord,
  source: ReturnType<typeof sourceOf>,
): JsonObject {
  const isArgo = isJsonObject(source.spec) && source.spec.kind === 'Workflow';
  const manifest = source.spec ? JSON.stringify(source.spec) : '';
  return omitDefaults({
    pipeline_id: source.pipelineId,
    pipeline_name: source.pipelineName,
    workflow_manifest: isArgo ? manifest : '',
    pipeline_manifest: isArgo ? '' : manifest,
    parameters: isArgo
      ? Object.entries(r.parameters).map(([name, value]) =>
          omitDefaults({ name, value: asString(value) }),
        )
      : [],
    runtime_config: isArgo
      ? undefined
      : omitDefaults({ parameters: r.parameters, pipeline_root: r.pipelineRoot }),
  });
}

/**
 * Run.ToV1 (model/run.go) rebuilds the references without names: EXPERIMENT, NAMESPACE, JOB; then
 * toApiRunV1 adds PIPELINE_VERSION, else PIPELINE, as CREATOR.
 */
function references(
  r: RunRecord | RecurringRunRecord,
  source: ReturnType<typeof sourceOf>,
  recurringRunId: string,
): JsonObject[] {
  const refs: Ref[] = [{ type: 'EXPERIMENT', id: r.experimentId, relationship: 'OWNER' }];
  if (r.namespace !== '') refs.push({ type: 'NAMESPACE', id: r.namespace, relationship: 'OWNER' });
  if (recurringRunId !== '')
    refs.push({ type: 'JOB', id: recurringRunId, relationship: 'CREATOR' });
  if (source.versionId !== '')
    refs.push({ type: 'PIPELINE_VERSION', id: source.versionId, relationship: 'CREATOR' });
  else if (source.pipelineId !== '')
    refs.push({ type: 'PIPELINE', id: source.pipelineId, relationship: 'CREATOR' });
  return refs.map(reference);
}

/**
 * api.RunMetric (toApiRunMetricV1): `number_value` is a oneof member, so protojson sends it even
 * when 0; the UNSPECIFIED format (the enum's zero) is left out.
 */
function metricWire(metric: RunMetric): JsonObject {
  return {
    name: metric.name,
    node_id: metric.nodeId,
    number_value: metric.numberValue,
    ...(metric.format === 'UNSPECIFIED' ? {} : { format: metric.format }),
  };
}

/**
 * api.Run. `status` is the v1 condition string; `error` is never filled (KFP-NOTES.md); `metrics`
 * are what the persistence agent reported (store/run-metrics.ts), absent when none.
 */
export function toV1Run(
  r: RunRecord,
  runtime: RunRuntime | undefined,
  store: Store,
  metrics: readonly RunMetric[] = [],
): JsonObject {
  const source = sourceOf(r.source, store);
  return omitDefaults({
    id: r.id,
    name: r.displayName,
    // STORAGESTATE_AVAILABLE is the enum's zero: protojson omits it (EmitUnpopulated false).
    storage_state: r.storageState === 'ARCHIVED' ? 'STORAGESTATE_ARCHIVED' : undefined,
    description: r.description,
    pipeline_spec: pipelineSpec(r, source),
    resource_references: references(r, source, r.recurringRunId),
    service_account: r.serviceAccount,
    created_at: rfc3339(r.createdAtMs),
    scheduled_at: rfc3339(r.createdAtMs),
    finished_at: runtime?.finishedAt ? wholeSeconds(runtime.finishedAt) : epoch,
    status: runtime ? v1StatusOf(runtime.state) : '',
    metrics: metrics.map(metricWire),
  });
}

/**
 * api.RunDetail: the run plus `pipeline_runtime.workflow_manifest`, the run's Argo workflow as the
 * persistence agent last reported it. The engine supplies it for both kinds of runs
 * (RunRuntime.workflowManifest): for a v1 run the simulated Argo workflow, for a v2 run the
 * workflow KFP's compiler makes (driver and executor templates) — that part is the simulator's.
 */
export function toV1RunDetail(
  r: RunRecord,
  runtime: RunRuntime | undefined,
  store: Store,
  metrics: readonly RunMetric[] = [],
): JsonObject {
  return omitDefaults({
    run: toV1Run(r, runtime, store, metrics),
    pipeline_runtime: runtime?.workflowManifest
      ? { workflow_manifest: runtime.workflowManifest }
      : undefined,
  });
}

function trigger(j: RecurringRunRecord): JsonObject | undefined {
  const t = j.trigger;
  if (!t) return undefined;
  const times = { start_time: t.startTime, end_time: t.endTime };
  if (t.kind === 'cron') return { cron_schedule: omitDefaults({ ...times, cron: t.cron }) };
  return { periodic_schedule: omitDefaults({ ...times, interval_second: t.intervalSecond }) };
}

/** api.Job: `enabled` and `status` (ENABLED/DISABLED) tell its mode; `mode` is input only. */
export function toV1Job(j: RecurringRunRecord, store: Store): JsonObject {
  const source = sourceOf(j.source, store);
  return omitDefaults({
    id: j.id,
    name: j.displayName,
    description: j.description,
    pipeline_spec: pipelineSpec(j, source),
    resource_references: references(j, source, ''),
    service_account: j.serviceAccount,
    max_concurrency: j.maxConcurrency,
    trigger: trigger(j),
    created_at: rfc3339(j.createdAtMs),
    updated_at: rfc3339(j.updatedAtMs),
    status: j.enabled ? 'ENABLED' : 'DISABLED',
    enabled: j.enabled,
    no_catchup: j.noCatchup,
  });
}
