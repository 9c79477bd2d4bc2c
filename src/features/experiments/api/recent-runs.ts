import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import type { RuntimeState } from '@/lib/kfp/wire/common.ts';
import type { Run } from '@/lib/kfp/wire/run.ts';
import { experimentKeys } from './experiment-keys.ts';

/** How many of an experiment's newest runs the list shows (as KFP's own experiment list does). */
export const RECENT_RUNS = 5;

/** While one of the shown runs is active the strip refreshes this often (as the runs list does). */
export const RECENT_RUNS_REFRESH_MS = 2500;

const ACTIVE: ReadonlySet<RuntimeState> = new Set(['PENDING', 'RUNNING', 'CANCELING']);

/** Poll only while a shown run can still change state; stop as soon as none can. */
export function recentRunsRefresh(runs: readonly Pick<Run, 'state'>[] | undefined): number | false {
  return runs?.some((run) => ACTIVE.has(run.state)) === true ? RECENT_RUNS_REFRESH_MS : false;
}

/**
 * The newest not-archived runs of one experiment: one bounded call (`page_size` 5, `created_at desc`)
 * per experiment of the visible page, all in parallel; the strip and the expanded row share it.
 */
export function recentRunsQuery(client: KfpClient, experimentId: string) {
  return queryOptions({
    queryKey: experimentKeys.recentRuns(experimentId),
    queryFn: ({ signal }) =>
      listRuns(
        client,
        {
          experimentId,
          pageSize: RECENT_RUNS,
          sortBy: 'created_at desc',
          filter: {
            predicates: [
              { key: 'storage_state', operation: 'NOT_EQUALS', string_value: 'ARCHIVED' },
            ],
          },
        },
        signal,
      ),
    refetchInterval: (query) => recentRunsRefresh(query.state.data?.items),
  });
}
