import { formatBytes } from '@/lib/format-bytes.ts';
import { FULL_BYTES } from './limits.ts';
import { VisualizationError } from './viewer-config.ts';
import {
  ReadArtifactError,
  readArtifactData,
  unpackArtifactData,
} from '@/lib/kfp/read-artifact.ts';

const WHAT = 'artifact';

function reason(error: ReadArtifactError, maxBytes: number): string {
  switch (error.failure) {
    case 'shape':
      return 'expected {"data": "<base64>"} from the ReadArtifact call';
    case 'base64':
      return 'data is not valid base64';
    case 'too-large':
      return `larger than the ${formatBytes(maxBytes)} limit`;
    case 'too-large-unpacked':
      return `larger than the ${formatBytes(maxBytes)} limit once unpacked`;
    case 'gzip':
      return `not a valid gzip file (${error.detail})`;
    case 'tar':
      return `not a valid tar archive (${error.detail})`;
  }
}

/**
 * The v1 ReadArtifact answer (`GET /apis/v1beta1/runs/{run}/nodes/{node}/artifacts/{name}:read`) as
 * UTF-8 text: `{data: base64}` of what Argo stored, unpacked by `src/lib/kfp/read-artifact.ts`
 * (stopped as soon as it passes `maxBytes`, so a gzip bomb costs nothing). An empty artifact or an
 * archive holding no file is refused.
 */
export async function decodeReadArtifactResponse(
  body: unknown,
  options: { maxBytes?: number } = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? FULL_BYTES;
  try {
    const data = readArtifactData(body);
    if (data === '') throw new VisualizationError(WHAT, 'the artifact is empty');
    const file = await unpackArtifactData(data, maxBytes);
    if (file === undefined) throw new VisualizationError(WHAT, 'the archive holds no file');
    return bytesToText(file);
  } catch (error) {
    if (error instanceof ReadArtifactError)
      throw new VisualizationError(WHAT, reason(error, maxBytes));
    throw error;
  }
}

export function bytesToText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
