import { asArray, asNumber, asString, entries } from '../sim/json.ts';
import type { ProjectedArtifact, PropValue } from './types.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../lib/json.ts';

/** The native-tasks artifact type of the runtime back to the schema title the launcher records. */
const schemaTitles: Readonly<Record<string, string>> = {
  Model: 'system.Model',
  Dataset: 'system.Dataset',
  HTML: 'system.HTML',
  Markdown: 'system.Markdown',
  Metric: 'system.Metrics',
  ClassificationMetric: 'system.ClassificationMetrics',
  SlicedClassificationMetric: 'system.SlicedClassificationMetrics',
};

/**
 * An artifact metadata value as KFP stores it (backend/src/v2/metadata/converter.go,
 * StructValueToMLMDValue): numbers are doubles, booleans ints, lists `{list: […]}` and objects
 * `{struct: {…}}` (the frontend reads `confidenceMetrics.list` and `confusionMatrix.struct`).
 */
export function metadataValue(value: JsonValue): PropValue | undefined {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'double', value };
  if (typeof value === 'boolean') return { kind: 'int', value: value ? 1 : 0 };
  if (Array.isArray(value)) return { kind: 'struct', value: { list: value } };
  if (isJsonObject(value)) return { kind: 'struct', value: { struct: value } };
  return undefined;
}

/**
 * What the launcher's object store session looks like for the default minio pipeline root: KFP 2.17's
 * getDefaultMinioSessionInfo (backend/src/v2/config/env.go; endpoint objectstore.DefaultEndpointInMultiUserMode),
 * marshalled from a Go map, so with sorted keys.
 */
export function storeSessionInfo(uri: string): string {
  const scheme = /^([a-z0-9]+):\/\//.exec(uri)?.[1] ?? 'minio';
  if (scheme === 'minio')
    return JSON.stringify({
      Provider: 'minio',
      Params: {
        accessKeyKey: 'accesskey',
        disableSSL: 'true',
        endpoint: 'seaweedfs.kubeflow:9000',
        fromEnv: 'false',
        maxRetries: '5',
        region: 'minio',
        secretKeyKey: 'secretkey',
        secretName: 'mlpipeline-minio-artifact',
      },
    });
  return JSON.stringify({ Provider: scheme === 'gs' ? 'gs' : scheme, Params: { fromEnv: 'true' } });
}

/**
 * One output of a task (an entry of the runtime's `outputs.artifacts`) as the artifacts the
 * launcher records (client.go RecordArtifact): the metadata as custom properties, `display_name`
 * defaulting to the output name, and `store_session_info`. The runtime splits a system.Metrics
 * artifact into one `Metric` per scalar; they share the URI and become one artifact again.
 */
export function artifactsOfOutput(
  outputName: string,
  wire: readonly JsonValue[],
  fallbackMs: number,
): ProjectedArtifact[] {
  const byUri = new Map<
    string,
    { type: string; createMs: number; props: Record<string, PropValue> }
  >();
  for (const item of wire) {
    if (!isJsonObject(item)) continue;
    const uri = asString(item.uri);
    if (uri === undefined) continue;
    const wireType = asString(item.type) ?? 'Artifact';
    const created = Date.parse(asString(item.created_at) ?? '');
    let entry = byUri.get(uri);
    if (!entry) {
      entry = {
        type: schemaTitles[wireType] ?? 'system.Artifact',
        createMs: Number.isFinite(created) ? created : fallbackMs,
        props: {},
      };
      byUri.set(uri, entry);
    }
    const scalar = asNumber(item.number_value);
    const name = asString(item.name);
    if (wireType === 'Metric' && scalar !== undefined && name !== undefined)
      entry.props[name] = { kind: 'double', value: scalar };
    const metadata = item.metadata;
    if (isJsonObject(metadata)) {
      for (const [key, value] of entries(metadata)) {
        const prop = metadataValue(value);
        if (prop) entry.props[key] = prop;
      }
    }
  }
  return [...byUri].map(([uri, entry]) => ({
    key: uri,
    uri,
    type: entry.type,
    createMs: entry.createMs,
    props: {
      display_name: { kind: 'string', value: outputName },
      store_session_info: { kind: 'string', value: storeSessionInfo(uri) },
      ...entry.props,
    },
  }));
}

/** The artifact URIs of one runtime input or output entry (`{artifact_key, artifacts: […]}`). */
export function urisOf(entry: JsonObject): string[] {
  const uris = new Set<string>();
  for (const item of asArray(entry.artifacts) ?? []) {
    const uri = isJsonObject(item) ? asString(item.uri) : undefined;
    if (uri !== undefined) uris.add(uri);
  }
  return [...uris];
}
