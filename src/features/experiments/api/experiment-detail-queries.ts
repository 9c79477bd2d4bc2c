import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { archiveExperiment, getExperiment, unarchiveExperiment } from '@/lib/kfp/experiments.ts';
import { experimentKeys } from './experiment-keys.ts';

/** Query options of the experiment page, bound to the app's one client. */
export function experimentDetailQueries(client: KfpClient) {
  return {
    experiment: (experimentId: string) =>
      queryOptions({
        queryKey: experimentKeys.detail(experimentId),
        queryFn: ({ signal }) => getExperiment(client, experimentId, signal),
      }),
  };
}

export type ExperimentStorageAction = 'archive' | 'unarchive';

/**
 * Archives or restores one experiment. The server also archives its runs and disables its recurring
 * runs, which other features list: `onChanged` lets the route refresh those.
 */
export function useExperimentStorage(experimentId: string, onChanged?: () => Promise<unknown>) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ExperimentStorageAction) =>
      action === 'archive'
        ? archiveExperiment(client, experimentId)
        : unarchiveExperiment(client, experimentId),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: experimentKeys.detail(experimentId) }),
        queryClient.invalidateQueries({ queryKey: experimentKeys.anyList() }),
        onChanged?.(),
      ]),
  });
}
