import { gunzipSync } from 'fflate';
import { defaultBucket } from '../sim/object-store.ts';
import { isJsonObject } from '../lib/json.ts';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `status.nodes`, or the decoded `status.compressedNodes` (base64 gzip of the nodes JSON) of large workflows. */
function nodesOf(workflow: unknown): Record<string, unknown> | undefined {
  if (!isJsonObject(workflow) || !isJsonObject(workflow.status)) return undefined;
  const { nodes, compressedNodes } = workflow.status;
  if (isJsonObject(nodes)) return nodes;
  if (typeof compressedNodes !== 'string') return undefined;
  try {
    const decoded = parseJson(
      new TextDecoder().decode(gunzipSync(Buffer.from(compressedNodes, 'base64'))),
    );
    return isJsonObject(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where an Argo node's output artifact is stored, like the API server's
 * FindObjectStoreArtifactKeyOrEmpty: the last artifact of that name with an S3 key.
 */
export function findArtifactLocation(
  manifest: string,
  nodeId: string,
  artifactName: string,
): { bucket: string; key: string } | undefined {
  const node = nodesOf(parseJson(manifest))?.[nodeId];
  if (!isJsonObject(node) || !isJsonObject(node.outputs) || !Array.isArray(node.outputs.artifacts))
    return undefined;
  let found: { bucket: string; key: string } | undefined;
  for (const artifact of node.outputs.artifacts) {
    if (!isJsonObject(artifact) || artifact.name !== artifactName || !isJsonObject(artifact.s3))
      continue;
    const { key, bucket } = artifact.s3;
    if (typeof key !== 'string' || key === '') continue;
    found = { bucket: typeof bucket === 'string' && bucket !== '' ? bucket : defaultBucket, key };
  }
  return found;
}
