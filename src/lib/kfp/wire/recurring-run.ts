import { Reader, type Parser } from '../../parse/reader.ts';
import {
  parsePipelineVersionReference,
  parseRpcStatus,
  parseRuntimeConfig,
  type JsonObject,
  type PipelineVersionReference,
  type RpcStatus,
  type RuntimeConfig,
} from './common.ts';

/** Cron has 6 fields, seconds first: `0 30 14 * * ?`. */
export interface CronSchedule {
  readonly cron: string;
  readonly start_time: string | undefined;
  readonly end_time: string | undefined;
}

export interface PeriodicSchedule {
  /** int64 as a string. */
  readonly interval_second: string;
  readonly start_time: string | undefined;
  readonly end_time: string | undefined;
}

export interface Trigger {
  readonly cron_schedule: CronSchedule | undefined;
  readonly periodic_schedule: PeriodicSchedule | undefined;
}

const parseCron: Parser<CronSchedule> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    cron: r.string('cron'),
    start_time: r.timestamp('start_time'),
    end_time: r.timestamp('end_time'),
  };
};

const parsePeriodic: Parser<PeriodicSchedule> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    interval_second: r.int64('interval_second') ?? '0',
    start_time: r.timestamp('start_time'),
    end_time: r.timestamp('end_time'),
  };
};

const parseTrigger: Parser<Trigger> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    cron_schedule: r.object('cron_schedule', parseCron),
    periodic_schedule: r.object('periodic_schedule', parsePeriodic),
  };
};

/** `v2beta1RecurringRun`. `mode` is what was asked on create, `status` what it is now. */
export interface RecurringRun {
  readonly recurring_run_id: string;
  readonly display_name: string;
  readonly description: string;
  readonly pipeline_version_id: string | undefined;
  readonly pipeline_spec: JsonObject | undefined;
  readonly pipeline_version_reference: PipelineVersionReference | undefined;
  readonly runtime_config: RuntimeConfig | undefined;
  readonly service_account: string;
  /** int64 as a string. */
  readonly max_concurrency: string | undefined;
  readonly trigger: Trigger | undefined;
  readonly mode: 'MODE_UNSPECIFIED' | 'ENABLE' | 'DISABLE';
  readonly created_at: string | undefined;
  readonly updated_at: string | undefined;
  readonly status: 'STATUS_UNSPECIFIED' | 'ENABLED' | 'DISABLED';
  readonly error: RpcStatus | undefined;
  readonly no_catchup: boolean;
  readonly namespace: string;
  readonly experiment_id: string;
}

export const parseRecurringRun: Parser<RecurringRun> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    recurring_run_id: r.requiredString('recurring_run_id'),
    display_name: r.string('display_name'),
    description: r.string('description'),
    pipeline_version_id: r.optionalString('pipeline_version_id'),
    pipeline_spec: r.jsonObject('pipeline_spec'),
    pipeline_version_reference: r.object(
      'pipeline_version_reference',
      parsePipelineVersionReference,
    ),
    runtime_config: r.object('runtime_config', parseRuntimeConfig),
    service_account: r.string('service_account'),
    max_concurrency: r.int64('max_concurrency'),
    trigger: r.object('trigger', parseTrigger),
    mode: r.enumOf('mode', ['MODE_UNSPECIFIED', 'ENABLE', 'DISABLE']),
    created_at: r.timestamp('created_at'),
    updated_at: r.timestamp('updated_at'),
    status: r.enumOf('status', ['STATUS_UNSPECIFIED', 'ENABLED', 'DISABLED']),
    error: r.object('error', parseRpcStatus),
    no_catchup: r.boolean('no_catchup'),
    namespace: r.string('namespace'),
    experiment_id: r.string('experiment_id'),
  };
};
