import type { JsonObject, JsonValue, RunRuntime } from '../store/run-engine.ts';
import type { PipelineRecord, RunRecord, VersionRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { omitDefaults } from './wire.ts';
import { epoch, rfc3339 } from './wire-time.ts';

/** Records → v1beta1 wire objects (api.Pipeline, api.PipelineVersion, api.RunDetail). */

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const asString = (value: JsonValue | undefined): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** api.Parameter list of a spec: Argo arguments, or v2 root inputs with their defaults. */
export function specParameters(spec: JsonObject | undefined): JsonObject[] {
  if (!spec) return [];
  if (spec.kind === 'Workflow') {
    const args = isObject(spec.spec) && isObject(spec.spec.arguments) ? spec.spec.arguments : {};
    const params = Array.isArray(args.parameters) ? args.parameters : [];
    return params.flatMap((p) =>
      isObject(p) && typeof p.name === 'string'
        ? [omitDefaults({ name: p.name, value: asString(p.value) })]
        : [],
    );
  }
  const ir = isObject(spec.pipeline_spec) ? spec.pipeline_spec : spec;
  const root = isObject(ir.root) ? ir.root : {};
  const inputs =
    isObject(root.inputDefinitions) && isObject(root.inputDefinitions.parameters)
      ? root.inputDefinitions.parameters
      : {};
  return Object.entries(inputs).map(([name, def]) =>
    omitDefaults({ name, value: isObject(def) ? asString(def.defaultValue) : '' }),
  );
}

export function toV1PipelineVersion(v: VersionRecord, store: Store): JsonObject {
  return omitDefaults({
    id: v.id,
    name: v.name,
    created_at: rfc3339(v.createdAtMs),
    parameters: specParameters(store.getSpec(v.specHash)),
    code_source_url: v.codeSourceUrl,
    package_url: v.packageUrl ? { pipeline_url: v.packageUrl } : undefined,
    resource_references: [{ key: { type: 'PIPELINE', id: v.pipelineId }, relationship: 'OWNER' }],
    description: v.description,
  });
}

export function toV1Pipeline(
  p: PipelineRecord,
  defaultVersion: VersionRecord | undefined,
  store: Store,
): JsonObject {
  return omitDefaults({
    id: p.id,
    created_at: rfc3339(p.createdAtMs),
    name: p.name,
    description: p.description,
    parameters: defaultVersion ? specParameters(store.getSpec(defaultVersion.specHash)) : [],
    default_version: defaultVersion ? toV1PipelineVersion(defaultVersion, store) : undefined,
    resource_references: p.namespace
      ? [{ key: { type: 'NAMESPACE', id: p.namespace }, relationship: 'OWNER' }]
      : [],
  });
}

/** v2 run states → the v1beta1 `status` strings (Argo phases). */
const v1Status: Readonly<Record<string, string>> = {
  PENDING: 'Pending',
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  SKIPPED: 'Skipped',
  FAILED: 'Failed',
  CANCELING: 'Terminating',
  CANCELED: 'Failed',
  PAUSED: 'Running',
};

export function toV1RunDetail(
  r: RunRecord,
  runtime: RunRuntime | undefined,
  store: Store,
): JsonObject {
  const spec = store.getSpec(r.source.specHash);
  const parameters = Object.entries(r.parameters).map(([name, value]) =>
    omitDefaults({ name, value: asString(value) }),
  );
  const references: JsonObject[] = [
    { key: { type: 'EXPERIMENT', id: r.experimentId }, relationship: 'OWNER' },
    ...(r.namespace
      ? [{ key: { type: 'NAMESPACE', id: r.namespace }, relationship: 'OWNER' }]
      : []),
    ...(r.source.kind === 'version'
      ? [
          {
            key: { type: 'PIPELINE_VERSION', id: r.source.pipelineVersionId },
            relationship: 'CREATOR',
          },
        ]
      : []),
  ];
  const isArgo = spec?.kind === 'Workflow';
  const manifest = spec ? JSON.stringify(spec) : '';
  const run = omitDefaults({
    id: r.id,
    name: r.displayName,
    storage_state:
      r.storageState === 'ARCHIVED' ? 'STORAGESTATE_ARCHIVED' : 'STORAGESTATE_AVAILABLE',
    description: r.description,
    pipeline_spec: omitDefaults({
      pipeline_id: r.source.kind === 'version' ? r.source.pipelineId : '',
      workflow_manifest: isArgo ? manifest : '',
      pipeline_manifest: isArgo ? '' : manifest,
      parameters: isArgo ? parameters : [],
      runtime_config: isArgo
        ? undefined
        : omitDefaults({ parameters: r.parameters, pipeline_root: r.pipelineRoot }),
    }),
    resource_references: references,
    service_account: r.serviceAccount,
    created_at: rfc3339(r.createdAtMs),
    scheduled_at: rfc3339(r.createdAtMs),
    finished_at: runtime?.finishedAt ?? epoch,
    status: runtime ? (v1Status[runtime.state] ?? 'Unknown') : '',
    error: runtime?.error?.message ?? '',
  });
  return omitDefaults({
    run,
    pipeline_runtime: runtime?.workflowManifest
      ? { workflow_manifest: runtime.workflowManifest }
      : undefined,
  });
}
