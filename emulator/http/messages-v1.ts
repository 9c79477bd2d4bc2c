import type { FieldSchema, FieldType, MessageSchema } from '../lib/proto-json.ts';

/** Request message schemas of the v1beta1 API (backend/api/v1beta1/*.proto), for body parsing. */

const t = {
  string: { type: { kind: 'string' } },
  bool: { type: { kind: 'bool' } },
  int64: { type: { kind: 'int64' } },
  double: { type: { kind: 'double' } },
  timestamp: { type: { kind: 'timestamp' } },
  struct: { type: { kind: 'struct' } },
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

/** resource_reference.proto: the numbers the kfp 1.x SDK may send. */
export const resourceTypes = [
  'UNKNOWN_RESOURCE_TYPE',
  'EXPERIMENT',
  'JOB',
  'PIPELINE',
  'PIPELINE_VERSION',
  'NAMESPACE',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

const resourceKeyMessage: MessageSchema = {
  name: 'api.ResourceKey',
  fields: { type: { type: enumOf('api.ResourceType', resourceTypes) }, id: t.string },
};

export const resourceReferenceMessage: MessageSchema = {
  name: 'api.ResourceReference',
  fields: {
    key: message(() => resourceKeyMessage),
    name: t.string,
    relationship: {
      type: enumOf('api.Relationship', ['UNKNOWN_RELATIONSHIP', 'OWNER', 'CREATOR']),
    },
  },
};

const references = message(() => resourceReferenceMessage, { repeated: true });

const urlMessage: MessageSchema = { name: 'api.Url', fields: { pipeline_url: t.string } };

const parameterMessage: MessageSchema = {
  name: 'api.Parameter',
  fields: { name: t.string, value: t.string },
};
const parameters = message(() => parameterMessage, { repeated: true });

export const pipelineVersionMessageV1: MessageSchema = {
  name: 'api.PipelineVersion',
  fields: {
    id: t.string,
    name: t.string,
    created_at: t.timestamp,
    parameters,
    code_source_url: t.string,
    package_url: message(() => urlMessage),
    resource_references: references,
    description: t.string,
  },
};

export const pipelineMessageV1: MessageSchema = {
  name: 'api.Pipeline',
  fields: {
    id: t.string,
    created_at: t.timestamp,
    name: t.string,
    description: t.string,
    parameters,
    url: message(() => urlMessage),
    error: t.string,
    default_version: message(() => pipelineVersionMessageV1),
    resource_references: references,
  },
};

export const experimentMessageV1: MessageSchema = {
  name: 'api.Experiment',
  fields: {
    id: t.string,
    name: t.string,
    description: t.string,
    created_at: t.timestamp,
    resource_references: references,
    storage_state: {
      type: enumOf('api.Experiment.StorageState', [
        'STORAGESTATE_UNSPECIFIED',
        'STORAGESTATE_AVAILABLE',
        'STORAGESTATE_ARCHIVED',
      ]),
    },
  },
};

const runtimeConfigMessage: MessageSchema = {
  name: 'api.PipelineSpec.RuntimeConfig',
  fields: { parameters: t.struct, pipeline_root: t.string },
};

const pipelineSpecMessage: MessageSchema = {
  name: 'api.PipelineSpec',
  fields: {
    pipeline_id: t.string,
    pipeline_name: t.string,
    workflow_manifest: t.string,
    pipeline_manifest: t.string,
    parameters,
    runtime_config: message(() => runtimeConfigMessage),
  },
};

const runMetricMessage: MessageSchema = {
  name: 'api.RunMetric',
  fields: {
    name: t.string,
    node_id: t.string,
    number_value: t.double,
    format: { type: enumOf('api.RunMetric.Format', ['UNSPECIFIED', 'RAW', 'PERCENTAGE']) },
  },
};

export const runMessageV1: MessageSchema = {
  name: 'api.Run',
  fields: {
    id: t.string,
    name: t.string,
    storage_state: {
      type: enumOf('api.Run.StorageState', ['STORAGESTATE_AVAILABLE', 'STORAGESTATE_ARCHIVED']),
    },
    description: t.string,
    pipeline_spec: message(() => pipelineSpecMessage),
    resource_references: references,
    service_account: t.string,
    created_at: t.timestamp,
    scheduled_at: t.timestamp,
    finished_at: t.timestamp,
    status: t.string,
    error: t.string,
    metrics: message(() => runMetricMessage, { repeated: true }),
  },
};

const scheduleFields = { start_time: t.timestamp, end_time: t.timestamp };

const triggerMessage: MessageSchema = {
  name: 'api.Trigger',
  fields: {
    cron_schedule: message(
      () => ({ name: 'api.CronSchedule', fields: { ...scheduleFields, cron: t.string } }),
      { oneof: 'trigger' },
    ),
    periodic_schedule: message(
      () => ({
        name: 'api.PeriodicSchedule',
        fields: { ...scheduleFields, interval_second: t.int64 },
      }),
      { oneof: 'trigger' },
    ),
  },
};

export const jobMessageV1: MessageSchema = {
  name: 'api.Job',
  fields: {
    id: t.string,
    name: t.string,
    description: t.string,
    pipeline_spec: message(() => pipelineSpecMessage),
    resource_references: references,
    service_account: t.string,
    max_concurrency: t.int64,
    trigger: message(() => triggerMessage),
    mode: { type: enumOf('api.Job.Mode', ['UNKNOWN_MODE', 'ENABLED', 'DISABLED']) },
    created_at: t.timestamp,
    updated_at: t.timestamp,
    status: t.string,
    error: t.string,
    enabled: t.bool,
    no_catchup: t.bool,
  },
};
