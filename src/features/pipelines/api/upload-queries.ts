import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getPipeline } from '@/lib/kfp/pipelines.ts';
import { getPipelineByName } from '@/lib/kfp/upload.ts';
import { pipelineKeys } from './pipeline-keys.ts';

/** Keys of the upload page's lookups, under the feature's factory. */
export const uploadKeys = {
  byName: (namespace: string | undefined, name: string) =>
    [...pipelineKeys.all, 'by-name', namespace ?? '', name] as const,
};

/** The pipeline a version goes to, and the one a name conflict points at. */
export function uploadQueries(client: KfpClient) {
  return {
    pipeline: (pipelineId: string) =>
      queryOptions({
        queryKey: pipelineKeys.detail(pipelineId),
        queryFn: ({ signal }) => getPipeline(client, pipelineId, signal),
      }),
    byName: (namespace: string | undefined, name: string) =>
      queryOptions({
        queryKey: uploadKeys.byName(namespace, name),
        queryFn: ({ signal }) => getPipelineByName(client, name, namespace, signal),
        staleTime: 0,
      }),
  };
}
