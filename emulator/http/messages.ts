import type { FieldSchema, FieldType, MessageSchema } from '../lib/proto-json.ts';

/** Request message schemas of the v2beta1 API (backend/api/v2beta1/*.proto), for body parsing. */

const t = {
  string: { type: { kind: 'string' } },
  bool: { type: { kind: 'bool' } },
  int32: { type: { kind: 'int32' } },
  int64: { type: { kind: 'int64' } },
  timestamp: { type: { kind: 'timestamp' } },
  struct: { type: { kind: 'struct' } },
  value: { type: { kind: 'value' } },
  values: { type: { kind: 'value' }, repeated: true },
  stringMap: { type: { kind: 'map', value: { kind: 'string' } } },
} as const satisfies Record<string, FieldSchema>;

const message = (schema: () => MessageSchema, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  type: { kind: 'message', message: schema },
  ...extra,
});

const enumOf = (name: string, names: readonly string[]): FieldType => ({
  kind: 'enum',
  name,
  values: Object.fromEntries(names.map((n, i) => [n, i])),
});

const storageState = enumOf('v2beta1.StorageState', [
  'STORAGE_STATE_UNSPECIFIED',
  'AVAILABLE',
  'ARCHIVED',
]);
const runtimeState = enumOf('v2beta1.RuntimeState', [
  'RUNTIME_STATE_UNSPECIFIED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'SKIPPED',
  'FAILED',
  'CANCELING',
  'CANCELED',
  'PAUSED',
]);

export const statusMessage: MessageSchema = {
  name: 'google.rpc.Status',
  fields: {
    code: t.int32,
    message: t.string,
    details: { type: { kind: 'struct' }, repeated: true },
  },
};

const urlMessage: MessageSchema = { name: 'v2beta1.Url', fields: { pipeline_url: t.string } };

export const pipelineMessage: MessageSchema = {
  name: 'v2beta1.Pipeline',
  fields: {
    pipeline_id: t.string,
    display_name: t.string,
    name: t.string,
    description: t.string,
    created_at: t.timestamp,
    namespace: t.string,
    error: message(() => statusMessage),
    tags: t.stringMap,
  },
};

export const pipelineVersionMessage: MessageSchema = {
  name: 'v2beta1.PipelineVersion',
  fields: {
    pipeline_id: t.string,
    pipeline_version_id: t.string,
    display_name: t.string,
    name: t.string,
    description: t.string,
    created_at: t.timestamp,
    package_url: message(() => urlMessage),
    code_source_url: t.string,
    pipeline_spec: t.struct,
    error: message(() => statusMessage),
    tags: t.stringMap,
  },
};

export const createPipelineAndVersionMessage: MessageSchema = {
  name: 'v2beta1.CreatePipelineAndVersionRequest',
  fields: {
    pipeline: message(() => pipelineMessage),
    pipeline_version: message(() => pipelineVersionMessage),
  },
};

export const experimentMessage: MessageSchema = {
  name: 'v2beta1.Experiment',
  fields: {
    experiment_id: t.string,
    display_name: t.string,
    description: t.string,
    created_at: t.timestamp,
    namespace: t.string,
    storage_state: { type: storageState },
    last_run_created_at: t.timestamp,
  },
};

const versionReferenceMessage: MessageSchema = {
  name: 'v2beta1.PipelineVersionReference',
  fields: { pipeline_id: t.string, pipeline_version_id: t.string },
};

const runtimeConfigMessage: MessageSchema = {
  name: 'v2beta1.RuntimeConfig',
  fields: { parameters: t.struct, pipeline_root: t.string },
};

/** The pipeline source oneof shared by Run and RecurringRun. */
const pipelineSource = {
  pipeline_version_id: { ...t.string, oneof: 'pipeline_source' },
  pipeline_spec: { ...t.struct, oneof: 'pipeline_source' },
  pipeline_version_reference: message(() => versionReferenceMessage, { oneof: 'pipeline_source' }),
} as const;

export const runMessage: MessageSchema = {
  name: 'v2beta1.Run',
  fields: {
    experiment_id: t.string,
    run_id: t.string,
    display_name: t.string,
    storage_state: { type: storageState },
    description: t.string,
    ...pipelineSource,
    runtime_config: message(() => runtimeConfigMessage),
    service_account: t.string,
    created_at: t.timestamp,
    scheduled_at: t.timestamp,
    finished_at: t.timestamp,
    state: { type: runtimeState },
    error: message(() => statusMessage),
    run_details: t.value,
    recurring_run_id: t.string,
    state_history: t.values,
    plugins_input: t.struct,
    plugins_output: t.struct,
    pipeline_reference: message(() => versionReferenceMessage),
    task_count: t.int32,
    tasks: t.values,
  },
};

const cronScheduleMessage: MessageSchema = {
  name: 'v2beta1.CronSchedule',
  fields: { start_time: t.timestamp, end_time: t.timestamp, cron: t.string },
};

const periodicScheduleMessage: MessageSchema = {
  name: 'v2beta1.PeriodicSchedule',
  fields: { start_time: t.timestamp, end_time: t.timestamp, interval_second: t.int64 },
};

const triggerMessage: MessageSchema = {
  name: 'v2beta1.Trigger',
  fields: {
    cron_schedule: message(() => cronScheduleMessage, { oneof: 'trigger' }),
    periodic_schedule: message(() => periodicScheduleMessage, { oneof: 'trigger' }),
  },
};

export const recurringRunMessage: MessageSchema = {
  name: 'v2beta1.RecurringRun',
  fields: {
    recurring_run_id: t.string,
    display_name: t.string,
    description: t.string,
    ...pipelineSource,
    runtime_config: message(() => runtimeConfigMessage),
    service_account: t.string,
    max_concurrency: t.int64,
    trigger: message(() => triggerMessage),
    mode: { type: enumOf('v2beta1.RecurringRun.Mode', ['MODE_UNSPECIFIED', 'ENABLE', 'DISABLE']) },
    created_at: t.timestamp,
    updated_at: t.timestamp,
    status: {
      type: enumOf('v2beta1.RecurringRun.Status', ['STATUS_UNSPECIFIED', 'ENABLED', 'DISABLED']),
    },
    error: message(() => statusMessage),
    no_catchup: t.bool,
    namespace: t.string,
    experiment_id: t.string,
    plugins_input: t.struct,
  },
};

/** Bodies of action calls (`:archive`, `:terminate`, …): the request message has only path fields. */
export const emptyMessage = (name: string, pathFields: readonly string[]): MessageSchema => ({
  name,
  fields: Object.fromEntries(pathFields.map((f) => [f, t.string])),
});
