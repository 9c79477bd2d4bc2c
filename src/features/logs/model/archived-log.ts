import { parseTar } from 'nanotar';
import { isRecord } from '@/lib/parse/reader.ts';

/** An archived log larger than this once unpacked is refused (the viewer holds the whole text). */
export const MAX_ARCHIVED_LOG_BYTES = 64 * 1024 * 1024;

export class ArchivedLogError extends Error {
  constructor(message: string) {
    super(`The archived log could not be read: ${message}`);
    this.name = 'ArchivedLogError';
  }
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    throw new ArchivedLogError('the server sent data that is not base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
const isTar = (b: Uint8Array) =>
  b.length >= 512 && String.fromCharCode(...b.subarray(257, 262)) === 'ustar';

/** Gunzips, stopping as soon as the output passes `maxBytes` (a gzip bomb costs nothing). */
async function gunzip(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array> {
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
        throw new ArchivedLogError(`it is larger than ${String(maxBytes >> 20)} MB unpacked`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ArchivedLogError) throw error;
    throw new ArchivedLogError('it is not valid gzip');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * The text of a v1 run's `main-logs` artifact from the ReadArtifact answer `{data: base64}`: Argo's
 * `main.log` as stored — plain, gzip, or a tar.gz holding it (its first file).
 */
export async function decodeArchivedLog(
  body: unknown,
  maxBytes: number = MAX_ARCHIVED_LOG_BYTES,
): Promise<string> {
  if (!isRecord(body) || typeof body.data !== 'string')
    throw new ArchivedLogError('expected {"data": "<base64>"} from the ReadArtifact call');
  if (body.data.length > Math.ceil(maxBytes / 3) * 4 + 4)
    throw new ArchivedLogError(`it is larger than ${String(maxBytes >> 20)} MB`);
  const packed = base64ToBytes(body.data);
  const unpacked = isGzip(packed) ? await gunzip(packed, maxBytes) : packed;
  let file = unpacked;
  if (isTar(unpacked)) {
    const entry = parseTar(unpacked).find((item) => item.type === 'file' || !item.type);
    file = entry?.data ?? new Uint8Array();
  }
  return new TextDecoder().decode(file);
}
