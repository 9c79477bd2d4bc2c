import type { JsonValue } from '../lib/json.ts';
/**
 * Seams inside the simulator. The engine (walks v2 IR / Argo specs, owns task states and timing)
 * asks a component behaviour what a task produces, and writes the result into the object store
 * and the log store, which the artifact and log routes serve.
 */

/** An in-emulator object store standing in for minio (bucket `mlpipeline`). */
export interface ObjectStore {
  put(bucket: string, key: string, data: Uint8Array): void;
  get(bucket: string, key: string): Uint8Array | undefined;
}

export interface PodLog {
  readonly namespace: string;
  readonly runId: string;
  readonly lines: readonly string[];
}

/** Pod logs by pod name. A pod that "disappeared" is removed: its log answers 404 "pod not found". */
export interface LogStore {
  put(podName: string, log: PodLog): void;
  get(podName: string): PodLog | undefined;
  remove(podName: string): void;
}

export interface OutputSpec {
  readonly name: string;
  /** v2: parameterType (STRING, NUMBER_INTEGER, …) or artifact schemaTitle (system.Metrics, …); v1: 'String'. */
  readonly type: string;
}

export interface TaskExecution {
  /** Component / template name as compiled, e.g. `multiply`, `check-if-prime`, `comp-train`. */
  readonly component: string;
  readonly displayName: string;
  readonly pipelineKind: 'v1' | 'v2';
  /** Resolved input parameter values by input name. */
  readonly inputs: Readonly<Record<string, JsonValue>>;
  /**
   * Contents of the input artifacts by input name (the file the producer wrote, already extracted
   * from Argo's tar.gz). Optional: behaviours fall back to inputs when it is absent.
   */
  readonly inputArtifacts?: Readonly<Record<string, Uint8Array>>;
  readonly outputParameters: readonly OutputSpec[];
  readonly outputArtifacts: readonly OutputSpec[];
  /** Container image and command, when the spec has them (to make logs look real). */
  readonly image?: string;
  readonly command?: readonly string[];
  /** Deterministic seed for this task execution (run seed + task path + attempt). */
  readonly seed: number;
  readonly attempt: number;
  /** True when failure injection asks this task to fail. */
  readonly injectFailure: boolean;
  /** Optional run context; behaviours use it to name objects they write (see TaskResult.extraObjects). */
  readonly runId?: string;
  readonly podName?: string;
  readonly namespace?: string;
  /** RFC 3339 time the container starts; log timestamps count from it. */
  readonly startedAt?: string;
}

/** An object a component wrote somewhere other than its declared output artifacts (e.g. a CSV its metadata points to). */
export interface ExtraObject {
  readonly bucket: string;
  readonly key: string;
  readonly data: Uint8Array;
}

export interface TaskResult {
  readonly outcome: 'succeeded' | 'failed';
  /** Simulated run time of the container, in milliseconds. */
  readonly durationMs: number;
  /** Output parameter values by output name (native JSON values). */
  readonly outputs: Readonly<Record<string, JsonValue>>;
  /** Output artifact contents by output name (the file the component wrote). */
  readonly artifacts: Readonly<Record<string, Uint8Array>>;
  /** The pod's log, line by line; a failure ends with a Python traceback. */
  readonly log: readonly string[];
  /** Error message of a failed task. */
  readonly error?: string;
  /**
   * Objects to put into the ObjectStore as they are (no tar.gz), e.g. the CSV files that an
   * `mlpipeline-ui-metadata` output references as `minio://<bucket>/<key>`. The engine writes them
   * when the task finishes (whatever the outcome).
   */
  readonly extraObjects?: readonly ExtraObject[];
}

export type ComponentBehaviour = (task: TaskExecution) => TaskResult;

/** A volume of a simulated pod (what the pod spec declares). */
export interface PodVolume {
  readonly name: string;
  /** The PersistentVolumeClaim it mounts; absent for other volume kinds. */
  readonly claimName?: string;
  readonly kind: 'persistentVolumeClaim' | 'emptyDir';
}

export interface PodMount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly: boolean;
}

/** What the pod's spec says: its main container, resources and volumes. */
export interface PodSpecInfo {
  /** The Argo template the pod runs (`system-container-impl` for KFP v2 executors). */
  readonly templateName: string;
  /** The Argo node name (annotation `workflows.argoproj.io/node-name`). */
  readonly nodeName: string;
  readonly image: string;
  readonly command: readonly string[];
  readonly requests: Readonly<Record<string, string>>;
  readonly limits: Readonly<Record<string, string>>;
  readonly volumes: readonly PodVolume[];
  readonly mounts: readonly PodMount[];
  /** The scheduler cannot place the pod (e.g. a GPU no node has): it stays Pending with this reason. */
  readonly unschedulable?: string;
}

export interface PodSnapshot {
  readonly name: string;
  readonly uid: string;
  readonly namespace: string;
  readonly runId: string;
  readonly workflowName: string;
  readonly role: 'driver' | 'executor';
  /** The pod's phases so far, at wall-clock epoch milliseconds. */
  readonly history: readonly {
    readonly at: number;
    readonly phase: string;
    readonly message?: string;
  }[];
  readonly spec: PodSpecInfo;
}

/** Pods by name, as the Kubernetes API would answer for them; a vanished pod is removed. */
export interface PodStore {
  put(pod: PodSnapshot): void;
  get(podName: string): PodSnapshot | undefined;
  remove(podName: string): void;
}
