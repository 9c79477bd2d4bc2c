import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { deletePipeline, deletePipelineVersion } from '@/lib/kfp/pipelines.ts';
import { pipelineKeys } from './pipeline-keys.ts';

/** Deletes one version; the pipeline's version lists and the pipelines lists refresh. */
export function useDeletePipelineVersion(pipelineId: string) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => deletePipelineVersion(client, pipelineId, versionId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineKeys.versionLists(pipelineId) }),
        queryClient.invalidateQueries({ queryKey: pipelineKeys.anyList() }),
      ]),
  });
}

/**
 * Deletes a pipeline with all its versions (`cascade=true`). Its cached details stay until collected:
 * removing queries the open page still observes would refetch them; a later visit gets the 404.
 */
export function useDeletePipeline(pipelineId: string) {
  const client = useKfpClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deletePipeline(client, pipelineId, true),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.anyList() }),
  });
}
