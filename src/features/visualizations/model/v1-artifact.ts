import { parseTar, type ParsedTarFileItem } from 'nanotar';
import { formatBytes, FULL_BYTES } from './limits.ts';
import { VisualizationError } from './viewer-config.ts';
import { isRecord } from '@/lib/parse/reader.ts';

/**
 * The v1 ReadArtifact answer (`GET /apis/v1beta1/runs/{run}/nodes/{node}/artifacts/{name}:read`) is
 * `{data: base64}` of what Argo stored: a tar.gz holding one file. Decoded here: base64 → gunzip
 * (the platform's DecompressionStream, stopped as soon as it passes `maxBytes`, so a gzip bomb costs
 * nothing) → first file of the tar → UTF-8 text. An artifact stored without archiving (plain file,
 * or gzip of a plain file) is returned as it is.
 */
export async function decodeReadArtifactResponse(
  body: unknown,
  options: { maxBytes?: number } = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? FULL_BYTES;
  if (!isRecord(body) || typeof body.data !== 'string') {
    throw new VisualizationError(WHAT, 'expected {"data": "<base64>"} from the ReadArtifact call');
  }
  if (body.data === '') throw new VisualizationError(WHAT, 'the artifact is empty');
  // Base64 is 4/3 of its bytes; compressed data beyond maxBytes is refused before decoding.
  if (body.data.length > Math.ceil(maxBytes / 3) * 4 + 4) {
    throw new VisualizationError(WHAT, `larger than the ${formatBytes(maxBytes)} limit`);
  }
  const packed = base64ToBytes(body.data);
  const unpacked = isGzip(packed) ? await gunzipLimited(packed, maxBytes) : packed;
  return bytesToText(isTar(unpacked) ? firstTarFile(unpacked) : unpacked);
}

const WHAT = 'artifact';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    throw new VisualizationError(WHAT, 'data is not valid base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A POSIX/GNU tar has "ustar" at offset 257 of its first header. */
export function isTar(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const magic = String.fromCharCode(...bytes.subarray(257, 262));
  return magic === 'ustar';
}

/** Gunzips with DecompressionStream, failing as soon as the output passes `maxBytes`. */
export async function gunzipLimited(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new VisualizationError(
          WHAT,
          `larger than the ${formatBytes(maxBytes)} limit once unpacked`,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof VisualizationError) throw error;
    throw new VisualizationError(
      WHAT,
      `not a valid gzip file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The data of the first regular file in a tar archive. */
export function firstTarFile(bytes: Uint8Array): Uint8Array {
  let entries: ParsedTarFileItem[];
  try {
    entries = parseTar(bytes, { metaOnly: false });
  } catch (error) {
    throw new VisualizationError(
      WHAT,
      `not a valid tar archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const file = entries.find((entry) => entry.type === 'file' || entry.type === 'contiguousFile');
  if (!file) throw new VisualizationError(WHAT, 'the archive holds no file');
  return file.data ?? new Uint8Array(0);
}

export function bytesToText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
