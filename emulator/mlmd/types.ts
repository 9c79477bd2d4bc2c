import type { JsonObject } from '../lib/json.ts';
/**
 * What KFP's driver and launcher write into ML Metadata for one v2 run, before the store gives
 * the records their ids: executions and artifacts are named by stable keys (task id, artifact URI)
 * and refer to each other by key.
 */

/** A custom property value as KFP writes it (metadata.StringValue, intValue, doubleValue, structs). */
export type PropValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'double'; readonly value: number }
  | { readonly kind: 'struct'; readonly value: JsonObject };

export type Props = Readonly<Record<string, PropValue>>;

/** Execution.State names KFP sets (NEW is never written by KFP's driver). */
export type ExecutionState = 'RUNNING' | 'COMPLETE' | 'FAILED' | 'CACHED' | 'CANCELED';

export type ExecutionTypeName =
  'system.DAGExecution' | 'system.ContainerExecution' | 'system.ImporterExecution';

/** A named artifact on an execution's INPUT or OUTPUT event (the event path's one step key). */
export interface EventRef {
  readonly name: string;
  /** The artifact's key (its URI). */
  readonly artifact: string;
  /** Event time, ms since the epoch. */
  readonly atMs: number;
}

export interface ProjectedExecution {
  /** The KFP task id: stable for the run's lifetime. */
  readonly key: string;
  readonly type: ExecutionTypeName;
  /** Only the root DAG has a name (`run/<run id>`). */
  readonly name?: string;
  /** Key of the parent DAG execution (custom property parent_dag_id once ids are given). */
  readonly parent?: string;
  readonly state: ExecutionState;
  readonly createMs: number;
  readonly updateMs: number;
  readonly props: Props;
  readonly inputs: readonly EventRef[];
  readonly outputs: readonly EventRef[];
  /**
   * A cache hit: the execution it reuses (run and task key), written as the custom property
   * `cached_execution_id` once ids are given (backend/src/v2/metadata/client.go CreateExecution).
   */
  readonly cachedFrom?: { readonly runId: string; readonly taskKey: string };
}

export interface ProjectedArtifact {
  /** The URI: unique per output of a task attempt. */
  readonly key: string;
  /** The schema title, e.g. `system.Metrics`. */
  readonly type: string;
  readonly uri: string;
  readonly createMs: number;
  readonly props: Props;
}

/** One run as ML Metadata holds it at one moment; undefined until the root driver ran. */
export interface RunProjection {
  readonly runId: string;
  /** `pipelineInfo.name`: the `system.Pipeline` context. */
  readonly pipelineName: string;
  /** The `system.PipelineRun` context's custom properties. */
  readonly contextProps: Props;
  readonly createMs: number;
  readonly executions: readonly ProjectedExecution[];
  readonly artifacts: readonly ProjectedArtifact[];
}

/** A run as the source lists it: a new object whenever the run's record changes. */
export interface RunRef {
  readonly id: string;
  readonly createdAtMs: number;
}

/** Where ML Metadata's content comes from: the simulator's runs. */
export interface MlmdSource {
  /** Every run, in no particular order; a run's object is replaced whenever its record changes. */
  runs(): Iterable<RunRef>;
  /** The run's pipeline name, for v2 runs only. */
  pipelineName(runId: string): string | undefined;
  /** The run as of now, or undefined (not a v2 run, unknown, or not started). */
  project(runId: string): RunProjection | undefined;
  /**
   * True when `project(runId)` answers the same as its last answer for as long as the run's record
   * (its RunRef object) stays the same: a finished run, or a run that is no v2 run.
   */
  settled(runId: string): boolean;
}
