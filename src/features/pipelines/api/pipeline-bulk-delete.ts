import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { runEach, type ItemReporter } from '@/components/confirm-dialog';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { deletePipeline } from '@/lib/kfp/pipelines.ts';
import type { VersionCount } from '../model/pipeline-delete.ts';
import { pipelineKeys } from './pipeline-keys.ts';
import { pipelineQueries } from './pipeline-queries.ts';

/**
 * How many versions each pipeline has: one list call of one version each, all in parallel, asked
 * fresh when the delete dialog opens (the answer decides whether `cascade` is needed).
 */
export function useVersionCounts(
  pipelineIds: readonly string[],
): ReadonlyMap<string, VersionCount> {
  const client = useKfpClient();
  const queries = pipelineQueries(client);
  const results = useQueries({ queries: pipelineIds.map((id) => queries.versionCount(id)) });
  const counts = new Map<string, VersionCount>();
  pipelineIds.forEach((pipelineId, index) => {
    const result = results[index];
    if (result === undefined || result.isPending) counts.set(pipelineId, { status: 'checking' });
    else if (result.isError)
      counts.set(pipelineId, { status: 'unknown', message: describeError(result.error).message });
    else counts.set(pipelineId, { status: 'known', count: result.data });
  });
  return counts;
}

export interface PipelineDeleteVariables {
  readonly ids: readonly string[];
  readonly cascade: boolean;
  readonly report: ItemReporter;
}

/** Deletes several pipelines, one call each, reporting each outcome; the lists refresh once at the end. */
export function usePipelineBulkDelete() {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, cascade, report }: PipelineDeleteVariables) =>
      runEach(ids, (id) => deletePipeline(client, id, cascade), report),
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.anyList() }),
  });
}
