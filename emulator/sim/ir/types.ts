import type { Outcome } from '../plan.ts';
import type { JsonObject, JsonValue } from '../../lib/json.ts';

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

/**
 * Where a task sits in the Argo workflow KFP's v2 compiler makes for the pipeline
 * (backend/src/v2/compiler/argocompiler dag.go, container.go, importer.go): the Argo node names
 * (`<dag node>.<task>`) and templates of its nodes. Pod names hash these node names.
 */
export interface ArgoShape {
  readonly kind: 'root' | 'container' | 'importer' | 'dag' | 'loop' | 'iteration';
  /** The task's node: `<dag>.<task>` (an iteration: `<loop>.iteration-iterations(i:i)`). */
  readonly node: string;
  readonly template: string;
  /** Its driver pod's node (`<dag>.<task>-driver`; a loop's `<loop>.iteration-driver`). */
  readonly driver?: string;
  readonly driverTemplate?: string;
  /** The DAG node its child tasks live in, and that DAG's template (root, dag, loop, iteration). */
  readonly inner?: string;
  readonly innerTemplate?: string;
  /** The DAG node holding this task (Argo's boundary). */
  readonly boundary: string;
  /** A container task with a retry policy: a Retry node over `executor(n)` pods. */
  readonly retry: boolean;
  /** A triggerPolicy.condition: the node is Skipped (`when` false) if its driver says so. */
  readonly conditional: boolean;
  /** For a task run by an exit hook: the node of the task the hook hangs on (`<that>.onExit`). */
  readonly hookOf?: string;
  /** Sibling tasks (same DAG) it depends on: its first node is a child of their outbound nodes. */
  readonly deps: readonly string[];
}

export interface V2Info {
  readonly type: V2TaskType;
  readonly name: string;
  readonly displayName: string;
  readonly scopePath: string;
  /** The task's Argo node name (argo.node); its pods' names hash the Argo node names. */
  readonly nodeName: string;
  readonly argo: ArgoShape;
  /** The task's last executor pod (container tasks, once created): where its logs are. */
  executorPod?: string;
  readonly taskId: string;
  readonly executionId: string;
  readonly iterationIndex?: number;
  iterationCount?: number;
  inputs: { params: readonly IoParam[]; artifacts: readonly IoArtifact[] };
  outputs: { params: readonly IoParam[]; artifacts: readonly IoArtifact[] };
  /** Output values for downstream tasks (and for reuse on retry). */
  result: TaskOutputs;
  message?: string;
  /** KFP's cache fingerprint of a container task with caching enabled (sim/ir/cache.ts). */
  fingerprint?: string;
  /** A cache hit: the execution it reuses (an earlier run's task); no executor pod ran. */
  cachedFrom?: { readonly runId: string; readonly taskId: string };
}
