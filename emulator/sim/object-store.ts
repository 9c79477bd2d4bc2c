import { gunzipSync, gzipSync } from 'node:zlib';
import { createTar, parseTar } from 'nanotar';
import type { ObjectStore } from './types.ts';

/** The bucket KFP's API server and Argo write to. */
export const defaultBucket = 'mlpipeline';

/** An in-memory minio: objects by bucket and key. Stored bytes are copied in and out. */
export function createObjectStore(): ObjectStore {
  const objects = new Map<string, Uint8Array>();
  const id = (bucket: string, key: string) => `${bucket}\u0000${key}`;
  return {
    put: (bucket, key, data) => void objects.set(id(bucket, key), data.slice()),
    get(bucket, key) {
      const data = objects.get(id(bucket, key));
      return data?.slice();
    },
  };
}

/**
 * Argo stores every output artifact as a tar.gz holding one file (the file at the output's path),
 * under `artifacts/<workflow>/<yyyy>/<mm>/<dd>/<pod>/<artifact name>.tgz`.
 * `mtime` keeps archives deterministic (epoch milliseconds).
 */
export function argoArtifactArchive(fileName: string, data: Uint8Array, mtime = 0): Uint8Array {
  const tar = createTar([{ name: fileName, data, attrs: { mtime, mode: '644', uid: 0, gid: 0 } }]);
  // node's zlib (native) is much faster than a JS deflate for the many small archives of a run;
  // its gzip header carries no timestamp, so archives stay deterministic.
  return new Uint8Array(gzipSync(tar));
}

/** The object key Argo (as configured by KFP) gives an output artifact. `createdAt` is the workflow's creation time. */
export function argoArtifactKey(
  workflowName: string,
  createdAt: string,
  podName: string,
  artifactName: string,
): string {
  const day = createdAt.slice(0, 10).split('-').join('/');
  return `artifacts/${workflowName}/${day}/${podName}/${artifactName}.tgz`;
}

export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/**
 * What the KFP UI server serves for a minio/s3 object: a gzipped tar yields its first file entry;
 * anything else (not gzip, or gzip that is no tar) is returned as stored.
 */
export function extractFirstTarEntry(data: Uint8Array): Uint8Array {
  if (!isGzip(data)) return data;
  let tar: Uint8Array;
  try {
    tar = new Uint8Array(gunzipSync(data));
  } catch {
    return data;
  }
  try {
    const entry = parseTar(tar).find((item) => item.type === 'file' || item.type === undefined);
    return entry?.data ?? tar;
  } catch {
    return tar;
  }
}
