import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { deleteRun, runAction, type RunAction } from '@/lib/kfp/runs.ts';
import { runKeys } from './run-keys.ts';

export type RunDetailAction = RunAction | 'delete';

/** One action on one run; the run's page and every runs list refresh afterwards. */
export function useRunDetailAction(runId: string) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: RunDetailAction) =>
      action === 'delete' ? deleteRun(client, runId) : runAction(client, runId, action),
    onSuccess: (_data, action) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: runKeys.anyList() }),
        action === 'delete'
          ? Promise.resolve(queryClient.removeQueries({ queryKey: runKeys.detail(runId) }))
          : queryClient.invalidateQueries({ queryKey: runKeys.detail(runId) }),
      ]),
  });
}
