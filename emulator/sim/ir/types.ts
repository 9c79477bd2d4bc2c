import type { JsonObject, JsonValue } from '../../store/run-engine.ts';
import type { Outcome } from '../plan.ts';

/** v2beta1 IOType values the simulator uses. */
export type IoType =
  | 'COMPONENT_DEFAULT_INPUT'
  | 'TASK_OUTPUT_INPUT'
  | 'COMPONENT_INPUT'
  | 'RUNTIME_VALUE_INPUT'
  | 'COLLECTED_INPUTS'
  | 'ITERATOR_INPUT'
  | 'ITERATOR_INPUT_RAW'
  | 'ITERATOR_OUTPUT'
  | 'OUTPUT'
  | 'ONE_OF_OUTPUT';

export interface Producer {
  readonly task: string;
  readonly iteration?: number;
}

/** An output artifact as recorded by the (simulated) launcher. */
export interface ArtifactRef {
  readonly id: string;
  readonly numericId: string;
  /** The output key, e.g. `metrics`. */
  readonly name: string;
  readonly schemaTitle: string;
  readonly uri: string;
  readonly metadata: JsonObject;
  /** Wall ms after the run's creation. */
  readonly createdAt: number;
}

export interface IoParam {
  readonly key: string;
  readonly value: JsonValue;
  readonly type: IoType;
  readonly producer?: Producer;
}

export interface IoArtifact {
  readonly key: string;
  readonly artifacts: readonly ArtifactRef[];
  readonly type: IoType;
  readonly producer?: Producer;
}

export interface TaskOutputs {
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly artifacts: Readonly<Record<string, readonly ArtifactRef[]>>;
}

export const noOutputs: TaskOutputs = { params: {}, artifacts: {} };

/** Values visible inside a DAG: its resolved inputs. */
export interface Scope {
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly artifacts: Readonly<Record<string, readonly ArtifactRef[]>>;
}

/** What a DAG remembers about a finished sibling task. */
export interface Sibling {
  readonly outcome: Outcome;
  readonly outputs: TaskOutputs;
  readonly message?: string;
  readonly end: number;
}

export type V2TaskType =
  | 'ROOT'
  | 'RUNTIME'
  | 'CONDITION_BRANCH'
  | 'CONDITION'
  | 'LOOP'
  | 'EXIT_HANDLER'
  | 'IMPORTER'
  | 'DAG';

export interface V2Info {
  readonly type: V2TaskType;
  readonly name: string;
  readonly displayName: string;
  readonly scopePath: string;
  /** Argo-style node name inside the compiled workflow; pod names and task-detail ids derive from it. */
  readonly nodeName: string;
  readonly taskId: string;
  readonly detailId: string;
  readonly executionId: string;
  readonly iterationIndex?: number;
  iterationCount?: number;
  inputs: { params: readonly IoParam[]; artifacts: readonly IoArtifact[] };
  outputs: { params: readonly IoParam[]; artifacts: readonly IoArtifact[] };
  /** Output values for downstream tasks (and for reuse on retry). */
  result: TaskOutputs;
  message?: string;
}
