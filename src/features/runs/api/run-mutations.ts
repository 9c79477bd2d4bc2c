import { useMutation, useQueryClient } from '@tanstack/react-query';
import { runEach, type ItemReporter } from '@/components/confirm-dialog';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { deleteRun, runAction } from '@/lib/kfp/runs.ts';
import { runKeys } from './run-keys.ts';

export type RunBulkAction = 'archive' | 'unarchive' | 'terminate' | 'delete';

export interface RunBulkVariables {
  readonly action: RunBulkAction;
  readonly runIds: readonly string[];
  readonly report: ItemReporter;
}

/**
 * Archive / restore / terminate / delete several runs, one call each (KFP has no batch call),
 * reporting every outcome; the runs lists and details refresh once when all have settled.
 */
export function useRunBulkAction() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, runIds, report }: RunBulkVariables) =>
      runEach(
        runIds,
        (runId) =>
          action === 'delete' ? deleteRun(client, runId) : runAction(client, runId, action),
        report,
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: runKeys.anyList() }),
        queryClient.invalidateQueries({ queryKey: runKeys.details() }),
      ]),
  });
}
