import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import {
  createRecurringRun,
  deleteRecurringRun,
  getRecurringRun,
  setRecurringRunEnabled,
} from '@/lib/kfp/recurring-runs.ts';
import {
  replaceRecurringRun,
  type ReplaceOutcome,
  type ReplaceRequest,
} from '../model/replace-recurring-run.ts';
import { createRunKeys } from './create-run-keys.ts';

/** Saves an edited recurring run as a new one and retires the old one (see `replaceRecurringRun`). */
export function useReplaceRecurringRun() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReplaceRequest): Promise<ReplaceOutcome> =>
      replaceRecurringRun(
        {
          // Read fresh: the form may have been open a while.
          isEnabled: async (id) => (await getRecurringRun(client, id)).status === 'ENABLED',
          setEnabled: (id, enabled) => setRecurringRunEnabled(client, id, enabled),
          create: async (body) => (await createRecurringRun(client, body)).recurring_run_id,
          remove: (id) => deleteRecurringRun(client, id),
        },
        request,
      ),
    // The form shows the old one's state; a deleted one is not read again (it would answer 404).
    onSuccess: (outcome, request) =>
      outcome.ok && request.old === 'delete' && !('deleteError' in outcome)
        ? undefined
        : queryClient.invalidateQueries({ queryKey: createRunKeys.recurringRun(request.oldId) }),
  });
}
