import { create, type JsonObject } from '@bufbuild/protobuf';
import {
  ArtifactSchema,
  Event_Type,
  EventSchema,
  Execution_State,
  ExecutionSchema,
  ValueSchema,
  type Artifact,
  type Event,
  type Execution,
  type Value,
} from '../gen/ml_metadata/proto/metadata_store_pb.ts';

type PropValue = string | number | bigint | boolean | JsonObject;

export function mlmdValue(value: PropValue): Value {
  if (typeof value === 'string')
    return create(ValueSchema, { value: { case: 'stringValue', value } });
  if (typeof value === 'bigint') return create(ValueSchema, { value: { case: 'intValue', value } });
  if (typeof value === 'number')
    return create(ValueSchema, { value: { case: 'doubleValue', value } });
  if (typeof value === 'boolean')
    return create(ValueSchema, { value: { case: 'boolValue', value } });
  return create(ValueSchema, { value: { case: 'structValue', value } });
}

function props(values: Readonly<Record<string, PropValue | undefined>>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) out[key] = mlmdValue(value);
  return out;
}

const T0 = 1_767_225_600_000n; // 2026-01-01T00:00:00Z

export interface ExecutionFixture {
  readonly id: number;
  readonly type?: string;
  readonly state?: Execution_State;
  readonly taskName?: string;
  readonly displayName?: string;
  readonly podName?: string;
  readonly parentDagId?: number;
  readonly iterationIndex?: number;
  readonly iterationCount?: number;
  readonly cachedExecutionId?: number;
  readonly inputs?: JsonObject;
  readonly outputs?: JsonObject;
  /** Seconds after T0. */
  readonly start?: number;
  readonly end?: number;
}

/** An execution as KFP's driver/launcher write it (custom properties named as in KFP's backend). */
export function execution(f: ExecutionFixture): Execution {
  const big = (n: number | undefined) => (n === undefined ? undefined : BigInt(n));
  return create(ExecutionSchema, {
    id: BigInt(f.id),
    type: f.type ?? 'system.ContainerExecution',
    lastKnownState: f.state ?? Execution_State.COMPLETE,
    createTimeSinceEpoch: T0 + BigInt((f.start ?? 0) * 1000),
    lastUpdateTimeSinceEpoch: T0 + BigInt((f.end ?? f.start ?? 0) * 1000),
    customProperties: props({
      task_name: f.taskName,
      display_name: f.displayName,
      pod_name: f.podName,
      parent_dag_id: big(f.parentDagId),
      iteration_index: big(f.iterationIndex),
      iteration_count: big(f.iterationCount),
      cached_execution_id:
        f.cachedExecutionId === undefined ? undefined : String(f.cachedExecutionId),
      inputs: f.inputs,
      outputs: f.outputs,
    }),
  });
}

export function artifact(f: {
  readonly id: number;
  readonly type: string;
  readonly name?: string;
  readonly uri?: string;
  readonly displayName?: string;
  readonly metadata?: Readonly<Record<string, PropValue>>;
}): Artifact {
  return create(ArtifactSchema, {
    id: BigInt(f.id),
    type: f.type,
    name: f.name ?? '',
    uri: f.uri ?? '',
    createTimeSinceEpoch: T0,
    customProperties: props({ display_name: f.displayName, ...f.metadata }),
  });
}

export function event(
  type: 'INPUT' | 'OUTPUT',
  executionId: number,
  artifactId: number,
  name: string,
): Event {
  return create(EventSchema, {
    type: type === 'INPUT' ? Event_Type.INPUT : Event_Type.OUTPUT,
    executionId: BigInt(executionId),
    artifactId: BigInt(artifactId),
    path: { steps: [{ value: { case: 'key', value: name } }] },
    millisecondsSinceEpoch: T0,
  });
}

export { Execution_State };
