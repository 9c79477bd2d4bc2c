import { queryOptions } from '@tanstack/react-query';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { openArtifact } from '@/lib/kfp/ui-server.ts';
import {
  countBytes,
  looksBinary,
  readBounded,
  sizeFromRead,
  type ArtifactSize,
  type BoundedRead,
} from '../model/artifact-file.ts';
import { peekFor } from '../model/read-limit.ts';
import { parseStorageUri, type StorageLocation } from '@/lib/kfp/storage-uri.ts';

/** Bytes an artifact's first look reads (`peek`): the preview, and whether the whole file fit. */
export const ARTIFACT_PEEK_BYTES = 4096;

export interface ArtifactPeek {
  readonly text: string;
  readonly truncated: boolean;
  readonly binary: boolean;
  readonly size: ArtifactSize;
}

const located = (location: StorageLocation, namespace: string | undefined) => ({
  ...location,
  ...(namespace ? { namespace } : {}),
});

/** Reads at most `maxBytes` of a file through `artifacts/get?peek=`, stopping early if the server sends more. */
export async function readArtifactFile(
  client: KfpClient,
  location: StorageLocation,
  namespace: string | undefined,
  maxBytes: number,
  options: {
    readonly signal?: AbortSignal;
    readonly onChunk?: (chunk: Uint8Array, receivedSoFar: number) => void;
  } = {},
): Promise<BoundedRead & { readonly size: ArtifactSize }> {
  const response = await openArtifact(client, located(location, namespace), {
    peek: peekFor(maxBytes),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const read = await readBounded(response.body, maxBytes, options.onChunk);
  return { ...read, size: sizeFromRead(read.received, maxBytes) };
}

/** The first look at a file: its first bytes as text and what they tell about its size. */
export async function peekArtifactFile(
  client: KfpClient,
  location: StorageLocation,
  namespace: string | undefined,
  signal?: AbortSignal,
): Promise<ArtifactPeek> {
  const read = await readArtifactFile(client, location, namespace, ARTIFACT_PEEK_BYTES, {
    ...(signal ? { signal } : {}),
  });
  return {
    // stream: true holds back a multi-byte character cut at the limit.
    text: new TextDecoder().decode(read.bytes, { stream: read.truncated }),
    truncated: read.truncated,
    binary: looksBinary(read.bytes),
    size: read.size,
  };
}

/** Streams the whole file to count it (the server never says): costs a full download, kept nowhere. */
export async function measureArtifactFile(
  client: KfpClient,
  location: StorageLocation,
  namespace: string | undefined,
  onProgress: (bytes: number) => void,
  signal: AbortSignal,
): Promise<number> {
  const response = await openArtifact(client, located(location, namespace), { signal });
  return countBytes(response.body, onProgress);
}

/** The whole file's response, for a download (read as a stream by the caller). */
export function openArtifactFile(
  client: KfpClient,
  location: StorageLocation,
  namespace: string | undefined,
  signal: AbortSignal,
): Promise<Response> {
  return openArtifact(client, located(location, namespace), { signal });
}

export const artifactFileKeys = {
  peek: (uri: string, namespace: string | undefined) =>
    ['visualizations', 'artifact-file', uri, namespace ?? ''] as const,
};

/** The first look at an artifact file (cached for the session: a finished output does not change). */
export function artifactPeekQuery(client: KfpClient, uri: string, namespace: string | undefined) {
  return queryOptions({
    queryKey: artifactFileKeys.peek(uri, namespace),
    queryFn: ({ signal }) => peekArtifactFile(client, parseStorageUri(uri), namespace, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
