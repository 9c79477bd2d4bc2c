import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { listRuns } from '@/lib/kfp/runs.ts';
import { hasActiveRun } from '../model/run-row.ts';
import { runKeys, type RunListRequest } from './run-keys.ts';

/** While a run on the page is active the list refreshes this often (status changes show within 3 s). */
export const ACTIVE_REFRESH_MS = 2500;

/** Query options of the runs feature, bound to the app's one client (which is not part of any key). */
export function runQueries(client: KfpClient) {
  return {
    list: (request: RunListRequest) =>
      queryOptions({
        queryKey: runKeys.list(request),
        queryFn: ({ signal }) => listRuns(client, request, signal),
        // Poll only while something on this page can still change; stop as soon as nothing can.
        refetchInterval: (query) =>
          query.state.data !== undefined && hasActiveRun(query.state.data.items)
            ? ACTIVE_REFRESH_MS
            : false,
      }),
  };
}
