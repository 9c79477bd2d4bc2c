import type { Filter } from '@/lib/kfp/filter.ts';

export interface ExperimentListRequest {
  readonly namespace: string | undefined;
  readonly pageSize: number;
  readonly pageToken: string | undefined;
  readonly sortBy: string;
  readonly filter: Filter;
}

/** Query keys of the experiments feature. */
export const experimentKeys = {
  all: ['experiments'] as const,
  anyList: () => [...experimentKeys.all, 'list'] as const,
  lists: (namespace: string | undefined) => [...experimentKeys.anyList(), namespace ?? ''] as const,
  list: (request: ExperimentListRequest) =>
    [...experimentKeys.lists(request.namespace), request] as const,
  details: () => [...experimentKeys.all, 'detail'] as const,
  detail: (experimentId: string) => [...experimentKeys.details(), experimentId] as const,
  /** The newest runs of an experiment, for the list's strip and expanded rows. */
  recentRuns: (experimentId: string) =>
    [...experimentKeys.all, 'recent-runs', experimentId] as const,
};
