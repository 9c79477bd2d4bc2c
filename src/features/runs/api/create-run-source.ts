import { useQuery } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import {
  cloneOfRecurringRun,
  cloneOfRun,
  editOfRecurringRun,
  freshStart,
  type RunFormStart,
  type StartParams,
} from '../model/run-form-clone.ts';
import { createRunQueries } from './create-run-queries.ts';

export interface RunFormSourceParams extends StartParams {
  /** A run to clone. */
  readonly cloneFrom?: string | undefined;
  /** A recurring run to clone. */
  readonly cloneRecurring?: string | undefined;
  /** A recurring run to edit (saved as a new one that replaces it). */
  readonly editRecurring?: string | undefined;
}

export type RunFormSource =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly status: 'ready'; readonly start: RunFormStart };

/** What the form starts with: the URL's pipeline/version/experiment, or the run or recurring run it clones. */
export function useRunFormSource(params: RunFormSourceParams): RunFormSource {
  const queries = createRunQueries(useKfpClient());
  const run = useQuery(queries.run(params.cloneFrom ?? ''));
  const recurringId = params.cloneFrom ? '' : (params.editRecurring ?? params.cloneRecurring ?? '');
  const recurringRun = useQuery(queries.recurringRun(recurringId));
  if (params.cloneFrom) {
    if (run.isPending) return { status: 'pending' };
    if (run.isError) return { status: 'error', error: run.error, retry: () => void run.refetch() };
    return { status: 'ready', start: cloneOfRun(run.data) };
  }
  if (recurringId) {
    if (recurringRun.isPending) return { status: 'pending' };
    if (recurringRun.isError)
      return {
        status: 'error',
        error: recurringRun.error,
        retry: () => void recurringRun.refetch(),
      };
    return {
      status: 'ready',
      start: params.editRecurring
        ? editOfRecurringRun(recurringRun.data)
        : cloneOfRecurringRun(recurringRun.data),
    };
  }
  return { status: 'ready', start: freshStart(params) };
}
