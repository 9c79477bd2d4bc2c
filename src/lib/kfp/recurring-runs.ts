import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
import type { PipelineSource } from './runs.ts';
import { parseEmpty } from './wire/common.ts';
import { listQuery, pageParser, type ListRequest, type Page } from './wire/list.ts';
import { parseRecurringRun, type RecurringRun } from './wire/recurring-run.ts';

/** The list field is camelCase on the real server: `recurringRuns`. */
const parseRecurringRunPage = pageParser('recurringRuns', parseRecurringRun);

export interface ListRecurringRunsParams extends ListRequest {
  readonly namespace?: string;
  readonly experimentId?: string;
}

export function listRecurringRuns(
  client: KfpClient,
  params: ListRecurringRunsParams,
  signal?: AbortSignal,
): Promise<Page<RecurringRun>> {
  return client.get('/apis/v2beta1/recurringruns', parseRecurringRunPage, {
    query: {
      ...listQuery(params),
      namespace: params.namespace,
      experiment_id: params.experimentId,
    },
    signal,
  });
}

export function getRecurringRun(
  client: KfpClient,
  recurringRunId: string,
  signal?: AbortSignal,
): Promise<RecurringRun> {
  return client.get(kfpPath`/apis/v2beta1/recurringruns/${recurringRunId}`, parseRecurringRun, {
    signal,
  });
}

export type CreateRecurringRunBody = PipelineSource & {
  readonly display_name: string;
  readonly description?: string;
  readonly experiment_id?: string;
  readonly runtime_config?: {
    readonly parameters?: Readonly<Record<string, unknown>>;
    readonly pipeline_root?: string;
  };
  readonly service_account?: string;
  /** int64 as a string, > 0. */
  readonly max_concurrency: string;
  readonly mode: 'ENABLE' | 'DISABLE';
  readonly no_catchup?: boolean;
  /** Cron has 6 fields, seconds first (`0 30 14 * * ?`); periodic intervals are int64 strings. */
  readonly trigger:
    | {
        readonly cron_schedule: {
          readonly cron: string;
          readonly start_time?: string;
          readonly end_time?: string;
        };
      }
    | {
        readonly periodic_schedule: {
          readonly interval_second: string;
          readonly start_time?: string;
          readonly end_time?: string;
        };
      };
};

export function createRecurringRun(
  client: KfpClient,
  body: CreateRecurringRunBody,
): Promise<RecurringRun> {
  return client.post('/apis/v2beta1/recurringruns', parseRecurringRun, { body });
}

export function setRecurringRunEnabled(
  client: KfpClient,
  recurringRunId: string,
  enabled: boolean,
): Promise<undefined> {
  const action = enabled ? 'enable' : 'disable';
  return client.post(
    `${kfpPath`/apis/v2beta1/recurringruns/${recurringRunId}`}:${action}`,
    parseEmpty,
  );
}

export function deleteRecurringRun(client: KfpClient, recurringRunId: string): Promise<undefined> {
  return client.delete(kfpPath`/apis/v2beta1/recurringruns/${recurringRunId}`, parseEmpty);
}
