import {
  ReadArtifactError,
  readArtifactData,
  unpackArtifactData,
} from '@/lib/kfp/read-artifact.ts';
import { formatBytes } from '@/lib/format-bytes.ts';

/** An archived log larger than this once unpacked is refused (the viewer holds the whole text). */
export const MAX_ARCHIVED_LOG_BYTES = 64 * 1024 * 1024;

export class ArchivedLogError extends Error {
  constructor(message: string) {
    super(`The archived log could not be read: ${message}`);
    this.name = 'ArchivedLogError';
  }
}

function reason(error: ReadArtifactError, maxBytes: number): string {
  switch (error.failure) {
    case 'shape':
      return 'expected {"data": "<base64>"} from the ReadArtifact call';
    case 'base64':
      return 'the server sent data that is not base64';
    case 'too-large':
      return `it is larger than ${formatBytes(maxBytes)}`;
    case 'too-large-unpacked':
      return `it is larger than ${formatBytes(maxBytes)} unpacked`;
    case 'gzip':
      return 'it is not valid gzip';
    case 'tar':
      return 'it is not a valid tar archive';
  }
}

/**
 * The text of a v1 run's `main-logs` artifact from the ReadArtifact answer `{data: base64}`: Argo's
 * `main.log` as stored — plain, gzip, or a tar.gz holding it (its first file; none: an empty log).
 */
export async function decodeArchivedLog(
  body: unknown,
  maxBytes: number = MAX_ARCHIVED_LOG_BYTES,
): Promise<string> {
  try {
    const file = await unpackArtifactData(readArtifactData(body), maxBytes);
    return new TextDecoder().decode(file ?? new Uint8Array());
  } catch (error) {
    if (error instanceof ReadArtifactError) throw new ArchivedLogError(reason(error, maxBytes));
    throw error;
  }
}
