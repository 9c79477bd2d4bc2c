import { asArray, asNumber, asString, entries, parseJson } from '../json.ts';
import type { ObjectWrite } from '../plan.ts';
import { int64From, uuidFrom } from '../random.ts';
import type { ArtifactRef } from './types.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../lib/json.ts';

export interface StorageRoot {
  readonly scheme: string;
  readonly bucket: string;
  readonly prefix: string;
}

export const defaultPipelineRoot = 'minio://mlpipeline/v2/artifacts';

/** `minio://mlpipeline/v2/artifacts` → scheme, bucket, key prefix. */
export function parseRoot(pipelineRoot: string): StorageRoot {
  const match = /^([a-z0-9]+):\/\/([^/]+)\/?(.*)$/.exec(pipelineRoot.trim());
  if (!match) return parseRoot(defaultPipelineRoot);
  return {
    scheme: match[1] ?? 'minio',
    bucket: match[2] ?? 'mlpipeline',
    prefix: (match[3] ?? '').replace(/\/+$/, ''),
  };
}

/** v2beta1 ArtifactArtifactType for a schema title. */
export function artifactType(schemaTitle: string): string {
  switch (schemaTitle) {
    case 'system.Model':
      return 'Model';
    case 'system.Dataset':
      return 'Dataset';
    case 'system.HTML':
      return 'HTML';
    case 'system.Markdown':
      return 'Markdown';
    case 'system.Metrics':
      return 'Metric';
    case 'system.ClassificationMetrics':
      return 'ClassificationMetric';
    case 'system.SlicedClassificationMetrics':
      return 'SlicedClassificationMetric';
    default:
      return 'Artifact';
  }
}

/** Scalars of a metrics file: `{"accuracy": 0.9}` or the v1 shape `{"metrics": [{name, numberValue}]}`. */
function metricScalars(content: JsonValue | undefined): JsonObject {
  const scalars: JsonObject = {};
  if (!isJsonObject(content)) return scalars;
  const list = asArray(content.metrics);
  if (list) {
    for (const item of list) {
      const name = isJsonObject(item) ? asString(item.name) : undefined;
      const value = isJsonObject(item)
        ? asNumber(item.numberValue ?? item.number_value)
        : undefined;
      if (name !== undefined && value !== undefined) scalars[name] = value;
    }
    return scalars;
  }
  for (const [key, value] of entries(content)) if (typeof value === 'number') scalars[key] = value;
  return scalars;
}

/**
 * What KFP records as the artifact's metadata: the metric scalars of system.Metrics, the
 * confusionMatrix / confidenceMetrics of system.ClassificationMetrics, or what the component set.
 */
export function artifactMetadata(
  schemaTitle: string,
  bytes: Uint8Array,
  provided: JsonObject | undefined,
): JsonObject {
  const content = bytes.length > 0 ? parseJson(new TextDecoder().decode(bytes)) : undefined;
  if (schemaTitle === 'system.Metrics')
    return provided ? metricScalars(provided) : metricScalars(content);
  if (provided) return provided;
  if (schemaTitle === 'system.ClassificationMetrics' && isJsonObject(content)) {
    const metadata: JsonObject = {};
    for (const key of ['confusionMatrix', 'confidenceMetrics']) {
      const value = content[key];
      if (value !== undefined) metadata[key] = value;
    }
    return metadata;
  }
  return {};
}

export interface ArtifactOutput {
  readonly ref: ArtifactRef;
  readonly write: ObjectWrite;
}

interface OutputOptions {
  readonly root: StorageRoot;
  readonly pipelineName: string;
  readonly runId: string;
  readonly taskName: string;
  readonly nodeKey: string;
  readonly name: string;
  readonly schemaTitle: string;
  readonly bytes: Uint8Array;
  readonly provided: JsonObject | undefined;
  readonly createdAt: number;
  readonly runAttempt: number;
}

/** `<root>/<pipeline>/<run>/<task>/<uuid>/<name>`: the launcher's output URI, stored raw. */
export function outputArtifact(options: OutputOptions): ArtifactOutput {
  const { root, runId, nodeKey, name } = options;
  const salt = uuidFrom(runId, nodeKey, options.runAttempt, 'output-uri');
  const key = [root.prefix, options.pipelineName, runId, options.taskName, salt, name]
    .filter((p) => p !== '')
    .join('/');
  return {
    ref: {
      id: uuidFrom(runId, nodeKey, name, options.runAttempt, 'artifact'),
      numericId: int64From(runId, nodeKey, name, options.runAttempt, 'artifact'),
      name,
      schemaTitle: options.schemaTitle,
      uri: `${root.scheme}://${root.bucket}/${key}`,
      metadata: artifactMetadata(options.schemaTitle, options.bytes, options.provided),
      createdAt: options.createdAt,
    },
    write: { bucket: root.bucket, key, data: options.bytes },
  };
}

/**
 * The `executor-logs` output the driver adds to every container task (KFP ≥ 2.5, `publish_logs`
 * defaults to "true": backend/src/v2/driver/driver.go provisionOutputs). KFP 2.17 names each executor
 * attempt's file `executor-logs-<retry index>` (launcher_v2.go qualifyExecutorLogsURI) under the
 * task's output root; the output is still called `executor-logs`. Its bytes are the pod's log,
 * uploaded by the launcher when the executor ends (PodRecord.executorLogs).
 */
export function executorLogsArtifact(
  options: Omit<OutputOptions, 'name' | 'schemaTitle' | 'bytes' | 'provided'>,
  attempt: number,
): ArtifactOutput {
  const out = outputArtifact({
    ...options,
    name: `${EXECUTOR_LOGS}-${attempt}`,
    schemaTitle: 'system.Artifact',
    bytes: new Uint8Array(),
    provided: undefined,
  });
  return { ...out, ref: { ...out.ref, name: EXECUTOR_LOGS } };
}

export const EXECUTOR_LOGS = 'executor-logs';
