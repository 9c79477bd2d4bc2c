import type { Filter } from '@/lib/kfp/filter.ts';

export interface RecurringRunListRequest {
  readonly namespace: string | undefined;
  readonly experimentId: string | undefined;
  readonly pageSize: number;
  readonly pageToken: string | undefined;
  readonly sortBy: string;
  readonly filter: Filter;
}

/** Query keys of the recurring-runs feature. */
export const recurringRunKeys = {
  all: ['recurring-runs'] as const,
  anyList: () => [...recurringRunKeys.all, 'list'] as const,
  lists: (namespace: string | undefined) =>
    [...recurringRunKeys.anyList(), namespace ?? ''] as const,
  list: (request: RecurringRunListRequest) =>
    [...recurringRunKeys.lists(request.namespace), request] as const,
  /** Every page read and filtered by status (no page token: the key is the same for every page). */
  byStatus: (request: Omit<RecurringRunListRequest, 'pageSize' | 'pageToken'>, status: string) =>
    [...recurringRunKeys.lists(request.namespace), 'status', status, request] as const,
  details: () => [...recurringRunKeys.all, 'detail'] as const,
  detail: (recurringRunId: string) => [...recurringRunKeys.details(), recurringRunId] as const,
  experimentNames: (namespace: string | undefined, ids: readonly string[]) =>
    [...recurringRunKeys.all, 'lookup', namespace ?? '', 'experiments', ids] as const,
};
