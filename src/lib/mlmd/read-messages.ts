import type { JsonObject, JsonValue } from '@bufbuild/protobuf';
import {
  Artifact_State,
  Event_Type,
  Execution_State,
  type Artifact,
  type Event,
  type Execution,
  type Value,
} from './gen/ml_metadata/proto/metadata_store_pb.ts';
import type {
  MlmdArtifact,
  MlmdArtifactState,
  MlmdEvent,
  MlmdEventType,
  MlmdExecution,
  MlmdExecutionState,
} from './types.ts';

/** An MLMD value as JSON: int64 as a number when it is exact, else as a string. */
export function valueJson(value: Value | undefined): JsonValue | undefined {
  const v = value?.value;
  switch (v?.case) {
    case 'intValue':
      return v.value <= BigInt(Number.MAX_SAFE_INTEGER) &&
        v.value >= -BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v.value)
        : v.value.toString();
    case 'doubleValue':
    case 'stringValue':
    case 'boolValue':
    case 'structValue':
      return v.value;
    default:
      return undefined;
  }
}

export function propertiesJson(map: { readonly [key: string]: Value }): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(map)) {
    const json = valueJson(value);
    if (json !== undefined) out[key] = json;
  }
  return out;
}

function stringProp(map: { readonly [key: string]: Value }, key: string): string {
  const v = map[key]?.value;
  if (v?.case === 'stringValue') return v.value;
  if (v?.case === 'intValue') return v.value.toString();
  return '';
}

function intProp(map: { readonly [key: string]: Value }, key: string): bigint | undefined {
  const v = map[key]?.value;
  if (v?.case === 'intValue') return v.value;
  if (v?.case === 'doubleValue' && Number.isInteger(v.value)) return BigInt(v.value);
  if (v?.case === 'stringValue' && /^-?\d+$/.test(v.value)) return BigInt(v.value);
  return undefined;
}

function structProp(map: { readonly [key: string]: Value }, key: string): JsonObject {
  const v = map[key]?.value;
  return v?.case === 'structValue' ? v.value : {};
}

/** Milliseconds since the epoch → ISO time; 0 (unset) → undefined. */
export function epochTime(ms: bigint): string | undefined {
  if (ms <= 0n) return undefined;
  const date = new Date(Number(ms));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const EXECUTION_STATES: Readonly<Record<Execution_State, MlmdExecutionState>> = {
  [Execution_State.UNKNOWN]: 'UNKNOWN',
  [Execution_State.NEW]: 'NEW',
  [Execution_State.RUNNING]: 'RUNNING',
  [Execution_State.COMPLETE]: 'COMPLETE',
  [Execution_State.FAILED]: 'FAILED',
  [Execution_State.CACHED]: 'CACHED',
  [Execution_State.CANCELED]: 'CANCELED',
};

const ARTIFACT_STATES: Readonly<Record<Artifact_State, MlmdArtifactState>> = {
  [Artifact_State.UNKNOWN]: 'UNKNOWN',
  [Artifact_State.PENDING]: 'PENDING',
  [Artifact_State.LIVE]: 'LIVE',
  [Artifact_State.MARKED_FOR_DELETION]: 'MARKED_FOR_DELETION',
  [Artifact_State.DELETED]: 'DELETED',
  [Artifact_State.ABANDONED]: 'ABANDONED',
  [Artifact_State.REFERENCE]: 'REFERENCE',
};

const EVENT_TYPES: Readonly<Partial<Record<Event_Type, MlmdEventType>>> = {
  [Event_Type.INPUT]: 'INPUT',
  [Event_Type.OUTPUT]: 'OUTPUT',
  [Event_Type.DECLARED_INPUT]: 'DECLARED_INPUT',
  [Event_Type.DECLARED_OUTPUT]: 'DECLARED_OUTPUT',
};

const optionalId = (id: bigint | undefined) =>
  id === undefined || id === 0n ? undefined : id.toString();

const optionalNumber = (n: bigint | undefined) => (n === undefined ? undefined : Number(n));

/** Reads an execution with the custom properties KFP's driver and launcher write. */
export function readExecution(execution: Execution, typeName?: string): MlmdExecution {
  const props = execution.customProperties;
  return {
    id: execution.id.toString(),
    type: execution.type || typeName || '',
    name: execution.name,
    state: EXECUTION_STATES[execution.lastKnownState],
    taskName: stringProp(props, 'task_name'),
    displayName: stringProp(props, 'display_name'),
    // kfp_pod_name: what KFP v1 / TFX wrote (frontend/src/mlmd/MlmdUtils.ts getKfpPod).
    podName: stringProp(props, 'pod_name') || stringProp(props, 'kfp_pod_name'),
    parentDagId: optionalId(intProp(props, 'parent_dag_id')),
    iterationIndex: optionalNumber(intProp(props, 'iteration_index')),
    iterationCount: optionalNumber(intProp(props, 'iteration_count')),
    cachedExecutionId: optionalId(intProp(props, 'cached_execution_id')),
    inputs: structProp(props, 'inputs'),
    outputs: structProp(props, 'outputs'),
    properties: { ...propertiesJson(execution.properties), ...propertiesJson(props) },
    createdAt: epochTime(execution.createTimeSinceEpoch),
    updatedAt: epochTime(execution.lastUpdateTimeSinceEpoch),
  };
}

export function readArtifact(artifact: Artifact, typeName?: string): MlmdArtifact {
  const metadata = {
    ...propertiesJson(artifact.properties),
    ...propertiesJson(artifact.customProperties),
  };
  const display = metadata.display_name;
  return {
    id: artifact.id.toString(),
    type: artifact.type || typeName || '',
    name: artifact.name,
    displayName: typeof display === 'string' && display !== '' ? display : artifact.name,
    uri: artifact.uri,
    state: ARTIFACT_STATES[artifact.state],
    metadata,
    createdAt: epochTime(artifact.createTimeSinceEpoch),
  };
}

export function readEvent(event: Event): MlmdEvent {
  const step = event.path?.steps.find((s) => s.value.case === 'key');
  return {
    executionId: event.executionId.toString(),
    artifactId: event.artifactId.toString(),
    type: EVENT_TYPES[event.type] ?? 'OTHER',
    name: step?.value.case === 'key' ? step.value.value : '',
    time: epochTime(event.millisecondsSinceEpoch),
  };
}
