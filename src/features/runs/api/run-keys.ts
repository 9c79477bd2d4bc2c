import type { Filter } from '@/lib/kfp/filter.ts';
import type { Lookup } from '../model/lookup-plan.ts';

/** Everything a runs list request depends on; it is the query key, so it must be plain data. */
export interface RunListRequest {
  readonly namespace: string | undefined;
  readonly experimentId: string | undefined;
  readonly pageSize: number;
  readonly pageToken: string | undefined;
  readonly sortBy: string;
  readonly filter: Filter;
}

/** Query keys of the runs feature. Mutations invalidate through these, never through literals. */
export const runKeys = {
  all: ['runs'] as const,
  /** Every runs list of every namespace. */
  anyList: () => [...runKeys.all, 'list'] as const,
  lists: (namespace: string | undefined) => [...runKeys.anyList(), namespace ?? ''] as const,
  list: (request: RunListRequest) => [...runKeys.lists(request.namespace), request] as const,
  details: () => [...runKeys.all, 'detail'] as const,
  detail: (runId: string) => [...runKeys.details(), runId] as const,
  /** Names of the experiments, pipeline versions and recurring runs pages of runs refer to. */
  lookups: (namespace: string | undefined) => [...runKeys.all, 'lookup', namespace ?? ''] as const,
  lookup: (namespace: string | undefined, lookup: Lookup) =>
    [...runKeys.lookups(namespace), lookup] as const,
  /** Metric values of a page of runs (`id:state` each: a run that ends reports its metrics). */
  metrics: (namespace: string | undefined, kind: 'v1' | 'v2', runs: readonly string[]) =>
    [...runKeys.all, 'metrics', namespace ?? '', kind, runs] as const,
};
