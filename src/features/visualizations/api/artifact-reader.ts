import type { KfpClient } from '@/lib/kfp/client.ts';
import { readArtifactText } from '@/lib/kfp/ui-server.ts';
import { readRunArtifactV1 } from '@/lib/kfp/v1-artifacts.ts';
import type { ReadText } from '../model/load-viewers.ts';
import { loadedTextFromBytes, peekFor } from '../model/read-limit.ts';
import type { StorageLocation } from '@/lib/kfp/storage-uri.ts';
import { decodeReadArtifactResponse } from '../model/v1-artifact.ts';

/**
 * `ReadText` over the UI server's `artifacts/get`: asks for one byte more than allowed (`peek`) so a
 * longer file shows as truncated. Servers that ignore `peek` send everything; the limit still holds.
 */
export function artifactReader(
  client: KfpClient,
  namespace: string | undefined,
  signal?: AbortSignal,
): ReadText {
  return async ({ location, maxBytes }) => {
    const bytes = await readArtifactBytesPeek(
      client,
      location,
      namespace,
      peekFor(maxBytes),
      signal,
    );
    return loadedTextFromBytes(bytes, maxBytes);
  };
}

async function readArtifactBytesPeek(
  client: KfpClient,
  location: StorageLocation,
  namespace: string | undefined,
  peek: number,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const text = await readArtifactText(
    client,
    { ...location, ...(namespace ? { namespace } : {}) },
    { peek, ...(signal ? { signal } : {}) },
  );
  return new TextEncoder().encode(text);
}

/** A v1 node's output artifact (e.g. `mlpipeline-ui-metadata`) read through ReadArtifact and unpacked to text. */
export async function readV1ArtifactText(
  client: KfpClient,
  runId: string,
  nodeId: string,
  name: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<string> {
  const body = await readRunArtifactV1(client, runId, nodeId, name, signal);
  return decodeReadArtifactResponse(body, { maxBytes });
}
