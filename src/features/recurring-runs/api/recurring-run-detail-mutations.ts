import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { deleteRecurringRun, setRecurringRunEnabled } from '@/lib/kfp/recurring-runs.ts';
import { createRun } from '@/lib/kfp/runs.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';
import { runNowBody } from '../model/trigger-run-now.ts';
import { recurringRunDetailKeys } from './recurring-run-detail-queries.ts';
import { recurringRunKeys } from './recurring-run-keys.ts';

/** Enable or disable one recurring run; its page and the lists refresh. */
export function useSetRecurringRunEnabled(recurringRunId: string) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => setRecurringRunEnabled(client, recurringRunId, enabled),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recurringRunKeys.all }),
  });
}

export function useDeleteRecurringRun(recurringRunId: string) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteRecurringRun(client, recurringRunId),
    // The page leaves (the caller navigates); its detail query is not refetched, which would answer 404.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recurringRunKeys.anyList() }),
  });
}

/** "Run now": a one-off run with the recurring run's settings; its runs table refreshes. */
export function useRunNow(recurringRun: RecurringRun) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createRun(client, runNowBody(recurringRun, new Date())),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: recurringRunDetailKeys.anyRuns(recurringRun.recurring_run_id),
      }),
  });
}
