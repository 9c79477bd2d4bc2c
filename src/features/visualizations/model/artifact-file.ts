import { formatBytes } from '@/lib/format-bytes.ts';
import type { StorageLocation } from '@/lib/kfp/storage-uri.ts';

/**
 * Facts about an artifact's file that the UI server lets us learn cheaply. KFP's `artifacts/get`
 * pipes the object with no Content-Length and no Range support, so the size is exact only when a
 * bounded read (`peek`) saw the whole file, or when some server in between sends a length.
 */
export type ArtifactSize =
  | { readonly kind: 'exact'; readonly bytes: number }
  | { readonly kind: 'at-least'; readonly bytes: number };

/** The full view reads at most this much (asked with `peek`); a longer file says so and offers the download. */
export const FULL_VIEW_BYTES = 10 * 1024 * 1024;

/** Above this (or when unknown) a download goes to disk through the save dialog when the browser has one. */
export const IN_MEMORY_DOWNLOAD_BYTES = 64 * 1024 * 1024;

/**
 * The size learned from a read of at most `limit` bytes (`peek = limit + 1`): fewer bytes than the
 * peek means the whole file came. A Content-Length only counts on a read that was not cut by peek.
 */
export function sizeFromRead(
  received: number,
  limit: number,
  contentLength: string | null = null,
): ArtifactSize {
  const length = contentLength === null ? Number.NaN : Number(contentLength);
  if (received <= limit) return { kind: 'exact', bytes: received };
  if (Number.isSafeInteger(length) && length > limit) return { kind: 'exact', bytes: length };
  return { kind: 'at-least', bytes: limit };
}

/** "1.5 MB", or "more than 4 KB" when only a lower bound is known. */
export function describeSize(size: ArtifactSize): string {
  return size.kind === 'exact' ? formatBytes(size.bytes) : `more than ${formatBytes(size.bytes)}`;
}

/**
 * The file name a download gets: the key's last segment. Argo's archives (`x.tgz`) come out of
 * `artifacts/get` as the file inside, so the archive extension is dropped.
 */
export function downloadName(location: StorageLocation): string {
  const last =
    location.key
      .split('/')
      .filter((part) => part !== '')
      .pop() ?? 'artifact';
  const name = last.replace(/\.(tgz|tar\.gz)$/i, '');
  return name === '' ? 'artifact' : name;
}

/** Binary content (a NUL byte, or many control characters, in the first 8 KB) is not shown as text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export interface BoundedRead {
  /** At most `maxBytes` bytes. */
  readonly bytes: Uint8Array;
  /** Bytes that arrived (at most maxBytes + 1: the read stops as soon as the file is known to be longer). */
  readonly received: number;
  readonly truncated: boolean;
}

/**
 * Reads a body until `maxBytes` are in or the file is known to be longer, then cancels the stream:
 * a server that ignores `peek` still costs at most one chunk more than the limit.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  onChunk?: (chunk: Uint8Array, receivedSoFar: number) => void,
): Promise<BoundedRead> {
  const out = new Uint8Array(maxBytes);
  let kept = 0;
  let received = 0;
  if (!body) return { bytes: out.subarray(0, 0), received: 0, truncated: false };
  const reader = body.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      received += next.value.byteLength;
      const take = Math.min(next.value.byteLength, maxBytes - kept);
      if (take > 0) {
        const part = next.value.subarray(0, take);
        out.set(part, kept);
        kept += take;
        onChunk?.(part, kept);
      }
      if (received > maxBytes) {
        await reader.cancel();
        break;
      }
    }
  } finally {
    reader.releaseLock();
  }
  return {
    bytes: out.subarray(0, kept),
    received: Math.min(received, maxBytes + 1),
    truncated: received > maxBytes,
  };
}

/** Counts a body's bytes without keeping them (measuring a size the server does not tell). */
export async function countBytes(
  body: ReadableStream<Uint8Array> | null,
  onProgress?: (bytes: number) => void,
): Promise<number> {
  if (!body) return 0;
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return total;
      total += next.value.byteLength;
      onProgress?.(total);
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * What a failed `artifacts/get` means, by the statuses KFP's UI server gives
 * (`frontend/server/handlers/artifacts.ts`): 404 no object at that key, 403 a namespace the user
 * has no role in (or an artifact of another namespace), 400 a refused request, 500 a storage or
 * configuration failure (an unknown source, a missing parameter, the object store unreachable).
 */
export function artifactErrorTitle(status: number | undefined): string {
  switch (status) {
    case 404:
      return 'The file is not in the object store';
    case 403:
      return 'You may not read this file';
    case 400:
      return 'The UI server refused the request';
    case 500:
      return 'The UI server could not read the file';
    default:
      return 'Could not read the file';
  }
}
