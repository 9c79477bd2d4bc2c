import { parseTar, type ParsedTarFileItem } from 'nanotar';
import { isRecord } from '../parse/reader.ts';

/**
 * KFP v1's ReadArtifact answer (`GET /apis/v1beta1/runs/{run}/nodes/{node}/artifacts/{name}:read`)
 * is `{data: base64}` of what Argo stored: usually a tar.gz holding one file, sometimes the plain
 * file or its gzip. Unpacked here once for every reader (visualization sources, archived logs); each
 * words the failures its own way from `ReadArtifactError.failure`.
 */
export type ReadArtifactFailure =
  'shape' | 'base64' | 'too-large' | 'too-large-unpacked' | 'gzip' | 'tar';

export class ReadArtifactError extends Error {
  constructor(
    readonly failure: ReadArtifactFailure,
    /** The decoder's own words, for gzip and tar failures. */
    readonly detail = '',
  ) {
    super(`ReadArtifact answer: ${failure}${detail === '' ? '' : ` (${detail})`}`);
    this.name = 'ReadArtifactError';
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The `data` of a ReadArtifact answer. */
export function readArtifactData(body: unknown): string {
  if (!isRecord(body) || typeof body.data !== 'string') throw new ReadArtifactError('shape');
  return body.data;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    throw new ReadArtifactError('base64');
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
  return String.fromCharCode(...bytes.subarray(257, 262)) === 'ustar';
}

/** Gunzips with DecompressionStream, failing as soon as the output passes `maxBytes` (a gzip bomb costs nothing). */
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
        throw new ReadArtifactError('too-large-unpacked');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ReadArtifactError) throw error;
    throw new ReadArtifactError('gzip', describe(error));
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function firstTarFile(bytes: Uint8Array): Uint8Array | undefined {
  let entries: ParsedTarFileItem[];
  try {
    entries = parseTar(bytes, { metaOnly: false });
  } catch (error) {
    throw new ReadArtifactError('tar', describe(error));
  }
  const file = entries.find(
    (entry) => entry.type === 'file' || entry.type === 'contiguousFile' || !entry.type,
  );
  return file === undefined ? undefined : (file.data ?? new Uint8Array(0));
}

/**
 * The stored file of a ReadArtifact answer's `data`: base64 → gunzip (if gzip) → the first file of the
 * tar (if a tar; `undefined` when it holds none). Base64 too long for `maxBytes` is refused before
 * decoding, and unpacking stops at `maxBytes`.
 */
export async function unpackArtifactData(
  data: string,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  // Base64 is 4/3 of its bytes; compressed data beyond maxBytes is refused before decoding.
  if (data.length > Math.ceil(maxBytes / 3) * 4 + 4) throw new ReadArtifactError('too-large');
  const packed = base64ToBytes(data);
  const unpacked = isGzip(packed) ? await gunzipLimited(packed, maxBytes) : packed;
  return isTar(unpacked) ? firstTarFile(unpacked) : unpacked;
}
