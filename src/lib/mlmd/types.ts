/**
 * ML Metadata records as plain data: what src/lib/mlmd's readers answer (read from the protobuf
 * messages inside the lazily loaded chunk), so features and models never touch protobuf code.
 */
import type { JsonObject, JsonValue } from '@bufbuild/protobuf';

export type { JsonObject, JsonValue };

/** `Execution.State` (NEW, RUNNING, COMPLETE, FAILED, CACHED, CANCELED). */
export type MlmdExecutionState =
  'UNKNOWN' | 'NEW' | 'RUNNING' | 'COMPLETE' | 'FAILED' | 'CACHED' | 'CANCELED';

export interface MlmdExecution {
  readonly id: string;
  /** `system.ContainerExecution`, `system.DAGExecution`, `system.ImporterExecution`… */
  readonly type: string;
  readonly name: string;
  readonly state: MlmdExecutionState;
  /** KFP's custom properties (driver/launcher), '' / undefined when absent. */
  readonly taskName: string;
  readonly displayName: string;
  readonly podName: string;
  readonly parentDagId: string | undefined;
  readonly iterationIndex: number | undefined;
  readonly iterationCount: number | undefined;
  readonly cachedExecutionId: string | undefined;
  /** Input / output parameters (`inputs` / `outputs` struct properties). */
  readonly inputs: JsonObject;
  readonly outputs: JsonObject;
  /** Every custom property as JSON (for the details page). */
  readonly properties: JsonObject;
  readonly createdAt: string | undefined;
  readonly updatedAt: string | undefined;
}

export type MlmdArtifactState =
  'UNKNOWN' | 'PENDING' | 'LIVE' | 'MARKED_FOR_DELETION' | 'DELETED' | 'ABANDONED' | 'REFERENCE';

export interface MlmdArtifact {
  readonly id: string;
  /** `system.Metrics`, `system.Dataset`… */
  readonly type: string;
  readonly name: string;
  /** `display_name`, else the name. */
  readonly displayName: string;
  readonly uri: string;
  readonly state: MlmdArtifactState;
  /** The custom properties as JSON: KFP writes the artifact's metadata there. */
  readonly metadata: JsonObject;
  readonly createdAt: string | undefined;
}

export type MlmdEventType = 'INPUT' | 'OUTPUT' | 'DECLARED_INPUT' | 'DECLARED_OUTPUT' | 'OTHER';

export interface MlmdEvent {
  readonly executionId: string;
  readonly artifactId: string;
  readonly type: MlmdEventType;
  /** The input or output name (the path's first key), '' when the path has none. */
  readonly name: string;
  readonly time: string | undefined;
}

/** Everything ML Metadata knows about one KFP v2 run (its `system.PipelineRun` context). */
export interface RunMetadata {
  readonly contextId: string;
  readonly executions: readonly MlmdExecution[];
  readonly artifacts: readonly MlmdArtifact[];
  readonly events: readonly MlmdEvent[];
}
