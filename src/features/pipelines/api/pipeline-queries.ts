import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { listPipelines, listPipelineVersions } from '@/lib/kfp/pipelines.ts';
import {
  pipelineKeys,
  type PipelineListRequest,
  type VersionListRequest,
} from './pipeline-keys.ts';

/** Query options of the pipelines feature, bound to the app's one client (which is not part of any key). */
export function pipelineQueries(client: KfpClient) {
  return {
    list: (request: PipelineListRequest) =>
      queryOptions({
        queryKey: pipelineKeys.list(request),
        queryFn: ({ signal }) => listPipelines(client, request, signal),
      }),
    versions: (request: VersionListRequest) =>
      queryOptions({
        queryKey: pipelineKeys.versionList(request),
        queryFn: ({ signal }) =>
          listPipelineVersions(
            client,
            request.pipelineId,
            { pageSize: request.pageSize, pageToken: request.pageToken, sortBy: request.sortBy },
            signal,
          ),
      }),
    /** How many versions a pipeline has (the list's `total_size` for one item), always asked fresh. */
    versionCount: (pipelineId: string) =>
      queryOptions({
        queryKey: pipelineKeys.versionCount(pipelineId),
        queryFn: async ({ signal }) =>
          (await listPipelineVersions(client, pipelineId, { pageSize: 1 }, signal)).total_size,
        staleTime: 0,
        gcTime: 0,
        retry: false,
      }),
  };
}
