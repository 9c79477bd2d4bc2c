import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { runEach, type ItemReporter } from '@/components/confirm-dialog';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { archiveExperiment, listExperiments, unarchiveExperiment } from '@/lib/kfp/experiments.ts';
import { experimentKeys, type ExperimentListRequest } from './experiment-keys.ts';

/** Query options of the experiments feature, bound to the app's one client (which is not part of any key). */
export function experimentQueries(client: KfpClient) {
  return {
    list: (request: ExperimentListRequest) =>
      queryOptions({
        queryKey: experimentKeys.list(request),
        queryFn: ({ signal }) => listExperiments(client, request, signal),
      }),
  };
}

export type ExperimentBulkAction = 'archive' | 'unarchive';

/**
 * Archive or restore several experiments (archiving also archives their runs and disables their
 * recurring runs on the server); lists and details refresh once when all have settled.
 */
export function useExperimentBulkAction() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      action,
      ids,
      report,
    }: {
      action: ExperimentBulkAction;
      ids: readonly string[];
      report: ItemReporter;
    }) =>
      runEach(
        ids,
        (id) =>
          action === 'archive' ? archiveExperiment(client, id) : unarchiveExperiment(client, id),
        report,
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: experimentKeys.anyList() }),
        queryClient.invalidateQueries({ queryKey: experimentKeys.details() }),
      ]),
  });
}
