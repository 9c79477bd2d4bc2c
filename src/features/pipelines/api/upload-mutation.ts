import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAuthSession } from '@/lib/auth/auth-context.tsx';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { listPipelineVersions } from '@/lib/kfp/pipelines.ts';
import {
  createPipelineFromUrl,
  createPipelineVersionFromUrl,
  createUploader,
} from '@/lib/kfp/upload.ts';
import type { UploadProgress } from '@/lib/kfp/upload-transport.ts';
import type { UploadRequest } from '../model/upload-form.ts';
import { pipelineKeys } from './pipeline-keys.ts';
import { useUploadTransport } from './upload-transport.tsx';

export interface UploadResult {
  readonly pipelineId: string;
  /** The new version; for a new pipeline its first one, when the server lists it. */
  readonly versionId: string | undefined;
}

export interface UploadVariables {
  readonly request: UploadRequest;
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
}

/** A new pipeline answers without its version: the newest (only) one is looked up, best effort. */
async function firstVersionId(client: KfpClient, pipelineId: string): Promise<string | undefined> {
  try {
    const page = await listPipelineVersions(client, pipelineId, {
      pageSize: 1,
      sortBy: 'created_at desc',
    });
    return page.items[0]?.pipeline_version_id;
  } catch {
    return undefined;
  }
}

/** Uploads (with progress) or imports from a URL; refreshes the pipeline lists and the pipeline's versions. */
export function usePipelineUpload() {
  const client = useKfpClient();
  const session = useAuthSession();
  const uploader = createUploader(client, session, useUploadTransport());
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: async ({ request, onProgress, signal }: UploadVariables): Promise<UploadResult> => {
      const { name, displayName, description, codeSourceUrl } = request;
      switch (request.kind) {
        case 'file-pipeline': {
          const pipeline = await uploader.uploadPipeline(
            {
              file: request.file,
              name,
              displayName,
              description,
              codeSourceUrl,
              namespace: request.namespace,
            },
            { onProgress, signal },
          );
          return {
            pipelineId: pipeline.pipeline_id,
            versionId: await firstVersionId(client, pipeline.pipeline_id),
          };
        }
        case 'url-pipeline': {
          const pipeline = await createPipelineFromUrl(client, {
            url: request.url,
            name,
            displayName,
            description,
            codeSourceUrl,
            namespace: request.namespace,
          });
          return {
            pipelineId: pipeline.pipeline_id,
            versionId: await firstVersionId(client, pipeline.pipeline_id),
          };
        }
        case 'file-version': {
          const version = await uploader.uploadPipelineVersion(
            {
              file: request.file,
              pipelineId: request.pipelineId,
              name,
              displayName,
              description,
              codeSourceUrl,
            },
            { onProgress, signal },
          );
          return { pipelineId: request.pipelineId, versionId: version.pipeline_version_id };
        }
        case 'url-version': {
          const version = await createPipelineVersionFromUrl(client, {
            url: request.url,
            pipelineId: request.pipelineId,
            name,
            displayName,
            description,
            codeSourceUrl,
          });
          return { pipelineId: request.pipelineId, versionId: version.pipeline_version_id };
        }
      }
    },
    onSuccess: (result) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineKeys.anyList() }),
        queryClient.invalidateQueries({ queryKey: pipelineKeys.detail(result.pipelineId) }),
      ]),
  });
}
