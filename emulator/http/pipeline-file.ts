import { gunzipSync, unzipSync } from 'fflate';
import { parseTar } from 'nanotar';
import { ApiError, GrpcCode, badRequest } from './errors.ts';

/** The API server's file limit (common.MaxFileLength): 32 MB. */
export const maxPipelineFileBytes = 32 * 1024 * 1024;

const isYamlName = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');
const isZip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const fail = (reason: string) => badRequest(`Failed to read a pipeline spec file: ${reason}`);

export function tooLargeError(): ApiError {
  return new ApiError(
    GrpcCode.ResourceExhausted,
    `Failed to read a pipeline spec file: File size too large. Maximum supported size: ${maxPipelineFileBytes} bytes (32 MB)`,
  );
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('the pipeline file is not UTF-8 text');
  }
}

/** Inside an archive: `pipeline.yaml` if present, else the first entry, which must be YAML. */
function pick(entries: readonly { name: string; data: Uint8Array }[], kind: string): Uint8Array {
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const chosen = files.find((e) => e.name === 'pipeline.yaml') ?? files[0];
  if (!chosen) throw fail(`Error extracting pipeline from the ${kind} file. Empty ${kind} file`);
  if (!isYamlName(chosen.name)) {
    throw fail(
      `Error extracting pipeline from the ${kind} file. Expecting a pipeline.yaml file inside the ${kind}. Got: ${chosen.name}`,
    );
  }
  return chosen.data;
}

function fromZip(bytes: Uint8Array): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > maxPipelineFileBytes) throw tooLargeError();
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw fail('Error extracting pipeline from the zip file. Not a valid zip file');
  }
  return pick(
    Object.entries(files).map(([name, data]) => ({ name, data })),
    'zip',
  );
}

function fromTarGz(bytes: Uint8Array): Uint8Array {
  // The gzip trailer holds the uncompressed size (mod 2^32): refuse bombs before inflating.
  const size =
    bytes.length >= 4
      ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true)
      : 0;
  if (size > maxPipelineFileBytes + 1024 * 1024) throw tooLargeError();
  let entries: { name: string; data: Uint8Array }[];
  try {
    entries = parseTar(gunzipSync(bytes))
      .filter((e) => e.type === 'file' || e.type === undefined)
      .map((e) => ({ name: e.name, data: e.data ?? new Uint8Array() }));
  } catch {
    throw fail('Error extracting pipeline from the tarball file. Not a valid tarball file');
  }
  return pick(entries, 'tarball');
}

/**
 * Like the server's ReadPipelineFile: `.yaml`/`.yml`/`.json` by name, zip and tar.gz by content
 * (the pipeline.yaml entry, else the first entry); anything else is refused.
 */
export function readPipelineFile(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > maxPipelineFileBytes) throw tooLargeError();
  let content: Uint8Array;
  if (isYamlName(fileName) || fileName.endsWith('.json')) content = bytes;
  else if (isZip(bytes)) content = fromZip(bytes);
  else if (isGzip(bytes)) content = fromTarGz(bytes);
  else throw fail('Unexpected pipeline file format. Support .zip, .tar.gz, .json or YAML');
  if (content.length > maxPipelineFileBytes) throw tooLargeError();
  return decode(content);
}

/**
 * The name a pipeline or version gets from its file when neither name nor display name is given:
 * the file's base name, extension included (buildPipelineName in
 * backend/src/apiserver/server/pipeline_server.go returns the multipart file name as it is).
 */
export function nameFromFile(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
