import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { runEach, type ItemReporter } from '@/components/confirm-dialog';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { listExperiments } from '@/lib/kfp/experiments.ts';
import { oneOf } from '@/lib/kfp/filter.ts';
import { listRecurringRuns, setRecurringRunEnabled } from '@/lib/kfp/recurring-runs.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { scanByStatus, STATUS_SCAN_PAGE_SIZE } from '../model/status-filter.ts';
import { recurringRunKeys, type RecurringRunListRequest } from './recurring-run-keys.ts';

/** Query options of the recurring-runs feature, bound to the app's one client (which is not part of any key). */
export function recurringRunQueries(client: KfpClient) {
  return {
    list: (request: RecurringRunListRequest) =>
      queryOptions({
        queryKey: recurringRunKeys.list(request),
        queryFn: ({ signal }) => listRecurringRuns(client, request, signal),
      }),
    /** The recurring runs with one status: every page, filtered here (KFP cannot filter by status). */
    byStatus: (
      request: Omit<RecurringRunListRequest, 'pageSize' | 'pageToken'>,
      status: RecurringRun['status'],
    ) =>
      queryOptions({
        queryKey: recurringRunKeys.byStatus(request, status),
        queryFn: ({ signal }) =>
          scanByStatus(
            (pageToken) =>
              listRecurringRuns(
                client,
                { ...request, pageSize: STATUS_SCAN_PAGE_SIZE, pageToken },
                signal,
              ),
            status,
          ),
      }),
    /** Experiment names of a page: one `experiment_id IN [...]` request, cached for minutes. */
    experimentNames: (namespace: string | undefined, ids: readonly string[]) =>
      queryOptions({
        queryKey: recurringRunKeys.experimentNames(namespace, ids),
        queryFn: async ({ signal }): Promise<ReadonlyMap<string, string>> => {
          const page = await listExperiments(
            client,
            {
              namespace,
              pageSize: ids.length,
              filter: { predicates: [oneOf('experiment_id', ids)] },
            },
            signal,
          );
          return new Map(
            page.items.map((experiment) => [experiment.experiment_id, experiment.display_name]),
          );
        },
        enabled: ids.length > 0,
        staleTime: 5 * 60_000,
      }),
  };
}

/** Enable or disable recurring runs (one or several); lists and details refresh once all have settled. */
export function useSetRecurringRunsEnabled() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      enabled,
      ids,
      report,
    }: {
      enabled: boolean;
      ids: readonly string[];
      report?: ItemReporter;
    }) => runEach(ids, (id) => setRecurringRunEnabled(client, id, enabled), report),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recurringRunKeys.anyList() }),
        queryClient.invalidateQueries({ queryKey: recurringRunKeys.details() }),
      ]),
  });
}
