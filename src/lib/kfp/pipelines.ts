import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
import { parseEmpty } from './wire/common.ts';
import { listQuery, pageParser, type ListRequest, type Page } from './wire/list.ts';
import {
  parsePipeline,
  parsePipelineVersion,
  type Pipeline,
  type PipelineVersion,
} from './wire/pipeline.ts';

const parsePipelinePage = pageParser('pipelines', parsePipeline);
const parseVersionPage = pageParser('pipeline_versions', parsePipelineVersion);

export interface ListPipelinesParams extends ListRequest {
  /** Shows the namespace's pipelines; the shared ones come with an empty namespace. */
  readonly namespace?: string;
}

export function listPipelines(
  client: KfpClient,
  params: ListPipelinesParams,
  signal?: AbortSignal,
): Promise<Page<Pipeline>> {
  return client.get('/apis/v2beta1/pipelines', parsePipelinePage, {
    query: { ...listQuery(params), namespace: params.namespace },
    signal,
  });
}

export function getPipeline(
  client: KfpClient,
  pipelineId: string,
  signal?: AbortSignal,
): Promise<Pipeline> {
  return client.get(kfpPath`/apis/v2beta1/pipelines/${pipelineId}`, parsePipeline, { signal });
}

/** With `cascade` the versions go too; without it a pipeline that still has versions is refused. */
export function deletePipeline(
  client: KfpClient,
  pipelineId: string,
  cascade: boolean,
): Promise<undefined> {
  return client.delete(kfpPath`/apis/v2beta1/pipelines/${pipelineId}`, parseEmpty, {
    query: { cascade },
  });
}

export function listPipelineVersions(
  client: KfpClient,
  pipelineId: string,
  params: ListRequest,
  signal?: AbortSignal,
): Promise<Page<PipelineVersion>> {
  return client.get(kfpPath`/apis/v2beta1/pipelines/${pipelineId}/versions`, parseVersionPage, {
    query: listQuery(params),
    signal,
  });
}

export function getPipelineVersion(
  client: KfpClient,
  pipelineId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<PipelineVersion> {
  return client.get(
    kfpPath`/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`,
    parsePipelineVersion,
    {
      signal,
    },
  );
}

export function deletePipelineVersion(
  client: KfpClient,
  pipelineId: string,
  versionId: string,
): Promise<undefined> {
  return client.delete(
    kfpPath`/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`,
    parseEmpty,
  );
}

export interface UploadPipelineParams {
  readonly file: File;
  readonly name?: string;
  readonly displayName?: string;
  readonly description?: string;
  /** Empty = a shared pipeline. */
  readonly namespace?: string;
  /** Where the pipeline's code lives (`code_source_url`; kept by KFP master, ignored by releases ≤ 2.17). */
  readonly codeSourceUrl?: string;
}

/** Multipart field `uploadfile`; errors come back as `{error_message}`, which ApiError reads. */
export function uploadPipeline(client: KfpClient, params: UploadPipelineParams): Promise<Pipeline> {
  const body = new FormData();
  body.append('uploadfile', params.file, params.file.name);
  return client.post('/apis/v2beta1/pipelines/upload', parsePipeline, {
    body,
    query: {
      name: params.name || undefined,
      display_name: params.displayName || undefined,
      description: params.description || undefined,
      namespace: params.namespace || undefined,
      code_source_url: params.codeSourceUrl || undefined,
    },
  });
}

export interface UploadPipelineVersionParams {
  readonly file: File;
  readonly pipelineId: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly description?: string;
  /** As for a pipeline (`code_source_url`). */
  readonly codeSourceUrl?: string;
}

export function uploadPipelineVersion(
  client: KfpClient,
  params: UploadPipelineVersionParams,
): Promise<PipelineVersion> {
  const body = new FormData();
  body.append('uploadfile', params.file, params.file.name);
  return client.post('/apis/v2beta1/pipelines/upload_version', parsePipelineVersion, {
    body,
    query: {
      pipelineid: params.pipelineId,
      name: params.name || undefined,
      display_name: params.displayName || undefined,
      description: params.description || undefined,
      code_source_url: params.codeSourceUrl || undefined,
    },
  });
}
