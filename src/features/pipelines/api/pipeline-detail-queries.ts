import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { getPipeline, getPipelineVersion, listPipelineVersions } from '@/lib/kfp/pipelines.ts';
import { getPipelineVersionTemplate } from '@/lib/kfp/v1.ts';
import { pipelineKeys } from './pipeline-keys.ts';

/** The version switcher offers this many of the newest versions (the API's maximum page). */
export const VERSION_OPTIONS_LIMIT = 200;

/** Keys of the pipeline page; all below `pipelineKeys.detail(id)`, so invalidating a pipeline covers them. */
export const pipelineDetailKeys = {
  pipeline: (pipelineId: string) => pipelineKeys.detail(pipelineId),
  version: (pipelineId: string, versionId: string) =>
    [...pipelineKeys.detail(pipelineId), 'version', versionId] as const,
  versionOptions: (pipelineId: string) =>
    [...pipelineKeys.versionLists(pipelineId), 'options'] as const,
  template: (pipelineId: string, versionId: string) =>
    [...pipelineKeys.detail(pipelineId), 'template', versionId] as const,
};

/** Query options of the pipeline page, bound to the app's one client. */
export function pipelineDetailQueries(client: KfpClient) {
  return {
    pipeline: (pipelineId: string) =>
      queryOptions({
        queryKey: pipelineDetailKeys.pipeline(pipelineId),
        queryFn: ({ signal }) => getPipeline(client, pipelineId, signal),
      }),
    /** The newest versions, newest first: the switcher's options, and the default (latest) version. */
    versionOptions: (pipelineId: string) =>
      queryOptions({
        queryKey: pipelineDetailKeys.versionOptions(pipelineId),
        queryFn: ({ signal }) =>
          listPipelineVersions(
            client,
            pipelineId,
            { pageSize: VERSION_OPTIONS_LIMIT, sortBy: 'created_at desc' },
            signal,
          ),
      }),
    version: (pipelineId: string, versionId: string) =>
      queryOptions({
        queryKey: pipelineDetailKeys.version(pipelineId, versionId),
        queryFn: ({ signal }) => getPipelineVersion(client, pipelineId, versionId, signal),
      }),
    /** The uploaded file as YAML (v1beta1 templates): how a kfp 1.x version's spec is shown. */
    template: (pipelineId: string, versionId: string) =>
      queryOptions({
        queryKey: pipelineDetailKeys.template(pipelineId, versionId),
        queryFn: ({ signal }) => getPipelineVersionTemplate(client, versionId, signal),
        staleTime: Infinity,
      }),
  };
}
