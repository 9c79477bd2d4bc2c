import type { KfpClient } from './client.ts';

/**
 * The KFP UI server's data endpoints, present in every install under the same base as `/apis`.
 * They answer plain text (or bytes), and go through the same client: same token, same origin rule.
 */
export type StorageSource = 'minio' | 's3' | 'gcs' | 'http' | 'https' | 'volume';

export interface ArtifactLocation {
  readonly source: StorageSource;
  readonly bucket: string;
  readonly key: string;
  readonly namespace?: string;
}

function artifactQuery(location: ArtifactLocation, peek: number | undefined) {
  return {
    source: location.source,
    bucket: location.bucket,
    key: location.key,
    namespace: location.namespace || undefined,
    peek,
  };
}

/** `GET artifacts/get`; with `peek` only the first bytes (previews). */
export function readArtifactText(
  client: KfpClient,
  location: ArtifactLocation,
  options: { readonly peek?: number; readonly signal?: AbortSignal } = {},
): Promise<string> {
  return client.getText('/artifacts/get', {
    query: artifactQuery(location, options.peek),
    signal: options.signal,
  });
}

export function readArtifactBytes(
  client: KfpClient,
  location: ArtifactLocation,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return client.getBytes('/artifacts/get', { query: artifactQuery(location, undefined), signal });
}

export interface PodLogsParams {
  readonly podName: string;
  readonly namespace?: string;
  readonly runId?: string;
}

/** `GET k8s/pod/logs`: plain text; 404 "pod not found" when the pod is gone and no archived log exists. */
export function readPodLogs(
  client: KfpClient,
  params: PodLogsParams,
  signal?: AbortSignal,
): Promise<string> {
  return client.getText('/k8s/pod/logs', {
    query: {
      podname: params.podName,
      podnamespace: params.namespace || undefined,
      runid: params.runId || undefined,
    },
    signal,
  });
}
