import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { createRecurringRun } from '@/lib/kfp/recurring-runs.ts';
import { createRun } from '@/lib/kfp/runs.ts';
import type { BuiltRequest } from '../model/run-form.ts';
import { createRunKeys } from './create-run-keys.ts';
import { runKeys } from './run-keys.ts';

export type CreatedRun =
  | { readonly kind: 'run'; readonly id: string }
  | { readonly kind: 'recurring'; readonly id: string };

/** Starts a run or creates a recurring run from a validated form; run lists refresh. */
export function useCreateRun() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: Extract<BuiltRequest, { ok: true }>): Promise<CreatedRun> => {
      if (request.kind === 'run')
        return { kind: 'run', id: (await createRun(client, request.body)).run_id };
      return {
        kind: 'recurring',
        id: (await createRecurringRun(client, request.body)).recurring_run_id,
      };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runKeys.anyList() }),
  });
}

/** "Create experiment" inside the form. */
export function useCreateExperiment(namespace: string | undefined) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { readonly name: string; readonly description: string }) =>
      createExperiment(client, {
        display_name: input.name,
        ...(input.description ? { description: input.description } : {}),
        ...(namespace ? { namespace } : {}),
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: createRunKeys.experimentLists(namespace) }),
  });
}
