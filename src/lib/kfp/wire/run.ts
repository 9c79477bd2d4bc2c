import { Reader, type Parser } from '../../parse/reader.ts';
import {
  RUNTIME_STATES,
  STORAGE_STATES,
  parsePipelineVersionReference,
  parseRpcStatus,
  parseRuntimeConfig,
  parseRuntimeStatus,
  type JsonObject,
  type PipelineVersionReference,
  type RpcStatus,
  type RuntimeConfig,
  type RuntimeState,
  type RuntimeStatus,
  type StorageState,
} from './common.ts';
import {
  parsePipelineTask,
  parsePipelineTaskDetail,
  type PipelineTask,
  type PipelineTaskDetail,
} from './task.ts';

export interface RunDetails {
  readonly pipeline_context_id: string | undefined;
  readonly pipeline_run_context_id: string | undefined;
  /** Filled by KFP 2.0–2.15; newer servers answer `tasks` on the run instead. */
  readonly task_details: readonly PipelineTaskDetail[];
}

const parseRunDetails: Parser<RunDetails> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    pipeline_context_id: r.int64('pipeline_context_id'),
    pipeline_run_context_id: r.int64('pipeline_run_context_id'),
    task_details: r.array('task_details', parsePipelineTaskDetail),
  };
};

/** `v2beta1Run` (both the classic spec and the newer one with `tasks`). */
export interface Run {
  readonly run_id: string;
  readonly experiment_id: string;
  readonly display_name: string;
  readonly description: string;
  readonly storage_state: StorageState;
  /** Deprecated by KFP in favour of pipeline_version_reference, still answered by some servers. */
  readonly pipeline_version_id: string | undefined;
  /** Set when the run was created from an inline spec instead of a pipeline version. */
  readonly pipeline_spec: JsonObject | undefined;
  readonly pipeline_version_reference: PipelineVersionReference | undefined;
  readonly runtime_config: RuntimeConfig | undefined;
  readonly service_account: string;
  readonly created_at: string | undefined;
  readonly scheduled_at: string | undefined;
  readonly finished_at: string | undefined;
  readonly state: RuntimeState;
  readonly error: RpcStatus | undefined;
  readonly run_details: RunDetails | undefined;
  readonly recurring_run_id: string;
  readonly state_history: readonly RuntimeStatus[];
  /** Only with `?view=FULL` on servers that have the tasks API. */
  readonly tasks: readonly PipelineTask[] | undefined;
}

export const parseRun: Parser<Run> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    run_id: r.requiredString('run_id'),
    experiment_id: r.string('experiment_id'),
    display_name: r.string('display_name'),
    description: r.string('description'),
    storage_state: r.enumOf('storage_state', STORAGE_STATES),
    pipeline_version_id: r.optionalString('pipeline_version_id'),
    pipeline_spec: r.jsonObject('pipeline_spec'),
    pipeline_version_reference:
      r.object('pipeline_version_reference', parsePipelineVersionReference) ??
      r.object('pipeline_reference', parsePipelineVersionReference),
    runtime_config: r.object('runtime_config', parseRuntimeConfig),
    service_account: r.string('service_account'),
    created_at: r.timestamp('created_at'),
    scheduled_at: r.timestamp('scheduled_at'),
    finished_at: r.timestamp('finished_at'),
    state: r.enumOf('state', RUNTIME_STATES),
    error: r.object('error', parseRpcStatus),
    run_details: r.object('run_details', parseRunDetails),
    recurring_run_id: r.string('recurring_run_id'),
    state_history: r.array('state_history', parseRuntimeStatus),
    tasks: r.has('tasks') ? r.array('tasks', parsePipelineTask) : undefined,
  };
};
