import type { Filter } from '@/lib/kfp/filter.ts';

export interface PipelineListRequest {
  readonly namespace: string | undefined;
  readonly pageSize: number;
  readonly pageToken: string | undefined;
  readonly sortBy: string;
  readonly filter: Filter;
}

export interface VersionListRequest {
  readonly pipelineId: string;
  readonly pageSize: number;
  readonly pageToken: string | undefined;
  readonly sortBy: string;
}

/** Query keys of the pipelines feature. */
export const pipelineKeys = {
  all: ['pipelines'] as const,
  anyList: () => [...pipelineKeys.all, 'list'] as const,
  lists: (namespace: string | undefined) => [...pipelineKeys.anyList(), namespace ?? ''] as const,
  list: (request: PipelineListRequest) =>
    [...pipelineKeys.lists(request.namespace), request] as const,
  details: () => [...pipelineKeys.all, 'detail'] as const,
  detail: (pipelineId: string) => [...pipelineKeys.details(), pipelineId] as const,
  versionLists: (pipelineId: string) => [...pipelineKeys.detail(pipelineId), 'versions'] as const,
  versionCount: (pipelineId: string) =>
    [...pipelineKeys.versionLists(pipelineId), 'count'] as const,
  versionList: (request: VersionListRequest) =>
    [...pipelineKeys.versionLists(request.pipelineId), request] as const,
};
