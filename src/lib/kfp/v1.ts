import { Reader } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';
import { parseV1RunDetail, type V1RunDetail } from './wire/v1-run.ts';

/** `GET /apis/v1beta1/runs/{id}`: a kfp 1.x (Argo) run with its live workflow manifest. */
export function getRunV1(
  client: KfpClient,
  runId: string,
  signal?: AbortSignal,
): Promise<V1RunDetail> {
  return client.get(kfpPath`/apis/v1beta1/runs/${runId}`, parseV1RunDetail, { signal });
}

/** `GET /apis/v1beta1/pipeline_versions/{id}/templates`: the uploaded file as YAML text. */
export function getPipelineVersionTemplate(
  client: KfpClient,
  versionId: string,
  signal?: AbortSignal,
): Promise<string> {
  return client.get(
    kfpPath`/apis/v1beta1/pipeline_versions/${versionId}/templates`,
    (value, path) => Reader.of(value, path).string('template'),
    { signal },
  );
}
