import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
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
    query: { ...listQuery(params), namespace: params.namespace, experiment_id: params.experimentId },
    signal,
  });
}

export function getRecurringRun(client: KfpClient, recurringRunId: string, signal?: AbortSignal): Promise<RecurringRun> {
  return client.get(kfpPath`/apis/v2beta1/recurringruns/${recurringRunId}`, parseRecurringRun, { signal });
}

export function setRecurringRunEnabled(client: KfpClient, recurringRunId: string, enabled: boolean): Promise<undefined> {
  const action = enabled ? 'enable' : 'disable';
  return client.post(`${kfpPath`/apis/v2beta1/recurringruns/${recurringRunId}`}:${action}`, parseEmpty);
}

export function deleteRecurringRun(client: KfpClient, recurringRunId: string): Promise<undefined> {
  return client.delete(kfpPath`/apis/v2beta1/recurringruns/${recurringRunId}`, parseEmpty);
}
