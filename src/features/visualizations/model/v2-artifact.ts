import { isFiniteNumber, type JsonRecord } from './guards.ts';
import { isRecord } from '@/lib/parse/reader.ts';
/**
 * The minimal shape of a KFP v2 artifact that the visualizations need, read from the MLMD-free API
 * (`PipelineTask.outputs.artifacts[].artifacts[]`, `GET /apis/v2beta1/artifacts/{id}`; see
 * kfp-api/v2beta1-tasks). Local on purpose: this feature does not depend on the wire types elsewhere.
 */
export interface V2Artifact {
  id?: string;
  /** The artifact name; for a newer-API `Metric` artifact, the metric's key. */
  name: string;
  /** The output it was produced under (`IOArtifact.artifact_key`), when known. */
  outputKey?: string;
  /** What kind of artifact, from `type` (`Metric`, `HTML`…) or a schema title (`system.Metrics`…). */
  kind: V2ArtifactKind;
  uri?: string;
  metadata: JsonRecord;
  /** A newer-API `Metric` artifact's value. */
  numberValue?: number;
}

export type V2ArtifactKind = 'metrics' | 'classification-metrics' | 'html' | 'markdown' | 'other';

const KINDS: ReadonlyMap<string, V2ArtifactKind> = new Map([
  ['metric', 'metrics'],
  ['metrics', 'metrics'],
  ['system.metrics', 'metrics'],
  ['classificationmetric', 'classification-metrics'],
  ['classificationmetrics', 'classification-metrics'],
  ['system.classificationmetrics', 'classification-metrics'],
  ['html', 'html'],
  ['system.html', 'html'],
  ['markdown', 'markdown'],
  ['system.markdown', 'markdown'],
]);

/** The kind named by an artifact `type` string or a `{schema_title}` object. */
export function artifactKind(type: unknown): V2ArtifactKind {
  const title = isRecord(type) ? (type.schema_title ?? type.schemaTitle) : type;
  if (typeof title !== 'string') return 'other';
  return KINDS.get(title.trim().toLowerCase()) ?? 'other';
}

/** Reads one artifact object from the wire (snake_case or lowerCamelCase); undefined if it is not one. */
export function readV2Artifact(value: unknown, outputKey?: string): V2Artifact | undefined {
  if (!isRecord(value)) return undefined;
  const name = stringField(value, 'name') ?? stringField(value, 'display_name') ?? outputKey ?? '';
  const id =
    stringField(value, 'artifact_id') ??
    stringField(value, 'artifactId') ??
    stringField(value, 'id');
  const uri = stringField(value, 'uri');
  const numberValue = value.number_value ?? value.numberValue;
  const metadata = value.metadata ?? value.custom_properties ?? value.customProperties;
  const kind = artifactKind(value.type ?? value.schema_title ?? value.schemaTitle);
  return {
    name,
    kind,
    metadata: isRecord(metadata) ? metadata : {},
    ...(id === undefined ? {} : { id }),
    ...(outputKey === undefined ? {} : { outputKey }),
    ...(uri === undefined || uri === '' ? {} : { uri }),
    ...(isFiniteNumber(numberValue) ? { numberValue } : {}),
  };
}

/**
 * All output artifacts of a run task: `PipelineTask.outputs` = `{artifacts: [{artifact_key,
 * artifacts: [Artifact…]}…]}`. Anything that is not an artifact is ignored.
 */
export function artifactsFromTaskOutputs(outputs: unknown): V2Artifact[] {
  if (!isRecord(outputs) || !Array.isArray(outputs.artifacts)) return [];
  const groups: unknown[] = outputs.artifacts;
  return groups.flatMap((group) => {
    if (!isRecord(group) || !Array.isArray(group.artifacts)) return [];
    const key = stringField(group, 'artifact_key') ?? stringField(group, 'artifactKey');
    const artifacts: unknown[] = group.artifacts;
    return artifacts
      .map((artifact) => readV2Artifact(artifact, key))
      .filter((artifact) => artifact !== undefined);
  });
}

/** The user-facing name of an artifact: `display_name` metadata, else its name, else its output key. */
export function artifactTitle(artifact: V2Artifact): string {
  const displayName = artifact.metadata.display_name;
  if (typeof displayName === 'string' && displayName !== '') return displayName;
  return artifact.name || artifact.outputKey || 'artifact';
}

/** Unwraps `{struct: …}` / `{list: …}` (how MLMD struct values come through newer APIs). */
export function unwrapValue(value: unknown): unknown {
  let current = value;
  for (let i = 0; i < 4 && isRecord(current); i++) {
    const keys = Object.keys(current);
    const only = keys.length === 1 ? keys[0] : undefined;
    if (only !== 'struct' && only !== 'list') break;
    current = current[only];
  }
  return current;
}

function stringField(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  return typeof value === 'string' ? value : undefined;
}
