import { parseUnknown } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';
import { kfpPath } from './client.ts';

/**
 * `GET /apis/v1beta1/runs/{run}/nodes/{node}/artifacts/{name}:read` → `{data: base64}` of what Argo stored
 * (a tar.gz holding one file). Answered raw: the visualizations feature decodes it with its size limits.
 */
export function readRunArtifactV1(
  client: KfpClient,
  runId: string,
  nodeId: string,
  artifactName: string,
  signal?: AbortSignal,
): Promise<unknown> {
  return client.get(
    `${kfpPath`/apis/v1beta1/runs/${runId}/nodes/${nodeId}/artifacts/${artifactName}`}:read`,
    parseUnknown,
    { signal },
  );
}
