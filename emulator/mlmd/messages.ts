import { create } from '@bufbuild/protobuf';
import {
  Artifact_State,
  ArtifactSchema,
  ContextSchema,
  Event_Type,
  EventSchema,
  Execution_State,
  ExecutionSchema,
  ValueSchema,
  type Artifact,
  type Context,
  type Event,
  type Execution,
  type Value,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import type { ExecutionState, Props, PropValue } from './types.ts';

/** Proto messages of the records (the generated code of the official protos, src/lib/mlmd/gen). */

function value(prop: PropValue): Value {
  switch (prop.kind) {
    case 'string':
      return create(ValueSchema, { value: { case: 'stringValue', value: prop.value } });
    case 'int':
      return create(ValueSchema, { value: { case: 'intValue', value: BigInt(prop.value) } });
    case 'double':
      return create(ValueSchema, { value: { case: 'doubleValue', value: prop.value } });
    case 'struct':
      return create(ValueSchema, { value: { case: 'structValue', value: prop.value } });
  }
}

export function customProperties(props: Props): Record<string, Value> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, value(v)]));
}

const executionStates: Record<ExecutionState, Execution_State> = {
  RUNNING: Execution_State.RUNNING,
  COMPLETE: Execution_State.COMPLETE,
  FAILED: Execution_State.FAILED,
  CACHED: Execution_State.CACHED,
  CANCELED: Execution_State.CANCELED,
};

export function executionMessage(fields: {
  readonly id: number;
  readonly typeId: number;
  readonly type: string;
  readonly name?: string | undefined;
  readonly state: ExecutionState;
  readonly createMs: number;
  readonly updateMs: number;
  readonly props: Props;
}): Execution {
  return create(ExecutionSchema, {
    id: BigInt(fields.id),
    ...(fields.name !== undefined ? { name: fields.name } : {}),
    typeId: BigInt(fields.typeId),
    type: fields.type,
    lastKnownState: executionStates[fields.state],
    customProperties: customProperties(fields.props),
    createTimeSinceEpoch: BigInt(fields.createMs),
    lastUpdateTimeSinceEpoch: BigInt(fields.updateMs),
  });
}

export function artifactMessage(fields: {
  readonly id: number;
  readonly typeId: number;
  readonly type: string;
  readonly uri: string;
  readonly createMs: number;
  readonly props: Props;
}): Artifact {
  return create(ArtifactSchema, {
    id: BigInt(fields.id),
    typeId: BigInt(fields.typeId),
    type: fields.type,
    uri: fields.uri,
    state: Artifact_State.LIVE,
    customProperties: customProperties(fields.props),
    createTimeSinceEpoch: BigInt(fields.createMs),
    lastUpdateTimeSinceEpoch: BigInt(fields.createMs),
  });
}

export function contextMessage(fields: {
  readonly id: number;
  readonly typeId: number;
  readonly type: string;
  readonly name: string;
  readonly createMs: number;
  readonly props: Props;
}): Context {
  return create(ContextSchema, {
    id: BigInt(fields.id),
    name: fields.name,
    typeId: BigInt(fields.typeId),
    type: fields.type,
    customProperties: customProperties(fields.props),
    createTimeSinceEpoch: BigInt(fields.createMs),
    lastUpdateTimeSinceEpoch: BigInt(fields.createMs),
  });
}

/** An event whose path is the artifact's input or output name (client.go eventPath). */
export function eventMessage(fields: {
  readonly artifactId: number;
  readonly executionId: number;
  readonly type: 'INPUT' | 'OUTPUT';
  readonly name: string;
  readonly atMs: number;
}): Event {
  return create(EventSchema, {
    artifactId: BigInt(fields.artifactId),
    executionId: BigInt(fields.executionId),
    type: fields.type === 'INPUT' ? Event_Type.INPUT : Event_Type.OUTPUT,
    path: { steps: [{ value: { case: 'key', value: fields.name } }] },
    millisecondsSinceEpoch: BigInt(fields.atMs),
  });
}
