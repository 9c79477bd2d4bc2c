import { Reader, parseInt64, type Parser } from '../../parse/reader.ts';
import {
  RUNTIME_STATES,
  parseRpcStatus,
  parseRuntimeStatus,
  type JsonObject,
  type RpcStatus,
  type RuntimeState,
  type RuntimeStatus,
} from './common.ts';

/** `v2beta1PipelineTaskDetail`: run-time tasks of KFP 2.0–2.15 (`run_details.task_details[]`). */
export interface PipelineTaskDetail {
  readonly run_id: string;
  readonly task_id: string;
  readonly display_name: string;
  readonly create_time: string | undefined;
  readonly start_time: string | undefined;
  readonly end_time: string | undefined;
  readonly state: RuntimeState;
  readonly execution_id: string | undefined;
  readonly error: RpcStatus | undefined;
  /** Artifact ids by input / output name. */
  readonly inputs: Readonly<Record<string, readonly string[]>>;
  readonly outputs: Readonly<Record<string, readonly string[]>>;
  readonly parent_task_id: string;
  readonly state_history: readonly RuntimeStatus[];
  readonly pod_name: string;
  readonly child_tasks: readonly { readonly task_id: string; readonly pod_name: string }[];
}

const parseArtifactIds: Parser<readonly string[]> = (value, path) =>
  Reader.of(value, path).array('artifact_ids', parseInt64);

export const parsePipelineTaskDetail: Parser<PipelineTaskDetail> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    run_id: r.string('run_id'),
    task_id: r.string('task_id'),
    display_name: r.string('display_name'),
    create_time: r.timestamp('create_time'),
    start_time: r.timestamp('start_time'),
    end_time: r.timestamp('end_time'),
    state: r.enumOf('state', RUNTIME_STATES),
    execution_id: r.int64('execution_id'),
    error: r.object('error', parseRpcStatus),
    inputs: r.record('inputs', parseArtifactIds),
    outputs: r.record('outputs', parseArtifactIds),
    parent_task_id: r.string('parent_task_id'),
    state_history: r.array('state_history', parseRuntimeStatus),
    pod_name: r.string('pod_name'),
    child_tasks: r.array('child_tasks', (v, p) => {
      const c = Reader.of(v, p);
      return { task_id: c.string('task_id'), pod_name: c.string('pod_name') };
    }),
  };
};

export const TASK_STATES = [
  'RUNTIME_STATE_UNSPECIFIED',
  'RUNNING',
  'SUCCEEDED',
  'SKIPPED',
  'FAILED',
  'CACHED',
] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_TYPES = [
  'TASK_TYPE_UNSPECIFIED',
  'ROOT',
  'RUNTIME',
  'CONDITION_BRANCH',
  'CONDITION',
  'LOOP',
  'EXIT_HANDLER',
  'IMPORTER',
  'DAG',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/**
 * `v2beta1PipelineTask` of newer servers (`GET runs/{id}?view=FULL` → `tasks[]`, spec in kfp-api/v2beta1-tasks).
 * `inputs` / `outputs` stay raw JSON here; the run-details feature reads the parameters and artifacts it shows.
 */
export interface PipelineTask {
  readonly task_id: string;
  readonly run_id: string;
  readonly name: string;
  readonly display_name: string;
  readonly type: TaskType;
  readonly type_attributes: {
    readonly iteration_index: string | undefined;
    readonly iteration_count: string | undefined;
  };
  readonly state: TaskState;
  readonly state_history: readonly {
    readonly update_time: string | undefined;
    readonly state: TaskState;
    readonly error: RpcStatus | undefined;
  }[];
  readonly status_message: string;
  readonly pods: readonly {
    readonly name: string;
    readonly uid: string;
    readonly type: 'UNSPECIFIED' | 'DRIVER' | 'EXECUTOR';
  }[];
  readonly parent_task_id: string;
  readonly child_tasks: readonly { readonly task_id: string; readonly name: string }[];
  /** Dotted: `root.primary-pipeline.train`. */
  readonly scope_path: string;
  readonly create_time: string | undefined;
  readonly end_time: string | undefined;
  readonly cache_fingerprint: string;
  readonly inputs: JsonObject | undefined;
  readonly outputs: JsonObject | undefined;
}

export const parsePipelineTask: Parser<PipelineTask> = (value, path) => {
  const r = Reader.of(value, path);
  const attributes = r.object('type_attributes', (v, p) => {
    const a = Reader.of(v, p);
    return {
      iteration_index: a.int64('iteration_index'),
      iteration_count: a.int64('iteration_count'),
    };
  });
  return {
    task_id: r.string('task_id'),
    run_id: r.string('run_id'),
    name: r.string('name'),
    display_name: r.string('display_name'),
    type: r.enumOf('type', TASK_TYPES),
    type_attributes: attributes ?? { iteration_index: undefined, iteration_count: undefined },
    state: r.enumOf('state', TASK_STATES),
    state_history: r.array('state_history', (v, p) => {
      const s = Reader.of(v, p);
      return {
        update_time: s.timestamp('update_time'),
        state: s.enumOf('state', TASK_STATES),
        error: s.object('error', parseRpcStatus),
      };
    }),
    status_message: r.object('status_metadata', (v, p) => Reader.of(v, p).string('message')) ?? '',
    pods: r.array('pods', (v, p) => {
      const pod = Reader.of(v, p);
      return {
        name: pod.string('name'),
        uid: pod.string('uid'),
        type: pod.enumOf('type', ['UNSPECIFIED', 'DRIVER', 'EXECUTOR']),
      };
    }),
    parent_task_id: r.string('parent_task_id'),
    child_tasks: r.array('child_tasks', (v, p) => {
      const c = Reader.of(v, p);
      return { task_id: c.string('task_id'), name: c.string('name') };
    }),
    scope_path: r.string('scope_path'),
    create_time: r.timestamp('create_time'),
    end_time: r.timestamp('end_time'),
    cache_fingerprint: r.string('cache_fingerprint'),
    inputs: r.jsonObject('inputs'),
    outputs: r.jsonObject('outputs'),
  };
};
