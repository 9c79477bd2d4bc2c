import type { ExperimentRecord, PipelineRecord, VersionRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { omitDefaults } from './wire.ts';
import { rfc3339 } from './wire-time.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/** Records → v1beta1 wire objects (api.Pipeline, api.PipelineVersion, api.RunDetail). */

export const asString = (value: JsonValue | undefined): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** api.Parameter list of a spec: Argo arguments, or v2 root inputs with their defaults. */
export function specParameters(spec: JsonObject | undefined): JsonObject[] {
  if (!spec) return [];
  if (spec.kind === 'Workflow') {
    const args =
      isJsonObject(spec.spec) && isJsonObject(spec.spec.arguments) ? spec.spec.arguments : {};
    const params = Array.isArray(args.parameters) ? args.parameters : [];
    return params.flatMap((p) =>
      isJsonObject(p) && typeof p.name === 'string'
        ? [omitDefaults({ name: p.name, value: asString(p.value) })]
        : [],
    );
  }
  const ir = isJsonObject(spec.pipeline_spec) ? spec.pipeline_spec : spec;
  const root = isJsonObject(ir.root) ? ir.root : {};
  const inputs =
    isJsonObject(root.inputDefinitions) && isJsonObject(root.inputDefinitions.parameters)
      ? root.inputDefinitions.parameters
      : {};
  return Object.entries(inputs).map(([name, def]) =>
    omitDefaults({ name, value: isJsonObject(def) ? asString(def.defaultValue) : '' }),
  );
}

/** toApiPipelineVersionV1 answers the code source URL (else the package URL) as package_url. */
function packageUrlOf(v: VersionRecord): JsonObject | undefined {
  const url = v.codeSourceUrl || v.packageUrl;
  return url ? { pipeline_url: url } : undefined;
}

export function toV1PipelineVersion(v: VersionRecord, store: Store): JsonObject {
  return omitDefaults({
    id: v.id,
    name: v.name,
    created_at: rfc3339(v.createdAtMs),
    parameters: specParameters(store.getSpec(v.specHash)),
    code_source_url: v.codeSourceUrl,
    package_url: packageUrlOf(v),
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
    url: defaultVersion ? packageUrlOf(defaultVersion) : undefined,
    default_version: defaultVersion ? toV1PipelineVersion(defaultVersion, store) : undefined,
    resource_references: p.namespace
      ? [{ key: { type: 'NAMESPACE', id: p.namespace }, relationship: 'OWNER' }]
      : [],
  });
}

/** api.Experiment: the namespace travels as the one NAMESPACE reference (empty id in single-user mode). */
export function toV1Experiment(e: ExperimentRecord): JsonObject {
  return omitDefaults({
    id: e.id,
    name: e.displayName,
    description: e.description,
    created_at: rfc3339(e.createdAtMs),
    resource_references: [
      { key: omitDefaults({ type: 'NAMESPACE', id: e.namespace }), relationship: 'OWNER' },
    ],
    storage_state:
      e.storageState === 'ARCHIVED' ? 'STORAGESTATE_ARCHIVED' : 'STORAGESTATE_AVAILABLE',
  });
}
